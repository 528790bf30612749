package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The badge on the parts menu entry that counts parts below their safety stock.
 */
@ExtendWith(ShopExtension.class)
class LowStockBadgeIT {

    private final ShopServer shop;
    private Browser browser;

    LowStockBadgeIT(ShopServer shop) {
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
    void partsMenuCountsLowStock() throws Exception {
        ShopApi api = new ShopApi(shop);
        api.partWithStock("LS-" + System.nanoTime() % 100000, "雨刮片", 1, "主库/B02/01");
        long low = api.get("/parts?belowSafetyStock=true&limit=1").get("total").asLong();

        browser.loginAsOwner(shop, "#/board");

        browser.waitForText(test("low-stock-badge"), String.valueOf(low));
        assertTrue(low >= 1);
    }
}
