package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
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
 * Drives work orders through the REST API of a running distribution: the whole workflow, stock leaving the
 * oldest batch first, invalid input that changes nothing, and two requests racing for the last unit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkOrderApiIT extends AutoShopTestSupport {

    @Inject
    BundleContext bundleContext;

    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void waitForApi() throws Exception {
        awaitReady("/work-orders?limit=1");
    }

    @Test
    public void orderRunsWholeWorkflow() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "io/autoshop/workorder/*");
        ServiceRegistration<EventHandler> listener =
                bundleContext.registerService(EventHandler.class, events::add, topics);
        try {
            long customer = createCustomer("王芳", "139 1234 5678");
            long vehicle = createVehicle(customer, "浙a·8k2m1");
            long part = createPart("OF-1001", "45.00");
            receive(part, "2", "30.00", "LOT-A");
            receive(part, "5", "32.00", "LOT-B");
            long order = createOrder(vehicle);

            move(order, "{\"to\":\"OPEN\"}");
            move(order, "{\"to\":\"IN_REPAIR\"}");
            expect(201, post("/work-orders/" + order + "/labor", "{\"name\":\"更换刹车片\",\"hours\":2.5,\"rate\":120}"));
            JsonNode withPart = expect(201, post("/work-orders/" + order + "/parts", "{\"partId\":" + part
                    + ",\"quantity\":3}"));
            JsonNode batches = withPart.get("partLines").get(0).get("batches");
            assertEquals("LOT-A", batches.get(0).get("batch").asText());
            assertEquals(0, new BigDecimal("2").compareTo(batches.get(0).get("quantity").decimalValue()));
            assertEquals("LOT-B", batches.get(1).get("batch").asText());
            assertEquals(0, BigDecimal.ONE.compareTo(batches.get(1).get("quantity").decimalValue()));
            assertEquals(0, new BigDecimal("4").compareTo(expect(200, get("/parts/" + part)).get("onHand")
                    .decimalValue()));

            move(order, "{\"to\":\"INSPECTION\"}");
            JsonNode rework = move(order, "{\"to\":\"IN_REPAIR\",\"passed\":false,\"note\":\"刹车仍有异响\"}");
            assertEquals(1, rework.get("reworkCount").asInt());
            String token = rework.get("trackingUrl").asText().replace("/track/", "");
            JsonNode steps = expect(200, get("/tracking/" + token)).get("steps");
            assertEquals("IN_REPAIR", steps.get(2).get("status").asText());
            assertTrue(steps.get(2).get("reachedAt").isTextual());
            assertTrue("inspection is undone by the rework", steps.get(3).get("reachedAt").isNull());
            move(order, "{\"to\":\"INSPECTION\"}");
            JsonNode before = expect(200, get("/work-orders/" + order));
            assertEquals("435.00", before.get("totals").get("total").decimalValue().toPlainString());
            expect(422, post("/work-orders/" + order + "/transitions",
                    "{\"to\":\"SETTLED\",\"passed\":true,\"payment\":{\"method\":\"WECHAT\",\"amount\":400.00}}"));
            JsonNode settled = move(order,
                    "{\"to\":\"SETTLED\",\"passed\":true,\"payment\":{\"method\":\"WECHAT\",\"amount\":435.00}}");

            assertEquals("SETTLED", settled.get("status").asText());
            assertEquals("300.00", settled.get("totals").get("labor").decimalValue().toPlainString());
            assertEquals("135.00", settled.get("totals").get("parts").decimalValue().toPlainString());
            assertEquals("435.00", settled.get("totals").get("paid").decimalValue().toPlainString());
            assertEquals("0.00", settled.get("totals").get("balance").decimalValue().toPlainString());
            assertEquals(6, countStatusChanges(settled.get("history")));
            assertTrue(settled.get("number").asText().matches("WO\\d{8}-\\d{4}"));
            expect(409, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":1}"));
            HttpResponse<String> qr = get("/work-orders/" + order + "/tracking-qr");
            assertEquals(200, qr.statusCode());
            assertEquals("image/svg+xml", qr.headers().firstValue("Content-Type").orElse(""));
            assertTrue(qr.body(), qr.body().startsWith("<svg"));
            JsonNode found = expect(200, get("/work-orders?plate=" + encode("浙A8K2M1")));
            assertEquals(1, found.get("total").asInt());
            assertEquals(order, found.get("items").get(0).get("id").asLong());

            awaitEvents(events, 7);
            // Event Admin keeps the order of events posted by one thread only, and each request runs on its own
            // Jetty thread, so the events are looked up by content rather than by position.
            List<Event> created = events.stream()
                    .filter(event -> Topics.WORKORDER_CREATED.equals(event.getTopic())).toList();
            assertEquals(1, created.size());
            assertEquals(order, created.get(0).getProperty(EventProperties.WORK_ORDER_ID));
            List<Event> settledEvents = events.stream()
                    .filter(event -> "SETTLED".equals(event.getProperty(EventProperties.STATUS))).toList();
            assertEquals(1, settledEvents.size());
            assertEquals("INSPECTION", settledEvents.get(0).getProperty(EventProperties.PREVIOUS_STATUS));
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void invalidInputChangesNothing() throws Exception {
        long customer = createCustomer("李强", "13700001111");
        expect(422, post("/customers", "{\"name\":\"赵六\",\"phone\":\"12345\"}"));
        expect(422, post("/vehicles", "{\"customerId\":" + customer + ",\"plate\":\"京I12345\"}"));
        expect(422, post("/vehicles", "{\"customerId\":" + customer
                + ",\"plate\":\"京A12345\",\"vin\":\"LSVAU2180N2183294\"}"));
        expect(400, post("/customers", "{\"name\":\"赵六\",\"phone\":"));
        long vehicle = createVehicle(customer, "京A12345");
        expect(409, post("/vehicles", "{\"customerId\":" + customer + ",\"plate\":\"京a 12345\"}"));
        long part = createPart("BP-2001", "180.00");
        receive(part, "1", "120.00", "LOT-C");
        expect(422, post("/stock/receipts", "{\"partId\":" + part + ",\"quantity\":-3,\"unitCost\":1}"));
        long order = createOrder(vehicle);

        expect(422, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":-1}"));
        expect(409, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":2}"));
        expect(409, post("/work-orders/" + order + "/transitions", "{\"to\":\"SETTLED\"}"));
        expect(422, post("/work-orders/" + order + "/transitions", "{\"to\":5}"));
        expect(422, post("/customers", "{\"name\":123,\"phone\":\"13700002222\"}"));
        expect(422, post("/work-orders/" + order + "/labor", "{\"name\":\"x\",\"hours\":1000,\"rate\":99999999}"));
        expect(422, get("/work-orders?from=-999999999-01-01"));
        expect(400, post("/customers", "{\"name\":\"x\",\"phone\":1" + "0".repeat(1200) + "}"));
        expect(404, get("/work-orders/987654"));
        expect(404, get("/customers/987654"));
        JsonNode current = expect(200, get("/work-orders/" + order));
        long version = current.get("version").asLong();
        expect(200, put("/work-orders/" + order, "{\"diagnosis\":\"前刹车片磨损\"}", "\"" + version + "\""));
        expect(412, put("/work-orders/" + order, "{\"diagnosis\":\"后刹车片磨损\"}", "\"" + version + "\""));

        JsonNode after = expect(200, get("/work-orders/" + order));
        assertEquals("RECEIVED", after.get("status").asText());
        assertEquals("前刹车片磨损", after.get("diagnosis").asText());
        assertEquals(0, after.get("partLines").size());
        assertEquals(0, after.get("laborLines").size());
        assertEquals(0, BigDecimal.ONE.compareTo(expect(200, get("/parts/" + part)).get("onHand").decimalValue()));
        assertEquals(1, expect(200, get("/customers?q=13700001111")).get("total").asInt());
        assertEquals(1, expect(200, get("/parts/" + part + "/movements")).get("total").asInt());
    }

    @Test
    public void cancellationReturnsParts() throws Exception {
        long vehicle = createVehicle(createCustomer("陈静", "13600002222"), "粤B12345");
        long part = createPart("SP-3001", "25.00");
        receive(part, "4", "12.00", "LOT-D");
        long order = createOrder(vehicle);
        expect(201, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":3}"));
        move(order, "{\"to\":\"OPEN\"}");

        JsonNode cancelled = move(order, "{\"to\":\"CANCELLED\",\"note\":\"客户改期\"}");

        assertEquals("CANCELLED", cancelled.get("status").asText());
        assertEquals(0, cancelled.get("partLines").size());
        assertEquals(0, new BigDecimal("4").compareTo(expect(200, get("/parts/" + part)).get("onHand")
                .decimalValue()));
        expect(409, post("/work-orders/" + order + "/transitions", "{\"to\":\"OPEN\"}"));
    }

    @Test
    public void lastUnitHasExactlyOneWinner() throws Exception {
        long part = createPart("FL-4001", "60.00");
        receive(part, "1", "40.00", "LOT-E");
        int racers = 6;
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            long vehicle = createVehicle(createCustomer("车主" + i, "1350000" + (1000 + i)), "沪C9" + (1000 + i));
            orders.add(createOrder(vehicle));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> results = new ArrayList<>();
        for (long order : orders) {
            Callable<Integer> issue = () -> {
                start.await();
                HttpResponse<String> response = post("/work-orders/" + order + "/parts",
                        "{\"partId\":" + part + ",\"quantity\":1}");
                return response.statusCode();
            };
            results.add(pool.submit(issue));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Integer> result : results) {
            int status = result.get(60, TimeUnit.SECONDS);
            if (status == 201) {
                won++;
            } else if (status == 409) {
                conflicts++;
            }
        }
        pool.shutdown();

        assertEquals(1, won);
        assertEquals(racers - 1, conflicts);
        assertEquals(0, BigDecimal.ZERO.compareTo(expect(200, get("/parts/" + part)).get("onHand").decimalValue()));
        int lines = 0;
        for (long order : orders) {
            lines += expect(200, get("/work-orders/" + order)).get("partLines").size();
        }
        assertEquals(1, lines);
        assertEquals(2, expect(200, get("/parts/" + part + "/movements")).get("total").asInt());
    }

    @Test
    public void firstOrdersOfDayGetConsecutiveNumbers() throws Exception {
        long vehicle = createVehicle(createCustomer("吴敏", "13800006666"), "鲁B67890");
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            int minute = 10 + i;
            results.add(pool.submit(() -> {
                start.await();
                return post("/work-orders", "{\"vehicleId\":" + vehicle + ",\"odometerKm\":" + (1000 + minute)
                        + ",\"complaint\":\"补录旧工单\",\"receivedAt\":\"2020-01-02T09:" + minute + ":00+08:00\"}");
            }));
        }
        start.countDown();
        java.util.Set<String> numbers = new java.util.TreeSet<>();
        for (Future<HttpResponse<String>> result : results) {
            numbers.add(expect(201, result.get(60, TimeUnit.SECONDS)).get("number").asText());
        }
        pool.shutdown();

        assertEquals(parallel, numbers.size());
        assertEquals("WO20200102-0001", ((java.util.TreeSet<String>) numbers).first());
        assertEquals("WO20200102-0008", ((java.util.TreeSet<String>) numbers).last());
    }

    @Test
    public void shellListsAndShowsOrders() throws Exception {
        long vehicle = createVehicle(createCustomer("孙丽", "13800005555"), "苏E12345");
        long order = createOrder(vehicle);
        String number = expect(200, get("/work-orders/" + order)).get("number").asText();

        String list = shell("autoshop:orders --query 苏E12345");
        String shown = shell("autoshop:order " + number);
        String missing = shell("autoshop:order WO19990101-0001");

        assertTrue(list, list.contains(number));
        assertTrue(list, list.contains("1 of 1 work orders"));
        assertTrue(shown, shown.contains("Status:     RECEIVED"));
        assertTrue(shown, shown.contains("苏E12345"));
        assertTrue(shown, shown.contains("刹车时有异响"));
        assertTrue(missing, missing.contains("Work order WO19990101-0001 was not found"));
    }

    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int countStatusChanges(JsonNode history) {
        int changes = 0;
        for (JsonNode entry : history) {
            if ("STATUS_CHANGED".equals(entry.get("event").asText())) {
                changes++;
            }
        }
        return changes;
    }

    private static void awaitEvents(List<Event> events, int count) throws InterruptedException {
        for (int i = 0; i < 100 && events.size() < count; i++) {
            Thread.sleep(50);
        }
        assertEquals("work-order events received", count, events.size());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
