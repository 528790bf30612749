package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The login page: a rejected password, the language switch before login, the way back to the requested screen, and
 * logout, after which the back button shows no data.
 */
@ExtendWith(ShopExtension.class)
class LoginIT {

    private final ShopServer shop;
    private Browser browser;

    LoginIT(ShopServer shop) {
        this.shop = shop;
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
    void wrongPasswordStaysOnLogin() {
        browser.open(shop.baseUrl() + "/console/#/board");

        browser.submitLogin(ShopServer.ADMIN_USERNAME, ShopServer.ADMIN_PASSWORD + "-wrong");

        browser.waitForText(test("login-error"), "用户名或密码错误");
        assertTrue(browser.driver().getCurrentUrl().contains("#/login"), browser.driver().getCurrentUrl());
        assertEquals(0, browser.driver().findElements(test("menu")).size(), "no menu before a successful login");
        assertNull(browser.script("return sessionStorage.getItem('autoshop.console.token');"), "no token stored");
    }

    @Test
    void loginReturnsToRequestedScreen() {
        browser.open(shop.baseUrl() + "/console/#/parts");
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("#/login?next="));

        browser.submitLogin(ShopServer.ADMIN_USERNAME, ShopServer.ADMIN_PASSWORD);

        browser.find("parts");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/parts"), browser.driver().getCurrentUrl());
        browser.waitForText(test("current-user-name"), ShopServer.ADMIN_USERNAME);
        browser.waitForText(test("current-user-role"), "老板");
    }

    @Test
    void languageSwitchOnLoginPage() {
        browser.open(shop.baseUrl() + "/console/");
        browser.waitForText(test("login-title"), "登录");
        assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));

        browser.click("login-language");

        browser.waitForText(test("login-title"), "Log in");
        assertEquals("en", browser.script("return document.documentElement.lang;"));
        browser.submitLogin("nobody", "no-such-password");
        browser.waitForText(test("login-error"), "Wrong username or password");
        browser.submitLogin(ShopServer.ADMIN_USERNAME, ShopServer.ADMIN_PASSWORD);
        browser.waitForText(test("menu-reception"), "Reception");
        browser.click("language-switch");
        browser.waitForText(test("menu-reception"), "接车");
    }

    @Test
    void repeatedFailuresShowThrottling() {
        String username = "guess" + System.nanoTime() % 100_000;
        browser.open(shop.baseUrl() + "/console/");

        // The server rejects a username with 429 after five failed logins within its throttle window.
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.submitLogin(username, "wrong-" + attempt);
            browser.waitUntil(driver -> !driver.findElement(test("login-submit")).getAttribute("class")
                    .contains("is-loading"));
            browser.waitForText(test("login-error"), "用户名或密码错误");
        }
        browser.submitLogin(username, "wrong-6");

        browser.waitForText(test("login-error"), "登录失败次数过多");
        assertTrue(browser.driver().getCurrentUrl().contains("#/login"), browser.driver().getCurrentUrl());
    }

    @Test
    void logoutThenBackShowsNoData() throws Exception {
        ShopApi api = new ShopApi(shop);
        String plate = "浙E" + String.format("%05d", System.nanoTime() % 100_000);
        api.orderForNewCar(plate, "空调不制冷");
        browser.loginAsOwner(shop, "#/parts");
        browser.click("menu-board");
        browser.type("board-keyword", plate);
        browser.find(By.cssSelector("[data-test='order-card'][data-plate='" + plate + "']"));
        browser.click("menu-parts");
        browser.find("parts");

        browser.click("current-user");
        browser.click("logout");
        browser.find("login");
        browser.driver().navigate().back();

        browser.waitUntil(driver -> driver.getCurrentUrl().contains("#/login?next=%2Fboard"));
        browser.find("login");
        assertEquals(0, browser.driver().findElements(test("board")).size(), "no board after logout");
        assertEquals(0, browser.driver().findElements(By.cssSelector("[data-plate='" + plate + "']")).size(),
                "no order card after logout");
        assertNull(browser.script("return sessionStorage.getItem('autoshop.console.token');"), "token forgotten");
    }
}
