package io.autoshop.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * Loads the demo shop and saves screenshots of the main screens at desktop and phone width. It runs only when
 * {@code -Dconsole.screenshots=FOLDER} is given, because the demo load takes about a minute; the README's images
 * come from it. A CJK font (Debian: fonts-noto-cjk) must be installed for readable Chinese.
 */
@ExtendWith(ShopExtension.class)
@EnabledIfSystemProperty(named = "console.screenshots", matches = ".+")
class ScreenshotsIT {

    private final ShopServer shop;
    private final ShopApi api;

    ScreenshotsIT(ShopServer shop) {
        this.shop = shop;
        this.api = new ShopApi(shop);
    }

    @Test
    void mainScreensAtTwoWidths() throws Exception {
        loadDemoShop();
        addDemoUsers();
        Path folder = Path.of(System.getProperty("console.screenshots")).toAbsolutePath();
        JsonNode inRepair = api.get("/work-orders?status=IN_REPAIR&limit=1").at("/items/0");
        JsonNode settled = api.get("/work-orders?status=SETTLED&limit=1").at("/items/0");
        JsonNode part = api.get("/parts?limit=1").at("/items/0");
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("reception", "#/reception");
        screens.put("board", "#/board");
        screens.put("order", "#/orders/" + inRepair.get("id").asLong());
        screens.put("customer", "#/customers/" + settled.get("customerId").asLong());
        screens.put("parts", "#/parts");
        screens.put("part", "#/parts/" + part.get("id").asLong());
        screens.put("employees", "#/employees");
        screens.put("users", "#/users");

        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, Dimension> width : Map.of("desktop", Browser.DESKTOP, "phone", Browser.PHONE)
                .entrySet()) {
            try (Browser browser = new Browser(width.getValue())) {
                browser.open(shop.baseUrl() + "/console/");
                browser.find("login");
                browser.type("login-username", ShopServer.ADMIN_USERNAME);
                browser.screenshot(folder.resolve("login-" + width.getKey() + ".png"));
                browser.type("login-password", ShopServer.ADMIN_PASSWORD);
                browser.click("login-submit");
                browser.find("menu");
                for (Map.Entry<String, String> screen : screens.entrySet()) {
                    browser.open(shop.baseUrl() + "/console/" + screen.getValue());
                    if (screen.getKey().equals("reception")) {
                        browser.type("reception-search", "张");
                        browser.find("search-result");
                    }
                    Thread.sleep(1500);
                    browser.screenshot(folder.resolve(screen.getKey() + "-" + width.getKey() + ".png"));
                }
                errors.addAll(browser.severeLogEntries());
            }
        }
        assertEquals(List.of(), errors, "JavaScript errors in the browser console");
    }

    /** Adds a technician linked to a demo employee and a cashier, so that the users screen shows more than the owner. */
    private void addDemoUsers() throws Exception {
        JsonNode technician = api.get("/employees?role=TECHNICIAN&limit=1").at("/items/0");
        api.post("/users", Map.of("username", "li.jishi", "password", "Demo-Jishi-2026", "role", "TECHNICIAN",
                "employeeId", technician.get("id").asLong()));
        api.post("/users", Map.of("username", "wang.shouyin", "password", "Demo-Shouyin-2026", "role", "CASHIER"));
    }

    private void loadDemoShop() throws Exception {
        Path loader = Path.of(System.getProperty("console.repositoryRoot"), "samples", "demo-loader", "DemoLoader.java");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), loader.toString(), shop.baseUrl(), "--force");
        builder.environment().put("AUTOSHOP_TOKEN", api.token());
        Process load = builder
                .redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("console.target", "target"), "demo-load.log").toFile())
                .start();
        if (!load.waitFor(5, TimeUnit.MINUTES) || load.exitValue() != 0) {
            load.destroyForcibly();
            throw new IllegalStateException("The demo load failed; see target/demo-load.log");
        }
    }
}
