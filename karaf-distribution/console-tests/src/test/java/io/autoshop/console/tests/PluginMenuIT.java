package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A plugin bundle's menu entry and page appear in the open console when the plugin is installed and disappear when
 * it is uninstalled, without reloading the console.
 */
@ExtendWith(ShopExtension.class)
class PluginMenuIT {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(45);
    private static final By ENTRY = test("menu-plugin-car-wash");

    private final ShopServer shop;
    private final ShopApi api;
    private Browser browser;

    PluginMenuIT(ShopServer shop) {
        this.shop = shop;
        this.api = new ShopApi(shop);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(Browser.DESKTOP);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        List<String> errors = browser.severeLogEntries();
        browser.close();
        assertEquals(List.of(), errors, "JavaScript errors in the browser console");
    }

    @Test
    void pluginEntryFollowsInstallAndUninstall() throws Exception {
        browser.loginAsOwner(shop, "#/board");
        browser.find("board");
        assertEquals(0, browser.driver().findElements(ENTRY).size(), "no plugin entry before the install");

        Path deployed = shop.deploy(Path.of(System.getProperty("console.pluginJar")));
        new WebDriverWait(browser.driver(), DEPLOY_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(ENTRY));
        browser.waitForText(ENTRY, "洗车登记");
        browser.click(ENTRY);
        browser.driver().switchTo().frame(browser.find("plugin-frame"));
        browser.waitForText(By.id("greeting"), "Car wash");
        browser.waitUntil(driver -> driver.findElement(By.id("open-count")).getText().matches("\\d+"));
        browser.driver().switchTo().defaultContent();
        assertEquals(200, api.status(shop.baseUrl() + "/console/plugins/car-wash/icon.svg"));

        Files.delete(deployed);
        browser.waitForAbsence(ENTRY, DEPLOY_TIMEOUT);
        browser.find(By.cssSelector("[data-test='plugin'] .el-empty"));
        assertEquals(404, api.status(shop.baseUrl() + "/console/plugins/car-wash/index.html"));
    }

    @Test
    void rootRedirectsToConsole() throws Exception {
        browser.open(shop.baseUrl() + "/");
        browser.waitUntil(driver -> driver.getCurrentUrl().startsWith(shop.baseUrl() + "/console/"));
        browser.find("login");
        browser.submitLogin(ShopServer.ADMIN_USERNAME, ShopServer.ADMIN_PASSWORD);
        browser.find("menu");
        assertEquals(404, api.status(shop.baseUrl() + "/no-such-page"));
        assertEquals(404, api.status(shop.baseUrl() + "/console/../etc/users.properties"));
        assertEquals(404, api.status(shop.baseUrl() + "/console/plugins/no-such-plugin/index.html"));
    }
}
