package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Drives inventory management through the REST API of a running distribution: low-stock events, purchase orders,
 * stock counts, reorder suggestions, recall traces, valuation, and receipts, issues, returns and counts racing on
 * one part.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InventoryApiIT extends AutoShopTestSupport {

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void waitForApi() throws Exception {
        awaitReady("/suppliers?limit=1");
    }

    @Test
    public void lowStockEventFiresOncePerCrossing() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, Topics.STOCK_LOW);
        ServiceRegistration<EventHandler> listener =
                bundleContext.registerService(EventHandler.class, events::add, topics);
        try {
            long part = createPart("LS-1001", "80.00", "5", "主库/A1/01");
            receive(part, "10", "50.00", "LS-LOT-1");
            long order = createOrder(createVehicle(createCustomer("刘洋", "13711110001"), "鲁B10001"));

            issue(order, part, "3"); // 7 left: above safety stock 5
            issue(order, part, "3"); // 4 left: crosses below, first event
            issue(order, part, "1"); // 3 left: already below, no event
            issue(order, part, "2"); // 1 left: already below, no event
            receive(part, "10", "52.00", "LS-LOT-2"); // 11 left: back above, re-arms
            issue(order, part, "5"); // 6 left: above
            issue(order, part, "2"); // 4 left: crosses below again, second event

            List<Event> mine = awaitPartEvents(events, part, 2);
            Thread.sleep(1000);
            assertEquals("low-stock events after waiting for late ones", 2, partEvents(events, part).size());
            BigDecimal onHandAtFirst = (BigDecimal) mine.get(0).getProperty(EventProperties.ON_HAND);
            assertEquals(0, new BigDecimal("4").compareTo(onHandAtFirst));
            assertEquals("LS-1001", mine.get(0).getProperty(EventProperties.PART_CODE));
            assertEquals(0, new BigDecimal("5").compareTo(
                    (BigDecimal) mine.get(1).getProperty(EventProperties.SAFETY_STOCK)));
            JsonNode low = expect(200, get("/parts?belowSafetyStock=true&q=LS-1001"));
            assertEquals(1, low.get("total").asInt());
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void recallTraceFindsExactlyTheAffectedOrders() throws Exception {
        long part = createPart("RC-2001", "45.00", "0", null);
        receive(part, "3", "20.00", "RC-FAULTY-1");
        receive(part, "10", "22.00", "RC-GOOD-1");
        long customerA = createCustomer("孙丽", "13711120001");
        long vehicleA = createVehicle(customerA, "川C20001");
        long customerB = createCustomer("周强", "13711120002");
        long vehicleB = createVehicle(customerB, "川C20002");
        long orderA = createOrder(vehicleA);
        long orderB = createOrder(vehicleB);
        long orderC = createOrder(createVehicle(createCustomer("吴敏", "13711120003"), "川C20003"));
        long orderD = createOrder(createVehicle(createCustomer("郑伟", "13711120004"), "川C20004"));

        issue(orderA, part, "2"); // 2 from the faulty batch, 1 left in it
        JsonNode withLine = issue(orderD, part, "1"); // the last faulty unit ...
        long lineD = withLine.get("partLines").get(0).get("id").asLong();
        expect(200, delete("/work-orders/" + orderD + "/parts/" + lineD)); // ... goes back: D is not affected
        issue(orderB, part, "3"); // 1 faulty + 2 good
        issue(orderC, part, "2"); // 2 good

        JsonNode faulty = expect(200, get("/batches/RC-FAULTY-1/trace"));
        assertEquals(Set.of(orderA, orderB), idsOf(faulty.get("workOrders"), "workOrderId"));
        assertEquals(Set.of(vehicleA, vehicleB), idsOf(faulty.get("vehicles"), "id"));
        assertEquals(Set.of(customerA, customerB), idsOf(faulty.get("customers"), "id"));
        for (JsonNode traced : faulty.get("workOrders")) {
            String expected = traced.get("workOrderId").asLong() == orderA ? "2" : "1";
            assertEquals(0, new BigDecimal(expected).compareTo(traced.get("quantity").decimalValue()));
        }
        assertEquals("杭州汽配城", faulty.get("batches").get(0).get("supplier").asText());
        JsonNode good = expect(200, get("/batches/RC-GOOD-1/trace"));
        assertEquals(Set.of(orderB, orderC), idsOf(good.get("workOrders"), "workOrderId"));

        JsonNode partsTrace = expect(200, get("/work-orders/" + orderB + "/parts-trace"));
        JsonNode batches = partsTrace.get("lines").get(0).get("batches");
        assertEquals(2, batches.size());
        assertEquals("RC-FAULTY-1", batches.get(0).get("batch").asText());
        assertEquals("杭州汽配城", batches.get(0).get("supplier").asText());
        assertEquals("RC-GOOD-1", batches.get(1).get("batch").asText());
        // 1 × 20.00 + 2 × 22.00 = 64.00 cost; 3 × 45.00 = 135.00 revenue; margin 71.00
        assertEquals("64.00", partsTrace.get("costOfParts").decimalValue().toPlainString());
        assertEquals("135.00", partsTrace.get("partsRevenue").decimalValue().toPlainString());
        assertEquals("71.00", partsTrace.get("partsMargin").decimalValue().toPlainString());
        assertEquals("71.00", partsTrace.get("margin").decimalValue().toPlainString());

        expectProblem(404, get("/batches/RC-NO-SUCH-BATCH/trace"));
        expectProblem(404, get("/work-orders/987654/parts-trace"));
    }

    @Test
    public void purchaseOrderReceiptsStopAtOrderedQuantity() throws Exception {
        long supplier = createSupplier("宁波滤清器厂", 3);
        expectProblem(409, post("/suppliers", "{\"name\":\"宁波滤清器厂\",\"leadTimeDays\":5}"));
        long filter = createPart("PO-3001", "60.00", "0", null);
        long pads = createPart("PO-3002", "220.00", "0", null);
        JsonNode draft = expect(201, post("/purchase-orders", "{\"supplierId\":" + supplier + ",\"lines\":["
                + "{\"partId\":" + filter + ",\"quantity\":10,\"unitCost\":12.50},"
                + "{\"partId\":" + pads + ",\"quantity\":4,\"unitCost\":30}]}"));
        long order = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("245.00", draft.get("total").decimalValue().toPlainString());

        expectProblem(409, post("/purchase-orders/" + order + "/receipts", receiptBody(filter, "1", "SUP-A-0")));
        expectProblem(409, post("/purchase-orders/" + order + "/transitions", "{\"to\":\"RECEIVED\"}"));
        expectProblem(422, post("/purchase-orders/" + order + "/transitions", "{\"to\":\"SHIPPED\"}"));
        assertEquals("ORDERED", expect(200, post("/purchase-orders/" + order + "/transitions",
                "{\"to\":\"ORDERED\"}")).get("status").asText());

        JsonNode partly = expect(200, post("/purchase-orders/" + order + "/receipts",
                receiptBody(filter, "6", "SUP-A-1")));
        assertEquals("PARTLY_RECEIVED", partly.get("status").asText());
        JsonNode batch = expect(200, get("/parts/" + filter + "/batches")).get("items").get(0);
        assertEquals("SUP-A-1", batch.get("batch").asText());
        assertEquals(supplier, batch.get("supplierId").asLong());
        assertEquals(order, batch.get("purchaseOrderId").asLong());
        assertEquals("宁波滤清器厂", batch.get("supplier").asText());
        assertEquals("12.50", batch.get("unitCost").decimalValue().toPlainString());

        // 6 of 10 filters are in, so 5 more is over the order: the whole receipt is refused.
        expectProblem(409, post("/purchase-orders/" + order + "/receipts", "{\"lines\":["
                + "{\"partId\":" + pads + ",\"quantity\":1,\"batch\":\"SUP-A-2\"},"
                + "{\"partId\":" + filter + ",\"quantity\":5,\"batch\":\"SUP-A-3\"}]}"));
        JsonNode unchanged = expect(200, get("/purchase-orders/" + order));
        assertEquals("PARTLY_RECEIVED", unchanged.get("status").asText());
        assertEquals(0, new BigDecimal("6").compareTo(unchanged.get("lines").get(0).get("receivedQuantity")
                .decimalValue()));
        assertEquals(0, unchanged.get("lines").get(1).get("receivedQuantity").decimalValue().signum());
        assertEquals(0, new BigDecimal("6").compareTo(onHand(filter)));
        assertEquals(0, onHand(pads).signum());
        assertEquals(0, expect(200, get("/parts/" + pads + "/movements")).get("total").asInt());

        JsonNode received = expect(200, post("/purchase-orders/" + order + "/receipts", "{\"lines\":["
                + "{\"partId\":" + filter + ",\"quantity\":4,\"batch\":\"SUP-A-4\"},"
                + "{\"partId\":" + pads + ",\"quantity\":4,\"batch\":\"SUP-A-5\",\"unitCost\":31.00}]}"));
        assertEquals("RECEIVED", received.get("status").asText());
        assertEquals(0, new BigDecimal("10").compareTo(onHand(filter)));
        assertEquals("31.00", expect(200, get("/parts/" + pads + "/batches")).get("items").get(0).get("unitCost")
                .decimalValue().toPlainString());
        expectProblem(409, post("/purchase-orders/" + order + "/receipts", receiptBody(filter, "1", "SUP-A-6")));

        expectProblem(400, post("/purchase-orders", "{\"supplierId\":"));
        expectProblem(422, post("/purchase-orders", "{\"supplierId\":" + supplier + ",\"lines\":[]}"));
        expectProblem(422, post("/purchase-orders", "{\"supplierId\":987654,\"lines\":[{\"partId\":" + filter
                + ",\"quantity\":1,\"unitCost\":1}]}"));
        expectProblem(422, post("/purchase-orders", "{\"supplierId\":" + supplier + ",\"lines\":[{\"partId\":987654"
                + ",\"quantity\":1,\"unitCost\":1}]}"));
        expectProblem(404, post("/purchase-orders/987654/receipts", receiptBody(filter, "1", "X")));
        expectProblem(404, get("/purchase-orders/987654"));
        expectProblem(422, get("/purchase-orders?status=LOST"));
        expectProblem(422, post("/suppliers", "{\"name\":\"无交期\"}"));
        expectProblem(422, post("/suppliers", "{\"name\":\"负交期\",\"leadTimeDays\":-1}"));
        expectProblem(422, post("/suppliers", "{\"name\":\"文字交期\",\"leadTimeDays\":\"soon\"}"));
        assertTrue(expect(200, get("/suppliers")).get("total").asInt() >= 1);
    }

    @Test
    public void stockCountPostsAdjustmentMovements() throws Exception {
        long first = createPart("SC-4001", "30.00", "0", "盘点库/S1/01");
        long second = createPart("SC-4002", "30.00", "0", "盘点库/S1/02");
        long elsewhere = createPart("SC-4003", "30.00", "0", "盘点库/S2/01");
        receive(first, "10", "5.00", "SC-LOT-1");
        receive(second, "2", "8.00", "SC-LOT-2");
        receive(second, "2", "9.00", "SC-LOT-3");

        JsonNode count = expect(201, post("/stock-counts", "{\"location\":\"盘点库/S1\"}"));
        long id = count.get("id").asLong();
        assertEquals(2, count.get("lines").size());
        expect(200, put("/stock-counts/" + id + "/lines/" + first, "{\"counted\":8}", null));
        JsonNode entered = expect(200, put("/stock-counts/" + id + "/lines/" + second, "{\"counted\":5}", null));
        assertEquals(0, new BigDecimal("-2").compareTo(entered.get("lines").get(0).get("difference").decimalValue()));
        assertEquals(0, BigDecimal.ONE.compareTo(entered.get("lines").get(1).get("difference").decimalValue()));
        expectProblem(404, put("/stock-counts/" + id + "/lines/" + elsewhere, "{\"counted\":1}", null));
        expectProblem(422, put("/stock-counts/" + id + "/lines/" + first, "{\"counted\":-1}", null));
        expectProblem(422, post("/stock-counts/" + id + "/post", "{\"reason\":\" \"}"));

        JsonNode posted = expect(200, post("/stock-counts/" + id + "/post", "{\"reason\":\"月末盘点\"}"));

        assertEquals("POSTED", posted.get("status").asText());
        assertEquals(0, new BigDecimal("8").compareTo(onHand(first)));
        assertEquals(0, new BigDecimal("5").compareTo(onHand(second)));
        JsonNode shortfall = expect(200, get("/parts/" + first + "/movements")).get("items").get(0);
        assertEquals("ADJUSTMENT", shortfall.get("type").asText());
        assertEquals(0, new BigDecimal("-2").compareTo(shortfall.get("quantity").decimalValue()));
        assertTrue(shortfall.get("note").asText().contains("月末盘点"));
        JsonNode surplus = expect(200, get("/parts/" + second + "/movements")).get("items").get(0);
        assertEquals("ADJUSTMENT", surplus.get("type").asText());
        assertEquals(0, BigDecimal.ONE.compareTo(surplus.get("quantity").decimalValue()));
        assertEquals("CNT" + id + "-" + second, surplus.get("batch").asText());
        assertEquals("9.00", surplus.get("unitCost").decimalValue().toPlainString());
        expectProblem(409, post("/stock-counts/" + id + "/post", "{\"reason\":\"再次过账\"}"));
        expectProblem(409, put("/stock-counts/" + id + "/lines/" + first, "{\"counted\":3}", null));
        expectProblem(404, get("/stock-counts/987654"));
        expectProblem(422, post("/stock-counts", "{\"location\":\"a/b/c/d\"}"));

        JsonNode located = expect(200, get("/parts/locate?q=SC-4001"));
        assertEquals("盘点库/S1/01", located.get("items").get(0).get("location").asText());
        assertEquals("S1", located.get("items").get(0).get("binLocation").get("shelf").asText());
        expectProblem(422, get("/parts/locate"));
    }

    @Test
    public void reorderSuggestionsBecomeDraftPurchaseOrders() throws Exception {
        long supplier = createSupplier("上海刹车片批发", 7);
        long part = expect(201, post("/parts", "{\"code\":\"RO-5001\",\"name\":\"刹车片\",\"unit\":\"套\","
                + "\"salePrice\":300,\"safetyStock\":5,\"binLocation\":{\"warehouse\":\"主库\",\"shelf\":\"B2\"},"
                + "\"preferredSupplierId\":" + supplier + "}")).get("id").asLong();
        long orphan = createPart("RO-5002", "10.00", "1", null);
        receive(part, "3", "10.00", "RO-LOT-1");
        receive(part, "3", "12.00", "RO-LOT-2");
        issue(createOrder(createVehicle(createCustomer("钱多", "13711150001"), "湘D50001")), part, "4");

        // Only this week has demand: F = 0.3 · 4 = 1.2; D = 1.2 · 7 / 7 = 1.2; R = 1.2 + 5 = 6.2;
        // T = 6.2 + 2 · 1.2 = 8.6; 2 on hand, nothing on order, so Q = ceiling(8.6 − 2) = 7.
        JsonNode suggestion = find(expect(200, get("/reorder-suggestions")).get("items"), "partId", part);
        assertEquals(0, new BigDecimal("1.2").compareTo(suggestion.get("forecastDemand").decimalValue()));
        assertEquals(0, new BigDecimal("6.2").compareTo(suggestion.get("reorderPoint").decimalValue()));
        assertEquals(0, new BigDecimal("7").compareTo(suggestion.get("suggestedQuantity").decimalValue()));
        assertEquals(supplier, suggestion.get("supplierId").asLong());

        JsonNode created = expect(201, post("/reorder-suggestions/purchase-orders", "{\"partIds\":[" + part + "]}"));
        JsonNode draft = created.get("items").get(0);
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(supplier, draft.get("supplierId").asLong());
        assertEquals(0, new BigDecimal("7").compareTo(draft.get("lines").get(0).get("quantity").decimalValue()));
        assertEquals("12.00", draft.get("lines").get(0).get("unitCost").decimalValue().toPlainString());
        // 2 on hand + 7 on the draft = 9 is above the reorder point 6.2 now.
        expectProblem(422, post("/reorder-suggestions/purchase-orders", "{\"partIds\":[" + part + "]}"));
        expectProblem(422, post("/reorder-suggestions/purchase-orders", "{\"partIds\":[" + orphan + "]}"));
        expectProblem(422, post("/reorder-suggestions/purchase-orders", "{\"partIds\":[]}"));
        expectProblem(422, post("/reorder-suggestions/purchase-orders", "{}"));
        expectProblem(422, get("/reorder-suggestions?all=maybe"));

        // FIFO: the 4 issued came from RO-LOT-1 (3 at 10.00) and RO-LOT-2 (1 at 12.00); 2 at 12.00 remain.
        JsonNode valuation = expect(200, get("/stock/valuation"));
        assertEquals("24.00", find(valuation.get("parts"), "partId", part).get("value").decimalValue()
                .toPlainString());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode value : valuation.get("parts")) {
            sum = sum.add(value.get("value").decimalValue());
        }
        assertEquals(0, sum.compareTo(valuation.get("total").decimalValue()));

        JsonNode updated = expect(200, put("/parts/" + orphan, "{\"location\":\"副库-C3-07\",\"safetyStock\":2}",
                null));
        assertEquals("副库/C3/07", updated.get("location").asText());
        expectProblem(422, put("/parts/" + orphan, "{\"preferredSupplierId\":987654}", null));
        expectProblem(422, put("/parts/" + orphan, "{\"location\":\"x/y/z/w\"}", null));
        expectProblem(412, put("/parts/" + orphan, "{\"name\":\"旧版本\"}", "\"0\""));
        expectProblem(404, put("/parts/987654", "{\"name\":\"无此配件\"}", null));
        expectProblem(422, post("/parts", "{\"code\":\"RO-5003\",\"name\":\"两种位置\",\"unit\":\"个\","
                + "\"salePrice\":1,\"location\":\"主库\",\"binLocation\":{\"warehouse\":\"主库\"}}"));
    }

    @Test
    public void racingStockChangesKeepOnHandEqualToMovements() throws Exception {
        long supplier = createSupplier("并发测试供应商", 2);
        long part = createPart("CC-6001", "40.00", "5", "并发库/C1/01");
        // Supply is at most 4 + 8 receipts × 2 + 30 ordered, of which 28 fit in 4-unit receipts, + a count
        // surplus of at most 2 = 50 units. The 16 issues that are kept ask for 8 × 3 + 8 × 4 = 56, so some of
        // them must run short and get 409 while receipts, returns and the count run on the same part.
        receive(part, "4", "15.00", "CC-LOT-0");
        long purchaseOrder = expect(201, post("/purchase-orders", "{\"supplierId\":" + supplier
                + ",\"lines\":[{\"partId\":" + part + ",\"quantity\":30,\"unitCost\":16}]}")).get("id").asLong();
        expect(200, post("/purchase-orders/" + purchaseOrder + "/transitions", "{\"to\":\"ORDERED\"}"));
        long count = expect(201, post("/stock-counts", "{\"location\":\"并发库/C1\"}")).get("id").asLong();
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long customer = createCustomer("并发车主" + i, "1371116000" + i);
            orders.add(createOrder(createVehicle(customer, "闽E6000" + i)));
        }

        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            long order = orders.get(i % orders.size());
            int kind = i % 6;
            int n = i;
            tasks.add(() -> switch (kind) {
                case 0, 1 -> "issue " + post("/work-orders/" + order + "/parts", "{\"partId\":" + part
                        + ",\"quantity\":" + (3 + n % 3) + "}").statusCode();
                case 2 -> issueAndReturn(order, part);
                case 3 -> "receipt " + post("/stock/receipts", "{\"partId\":" + part
                        + ",\"quantity\":2,\"unitCost\":15.50,\"batch\":\"CC-R-" + n + "\"}").statusCode();
                case 4 -> "po " + post("/purchase-orders/" + purchaseOrder + "/receipts",
                        receiptBody(part, "4", "CC-PO-" + n)).statusCode();
                default -> "count " + put("/stock-counts/" + count + "/lines/" + part, "{\"counted\":" + n % 3
                        + "}", null).statusCode();
            });
        }
        tasks.add(() -> {
            Thread.sleep(200);
            return "post " + post("/stock-counts/" + count + "/post", "{\"reason\":\"并发盘点\"}").statusCode();
        });
        Collections.shuffle(tasks, new Random(42));

        List<String> outcomes = runTogether(tasks, 12);

        Set<String> allowed = Set.of("issue 201", "issue 409", "return 200", "return 409", "receipt 201", "po 200",
                "po 409", "count 200", "count 409", "post 200", "post 409");
        for (String outcome : outcomes) {
            assertTrue("unexpected outcome " + outcome + " in " + outcomes, allowed.contains(outcome));
        }
        assertTrue("no issue went through in " + outcomes, outcomes.contains("issue 201"));
        assertTrue("no issue ran short in " + outcomes, outcomes.contains("issue 409"));
        assertEquals("receipts in " + outcomes, 8, Collections.frequency(outcomes, "receipt 201"));
        BigDecimal onHand = onHand(part);
        assertTrue("on hand " + onHand + " is negative", onHand.signum() >= 0);
        JsonNode movements = expect(200, get("/parts/" + part + "/movements?limit=500"));
        assertTrue(movements.get("total").asInt() <= 500);
        BigDecimal moved = BigDecimal.ZERO;
        BigDecimal issuedNet = BigDecimal.ZERO;
        BigDecimal fromPurchaseOrder = BigDecimal.ZERO;
        for (JsonNode movement : movements.get("items")) {
            BigDecimal quantity = movement.get("quantity").decimalValue();
            moved = moved.add(quantity);
            String type = movement.get("type").asText();
            if (type.equals("ISSUE") || type.equals("RETURN")) {
                issuedNet = issuedNet.subtract(quantity);
            }
            if (type.equals("RECEIPT") && movement.get("batch").asText().startsWith("CC-PO-")) {
                fromPurchaseOrder = fromPurchaseOrder.add(quantity);
            }
        }
        assertEquals("on hand " + onHand + " against the sum of movements " + moved, 0, onHand.compareTo(moved));
        BigDecimal inBatches = BigDecimal.ZERO;
        for (JsonNode batch : expect(200, get("/parts/" + part + "/batches")).get("items")) {
            inBatches = inBatches.add(batch.get("remaining").decimalValue());
        }
        assertEquals(0, onHand.compareTo(inBatches));
        BigDecimal onOrders = BigDecimal.ZERO;
        for (long order : orders) {
            for (JsonNode line : expect(200, get("/work-orders/" + order)).get("partLines")) {
                onOrders = onOrders.add(line.get("quantity").decimalValue());
            }
        }
        assertEquals("parts lines " + onOrders + " against net issues " + issuedNet, 0,
                onOrders.compareTo(issuedNet));
        JsonNode poLine = expect(200, get("/purchase-orders/" + purchaseOrder)).get("lines").get(0);
        assertEquals(0, fromPurchaseOrder.compareTo(poLine.get("receivedQuantity").decimalValue()));
        assertTrue(poLine.get("receivedQuantity").decimalValue().compareTo(new BigDecimal("30")) <= 0);
    }

    private String issueAndReturn(long order, long part) throws Exception {
        HttpResponse<String> issued = post("/work-orders/" + order + "/parts", "{\"partId\":" + part
                + ",\"quantity\":1}");
        if (issued.statusCode() != 201) {
            return "return " + issued.statusCode();
        }
        JsonNode lines = json.readTree(issued.body()).get("partLines");
        long lineId = lines.get(lines.size() - 1).get("id").asLong();
        return "return " + delete("/work-orders/" + order + "/parts/" + lineId).statusCode();
    }

    private static List<String> runTogether(List<Callable<String>> tasks, int threads) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long createPart(String code, String salePrice, String safetyStock, String location) throws Exception {
        String locationField = location == null ? "" : ",\"location\":\"" + location + "\"";
        return expect(201, post("/parts", "{\"code\":\"" + code + "\",\"name\":\"测试配件\",\"unit\":\"个\","
                + "\"salePrice\":" + salePrice + ",\"safetyStock\":" + safetyStock + locationField + "}"))
                .get("id").asLong();
    }

    private long createSupplier(String name, int leadTimeDays) throws Exception {
        return expect(201, post("/suppliers", "{\"name\":\"" + name + "\",\"contact\":\"王经理\","
                + "\"phone\":\"0571-8888 6666\",\"leadTimeDays\":" + leadTimeDays + "}")).get("id").asLong();
    }

    private JsonNode issue(long order, long part, String quantity) throws Exception {
        return expect(201, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":"
                + quantity + "}"));
    }

    private BigDecimal onHand(long part) throws Exception {
        return expect(200, get("/parts/" + part)).get("onHand").decimalValue();
    }

    private void expectProblem(int status, HttpResponse<String> response) throws Exception {
        expect(status, response);
        assertTrue(response.request().uri() + " answered " + response.headers().firstValue("Content-Type"),
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private static String receiptBody(long part, String quantity, String batch) {
        return "{\"lines\":[{\"partId\":" + part + ",\"quantity\":" + quantity + ",\"batch\":\"" + batch + "\"}]}";
    }

    private static Set<Long> idsOf(JsonNode items, String field) {
        Set<Long> ids = new TreeSet<>();
        items.forEach(item -> ids.add(item.get(field).asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String field, long id) {
        for (JsonNode item : items) {
            if (item.get(field).asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no entry with " + field + " " + id + " in " + items);
    }

    private static List<Event> partEvents(List<Event> events, long part) {
        return events.stream().filter(e -> Long.valueOf(part).equals(e.getProperty(EventProperties.PART_ID)))
                .toList();
    }

    private static List<Event> awaitPartEvents(List<Event> events, long part, int count) throws InterruptedException {
        for (int i = 0; i < 100 && partEvents(events, part).size() < count; i++) {
            Thread.sleep(50);
        }
        List<Event> mine = partEvents(events, part);
        assertEquals("low-stock events of part " + part, count, mine.size());
        return mine;
    }
}
