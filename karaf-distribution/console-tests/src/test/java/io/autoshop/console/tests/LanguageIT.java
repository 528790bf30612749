package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Language switch between the default zh-CN and English, and validation messages in the chosen language.
 */
@ExtendWith(ShopExtension.class)
class LanguageIT {

    private final ShopServer shop;
    private Browser browser;

    LanguageIT(ShopServer shop) {
        this.shop = shop;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(Browser.PHONE);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        List<String> errors = browser.severeLogEntries();
        browser.close();
        assertEquals(List.of(), errors, "JavaScript errors in the browser console");
    }

    @Test
    void chineseIsDefaultAndEnglishIsKept() {
        browser.loginAsOwner(shop, "");
        browser.waitForText(test("menu-reception"), "接车");
        assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));

        browser.click("language-switch");
        browser.waitForText(test("menu-reception"), "Reception");
        browser.waitForText(test("menu-board"), "Board");
        assertEquals("en", browser.script("return document.documentElement.lang;"));

        browser.driver().navigate().refresh();
        browser.waitForText(test("menu-reception"), "Reception");

        browser.click("language-switch");
        browser.waitForText(test("menu-reception"), "接车");
    }

    @Test
    void invalidPlateShownAtItsField() {
        browser.loginAsOwner(shop, "#/reception");
        browser.click("language-switch");
        browser.waitForText(test("menu-reception"), "Reception");
        browser.click("new-customer");
        browser.type("input-name", "Li Na");
        browser.type("input-phone", "138 0013 " + String.format("%04d", System.nanoTime() % 10_000));
        browser.click("save-customer");
        browser.find("vehicle-form");

        browser.type("input-plate", "ABC");
        browser.click("save-vehicle");

        WebElement plateError = browser.find(By.cssSelector("[data-test='field-plate'] .el-form-item__error"));
        assertTrue(plateError.getText().startsWith("Invalid plate"), plateError.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector("[data-test='field-vin'] .el-form-item__error"))
                .size(), "no error at the empty optional VIN");
        // On a phone the notice of the created customer covers the header buttons until it fades.
        browser.waitForAbsence(By.cssSelector(".el-message"), Duration.ofSeconds(10));
        browser.click("language-switch");
        browser.waitForText(test("menu-reception"), "接车");
    }
}
