package io.autoshop.console.tests;

import static io.autoshop.console.tests.Browser.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Takes a new car through the whole paper-free workflow in the browser, with one failed inspection, and checks the
 * result over the REST API.
 */
@ExtendWith(ShopExtension.class)
class WorkOrderJourneyIT {

    private final ShopServer shop;
    private final ShopApi api;
    private Browser browser;

    WorkOrderJourneyIT(ShopServer shop) {
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
    void newCarGoesFromReceptionToSettlement() throws Exception {
        String suffix = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        String plate = "浙B" + suffix;
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String partCode = "TP-" + suffix;
        api.partWithStock(partCode, "机油滤清器", 10, "主库/A01/03");

        browser.loginAsOwner(shop, "");
        browser.find("reception");
        browser.type("reception-search", plate);
        browser.find(By.cssSelector(".el-empty"));

        receiveNewCustomerAndVehicle(plate, phone);
        long orderId = openOrder();

        moveOnBoard(plate, "RECEIVED", "OPEN");
        browser.open(shop.baseUrl() + "/console/#/orders/" + orderId);
        waitForStatus("OPEN");
        browser.click("advance");
        waitForStatus("IN_REPAIR");

        addLabourAndPart(partCode);

        browser.click("advance");
        waitForStatus("INSPECTION");
        failInspection("刹车仍有异响");
        waitForStatus("IN_REPAIR");
        browser.click("advance");
        waitForStatus("INSPECTION");
        settle("CASH");
        waitForStatus("SETTLED");
        browser.waitForText(test("balance"), "¥0.00");

        JsonNode order = api.get("/work-orders/" + orderId);
        assertEquals("SETTLED", order.get("status").asText());
        assertEquals(1, order.get("reworkCount").asInt());
        assertEquals("CASH", order.at("/payments/0/method").asText());
        assertEquals(0, order.at("/totals/total").decimalValue().compareTo(order.at("/payments/0/amount")
                .decimalValue()));
        assertEquals(2, order.get("partLines").get(0).get("quantity").asInt());
        assertTrue(order.get("history").toString().contains("刹车仍有异响"), "failed inspection note in history");

        findAgainByPlate(plate, orderId);
    }

    private void receiveNewCustomerAndVehicle(String plate, String phone) {
        browser.click("new-customer");
        browser.type("input-name", "王测试");
        browser.type("input-phone", "12345");
        browser.click("save-customer");
        WebElement phoneError = browser.find(By.cssSelector("[data-test='field-phone'] .el-form-item__error"));
        assertTrue(phoneError.getText().contains("手机号"), "phone error in words staff understand: "
                + phoneError.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector("[data-test='field-name'] .el-form-item__error"))
                .size(), "no error at the valid name");

        browser.type("input-phone", phone);
        browser.click("save-customer");
        browser.find("vehicle-form");
        browser.type("input-plate", plate);
        browser.type("input-make", "大众");
        browser.type("input-model", "朗逸");
        browser.click("save-vehicle");
        browser.find("order-form");
    }

    private long openOrder() {
        browser.typeNumber("input-odometerKm", "45200");
        browser.type("input-complaint", "刹车时有异响");
        browser.click("open-order");
        browser.find("order");
        waitForStatus("RECEIVED");
        Matcher id = Pattern.compile("#/orders/(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), "order page address: " + browser.driver().getCurrentUrl());
        return Long.parseLong(id.group(1));
    }

    private void moveOnBoard(String plate, String from, String to) {
        browser.click("menu-board");
        browser.type("board-keyword", plate);
        By card = By.cssSelector("[data-test='column-" + from + "'] [data-plate='" + plate + "']");
        browser.find(card);
        browser.click(By.cssSelector("[data-test='column-" + from + "'] [data-plate='" + plate
                + "'] [data-test='advance']"));
        browser.find(By.cssSelector("[data-test='column-" + to + "'] [data-plate='" + plate + "']"));
    }

    private void addLabourAndPart(String partCode) {
        browser.type("input-laborName", "更换刹车片");
        browser.typeNumber("input-hours", "1.5");
        browser.typeNumber("input-rate", "200");
        browser.click("add-labor");
        browser.waitForText(test("labor-lines"), "更换刹车片");
        browser.waitForText(test("total"), "¥300.00");

        browser.click("pick-part");
        WebElement search = browser.find(By.cssSelector("[data-test='pick-part'] input"));
        search.sendKeys(partCode);
        By option = By.cssSelector(".part-picker [data-code='" + partCode + "']");
        browser.waitForText(option, "主库/A01/03");
        browser.click(option);
        browser.typeNumber("input-quantity", "2");
        browser.click("add-part");
        browser.waitForText(test("part-lines"), partCode);
        browser.waitForText(test("total"), "¥470.00");
    }

    private void failInspection(String note) {
        browser.click("fail-inspection");
        WebElement input = browser.find(By.cssSelector(".el-message-box input"));
        input.sendKeys(note);
        browser.click(By.cssSelector(".el-message-box__btns .el-button--primary"));
    }

    private void settle(String method) {
        browser.click("pass-inspection");
        browser.click(By.cssSelector("[data-test='payment-method'] [data-method='" + method + "']"));
        browser.click("confirm-settle");
    }

    private void waitForStatus(String status) {
        browser.find(By.cssSelector("[data-test='order-status'][data-status='" + status + "']"));
    }

    private void findAgainByPlate(String plate, long orderId) {
        browser.click("menu-board");
        browser.type("board-keyword", plate);
        browser.click(By.cssSelector("[data-test='column-SETTLED'] [data-plate='" + plate + "'] a.plate"));
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("#/orders/" + orderId));
        waitForStatus("SETTLED");

        browser.click("menu-reception");
        browser.type("reception-search", plate);
        browser.find(By.cssSelector("[data-test='choose-vehicle'][data-plate='" + plate + "']"));
    }
}
