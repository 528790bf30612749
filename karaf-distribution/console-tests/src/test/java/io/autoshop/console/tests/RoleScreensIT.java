package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What each role sees: the owner creates a technician account in the users screen and assigns the technician to
 * one of two orders; the technician, in a browser of their own, sees only that order and no customers.
 */
@ExtendWith(ShopExtension.class)
class RoleScreensIT {

    private final ShopServer shop;
    private final ShopApi api;
    private final List<Browser> browsers = new ArrayList<>();

    RoleScreensIT(ShopServer shop) {
        this.shop = shop;
        this.api = new ShopApi(shop);
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        List<String> errors = new ArrayList<>();
        for (Browser browser : browsers) {
            errors.addAll(browser.severeLogEntries());
            browser.close();
        }
        assertEquals(List.of(), errors, "JavaScript errors in the browser console");
    }

    @Test
    void technicianSeesOnlyAssignedOrder() throws Exception {
        String suffix = String.format("%05d", System.nanoTime() % 100_000);
        String employeeName = "技师" + suffix;
        String username = "tech" + suffix;
        String password = "Schraube-" + suffix;
        long employeeId = api.technician(employeeName).get("id").asLong();
        JsonNode assigned = api.orderForNewCar("浙F" + suffix, "发动机抖动");
        JsonNode other = api.orderForNewCar("浙G" + suffix, "更换轮胎");

        Browser owner = open();
        owner.loginAsOwner(shop, "#/users");
        createTechnicianUser(owner, username, password, employeeId, employeeName);
        assignTechnician(owner, assigned.get("id").asLong(), employeeId);
        JsonNode saved = api.get("/work-orders/" + assigned.get("id").asLong());
        assertEquals(employeeId, saved.at("/technicianIds/0").asLong(), "technician assigned through the console");

        Browser technician = open();
        technician.login(shop, "", username, password);
        technician.find("board");
        technician.waitForText(test("current-user-role"), "技师");
        technician.find(By.cssSelector("[data-test='order-card'][data-plate='" + assigned.get("plate").asText()
                + "']"));
        assertEquals(0, technician.driver().findElements(By.cssSelector("[data-plate='"
                + other.get("plate").asText() + "']")).size(), "the other order is not on the technician's board");
        assertEquals(0, technician.driver().findElements(test("menu-customers")).size(), "no customers menu");
        assertEquals(0, technician.driver().findElements(test("menu-users")).size(), "no users menu");

        technician.open(shop.baseUrl() + "/console/#/orders/" + assigned.get("id").asLong());
        technician.find(By.cssSelector("[data-test='order-status'][data-status='RECEIVED']"));
        assertEquals(0, technician.driver().findElements(test("order-customer")).size(), "no customer on the order");
        String page = technician.find(test("order")).getText();
        assertFalse(page.contains("车主浙F" + suffix), "no customer name on the technician's order page");

        technician.open(shop.baseUrl() + "/console/#/orders/" + other.get("id").asLong());
        technician.find(By.cssSelector("[data-test='load-failed'][data-status='404']"));
        technician.open(shop.baseUrl() + "/console/#/customers");
        technician.find("forbidden");
        ShopApi technicianApi = new ShopApi(shop, username, password);
        assertEquals(404, technicianApi.statusOf("/work-orders/" + other.get("id").asLong()));
        assertEquals(403, technicianApi.statusOf("/customers?limit=1"));
    }

    @Test
    void partsClerkSeesOnlyStock() throws Exception {
        String username = "clerk" + System.nanoTime() % 100_000;
        api.post("/users", Map.of("username", username, "password", "Lagerist-2026", "role", "PARTS_CLERK"));

        Browser clerk = open();
        clerk.login(shop, "", username, "Lagerist-2026");

        clerk.find("parts");
        clerk.waitForText(test("current-user-role"), "库管");
        assertEquals(0, clerk.driver().findElements(test("menu-customers")).size(), "no customers menu");
        assertEquals(0, clerk.driver().findElements(test("menu-reception")).size(), "no reception menu");
        assertEquals(0, clerk.driver().findElements(test("menu-board")).size(), "no board menu");
        clerk.open(shop.baseUrl() + "/console/#/customers");
        clerk.find("forbidden");
    }

    @Test
    void cashierSettlesButDoesNotMoveOrders() throws Exception {
        String suffix = String.format("%05d", System.nanoTime() % 100_000);
        String username = "cashier" + suffix;
        api.post("/users", Map.of("username", username, "password", "Kasse-" + suffix, "role", "CASHIER"));
        long orderId = api.orderForNewCar("浙H" + suffix, "保养").get("id").asLong();
        for (String status : List.of("OPEN", "IN_REPAIR", "INSPECTION")) {
            api.post("/work-orders/" + orderId + "/transitions", Map.of("to", status), 200);
        }

        Browser cashier = open();
        cashier.login(shop, "#/orders/" + orderId, username, "Kasse-" + suffix);

        cashier.find(By.cssSelector("[data-test='order-status'][data-status='INSPECTION']"));
        cashier.find("pass-inspection");
        assertEquals(0, cashier.driver().findElements(test("fail-inspection")).size(), "no inspection result");
        assertEquals(0, cashier.driver().findElements(test("menu-customers")).size(), "no customers menu");
        assertEquals(0, cashier.driver().findElements(test("menu-parts")).size(), "no parts menu");
        cashier.find("menu-board");
    }

    private Browser open() throws Exception {
        Browser browser = new Browser(Browser.DESKTOP);
        browsers.add(browser);
        return browser;
    }

    private void createTechnicianUser(Browser owner, String username, String password, long employeeId,
            String employeeName) {
        owner.find("users");
        owner.click("new-user");
        owner.type("input-username", username);
        owner.type("input-password", password);
        owner.click("input-employee");
        owner.click(By.cssSelector(".el-select-dropdown__item[data-employee='" + employeeId + "']"));
        owner.click("save-user");
        owner.find(By.cssSelector("[data-test='user-row'][data-username='" + username + "']"));
        assertTrue(owner.find(test("user-table")).getText().contains(employeeName), "linked employee listed");
    }

    private void assignTechnician(Browser owner, long orderId, long employeeId) {
        owner.open(shop.baseUrl() + "/console/#/orders/" + orderId);
        owner.find(By.cssSelector("[data-test='order-status'][data-status='RECEIVED']"));
        owner.click("input-technicians");
        owner.click(By.cssSelector(".el-select-dropdown__item[data-employee='" + employeeId + "']"));
        owner.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        owner.click("save-order");
        owner.waitForText(By.cssSelector(".el-message--success"), "已保存");
    }
}
