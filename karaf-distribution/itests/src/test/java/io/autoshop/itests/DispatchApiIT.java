package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchRequest;
import io.autoshop.api.dispatch.DispatchStrategy;
import io.autoshop.api.dispatch.DispatchSuggestion;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Drives dispatch over HTTP: skills and service items, suggestions, a replacement strategy, auto-dispatch, task
 * lists, the workload view and job clocks, including two concurrent starts for one technician.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DispatchApiIT extends AutoShopTestSupport {

    private static final AtomicInteger PLATES = new AtomicInteger();

    @Inject
    BundleContext bundleContext;

    @Inject
    ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void waitForApi() throws Exception {
        awaitReady("/workload");
    }

    @Test
    public void suggestionsRankSkilledTechnicianFirst() throws Exception {
        expect(201, post("/skills", "{\"name\":\"EV-Diag\"}"));
        long idle = createEmployee("赵闲", "[\"发动机\"]");
        long skilled = createEmployee("钱能", "[\"ev-diag\", \"发动机\"]");
        long item = createServiceItem("高压电池检测", "1.5", "[\"EV-Diag\", \"发动机\"]");
        long order = openOrder();
        expect(201, post("/work-orders/" + order + "/labor", "{\"serviceItemId\":" + item + "}"));

        JsonNode ranking = expect(200, get("/work-orders/" + order + "/dispatch-suggestions"));

        assertEquals("default", ranking.get("strategy").asText());
        assertEquals(skilled, ranking.get("items").get(0).get("employeeId").asLong());
        assertTrue(ranking.get("items").get(0).get("reasons").size() > 0);
        long idleRank = 0;
        for (JsonNode entry : ranking.get("items")) {
            if (entry.get("employeeId").asLong() == idle) {
                idleRank = entry.get("rank").asLong();
                assertEquals("EV-Diag", entry.get("missingSkills").get(0).asText());
            }
        }
        assertTrue("ranked " + idleRank, idleRank > 1);
    }

    @Test
    public void laborLineTakesServiceItemValues() throws Exception {
        long item = createServiceItem("更换机油机滤", "0.8", "[\"发动机\"]");
        long order = openOrder();

        JsonNode line = expect(201, post("/work-orders/" + order + "/labor", "{\"serviceItemId\":" + item + "}"))
                .get("laborLines").get(0);

        assertEquals("更换机油机滤", line.get("name").asText());
        assertEquals(0, new BigDecimal("0.8").compareTo(line.get("standardHours").decimalValue()));
        assertEquals(0, new BigDecimal("0.8").compareTo(line.get("hours").decimalValue()));
        assertEquals(0, new BigDecimal("96.00").compareTo(line.get("amount").decimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(line.get("actualHours").decimalValue()));
    }

    @Test
    public void invalidDispatchInputIsRejected() throws Exception {
        long order = openOrder();

        expect(422, post("/employees", "{\"name\":\"孙某\",\"role\":\"TECHNICIAN\",\"skills\":[\"不存在的技能\"]}"));
        expect(422, post("/service-items", "{\"name\":\"x\",\"standardHours\":0,\"rate\":-1}"));
        expect(422, post("/work-orders/" + order + "/labor", "{\"serviceItemId\":999999}"));
        expect(422, post("/work-orders/" + order + "/labor", "{\"serviceItemId\":1,\"hours\":2}"));
        expect(409, post("/skills", "{\"name\":\"发动机\"}"));
        expect(400, post("/skills", "{\"name\":"));
        expect(404, get("/work-orders/999999/dispatch-suggestions"));
        expect(404, get("/employees/999999/tasks"));
        expect(404, get("/service-items/999999"));
        JsonNode problem = expect(404, get("/me/tasks"));
        assertTrue(problem.get("detail").asText(), problem.get("detail").asText().contains("no employee record"));
    }

    @Test
    public void higherRankedStrategyReplacesDefault() throws Exception {
        long order = openOrder();
        createEmployee("周一", "[]");
        createEmployee("吴二", "[]");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 10);
        ServiceRegistration<DispatchStrategy> registration = bundleContext.registerService(DispatchStrategy.class,
                new HighestIdFirst(), properties);
        try {
            JsonNode ranking = awaitStrategy(order, HighestIdFirst.NAME);

            JsonNode items = ranking.get("items");
            assertTrue(items.get(0).get("employeeId").asLong() > items.get(1).get("employeeId").asLong());
            assertEquals("highest id first", items.get(0).get("reasons").get(0).asText());
        } finally {
            registration.unregister();
        }

        assertEquals("default", awaitStrategy(order, "default").get("strategy").asText());
    }

    @Test
    public void autoDispatchAssignsTopSuggestionOnOpening() throws Exception {
        long technician = createEmployee("郑自", "[\"喷漆\", \"钣金\", \"发动机\", \"电路\", \"轮胎\"]");
        long item = createServiceItem("全车喷漆", "12", "[\"喷漆\", \"钣金\", \"电路\", \"轮胎\"]");
        long order = receivedOrder();
        expect(201, post("/work-orders/" + order + "/labor", "{\"serviceItemId\":" + item + "}"));
        org.osgi.service.cm.Configuration settings = configurationAdmin.getConfiguration("io.autoshop.dispatch", "?");
        Dictionary<String, Object> values = new Hashtable<>();
        values.put("autoDispatch", true);
        settings.update(values);
        try {
            Thread.sleep(1000);

            JsonNode opened = move(order, "{\"to\":\"OPEN\"}");

            assertEquals(technician, opened.get("technicianIds").get(0).asLong());
            assertEquals(technician, opened.get("laborLines").get(0).get("technicianId").asLong());
            JsonNode last = opened.get("history").get(opened.get("history").size() - 1);
            assertEquals("AUTO_DISPATCHED", last.get("event").asText());
        } finally {
            values.put("autoDispatch", false);
            settings.update(values);
            Thread.sleep(1000);
        }
    }

    @Test
    public void tasksAndWorkloadShowAssignedWork() throws Exception {
        long technician = createEmployee("王任", "[\"轮胎\"]");
        long item = createServiceItem("四轮定位", "1.25", "[\"轮胎\"]");
        long later = openOrder();
        long sooner = openOrder();
        expect(200, put("/work-orders/" + later + "", "{\"promisedAt\":\"2099-03-06T18:00:00+08:00\"}", null));
        expect(200, put("/work-orders/" + sooner + "", "{\"promisedAt\":\"2099-03-05T18:00:00+08:00\"}", null));
        expect(201, post("/work-orders/" + later + "/labor", "{\"serviceItemId\":" + item + ",\"technicianId\":"
                + technician + "}"));
        expect(200, put("/work-orders/" + sooner, "{\"technicianIds\":[" + technician + "]}", null));

        JsonNode tasks = expect(200, get("/employees/" + technician + "/tasks"));

        assertEquals(2, tasks.get("total").asInt());
        assertEquals(sooner, tasks.get("items").get(0).get("workOrderId").asLong());
        assertEquals(later, tasks.get("items").get(1).get("workOrderId").asLong());
        assertEquals(1, tasks.get("items").get(1).get("laborLines").size());
        String technicianToken = tokenOfNewUser("wang-ren", "TECHNICIAN", technician);
        JsonNode myTasks = expect(200, callAs(technicianToken, "GET", "/me/tasks", null));
        assertEquals(tasks.get("items"), myTasks.get("items"));
        JsonNode workload = findWorkload(technician);
        assertEquals(0, new BigDecimal("1.25").compareTo(workload.get("openStandardHours").decimalValue()));
        assertEquals(2, workload.get("ordersByStatus").get("OPEN").asInt());
    }

    @Test
    public void concurrentStartsRunOneClock() throws Exception {
        long technician = createEmployee("冯快", "[\"发动机\"]");
        long first = repairOrder();
        long second = repairOrder();
        long firstLine = addLine(first, technician);
        long secondLine = addLine(second, technician);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> replies = new ArrayList<>();
                for (String path : List.of(clockPath(first, firstLine), clockPath(second, secondLine))) {
                    Callable<Integer> call = () -> {
                        start.await();
                        return post(path, "{\"action\":\"START\"}").statusCode();
                    };
                    replies.add(pool.submit(call));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> reply : replies) {
                    statuses.add(reply.get(60, TimeUnit.SECONDS));
                }
                statuses.sort(Comparator.naturalOrder());

                assertEquals("round " + round, List.of(200, 409), statuses);
                JsonNode workload = findWorkload(technician);
                assertTrue(workload.get("clockRunning").asBoolean());
                stopWhicheverRuns(first, firstLine, second, secondLine);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void clockRulesAreEnforced() throws Exception {
        long technician = createEmployee("陈严", "[\"发动机\"]");
        long order = repairOrder();
        long line = addLine(order, technician);
        long unassigned = expect(201, post("/work-orders/" + order + "/labor",
                "{\"name\":\"检查\",\"hours\":0.5,\"rate\":100}")).get("laborLines").get(1).get("id").asLong();

        expect(200, post(clockPath(order, line), "{\"action\":\"START\"}"));
        expect(409, post(clockPath(order, line), "{\"action\":\"START\"}"));
        expect(409, put("/work-orders/" + order + "/labor/" + line, "{\"technicianId\":null}", null));
        expect(409, delete("/work-orders/" + order + "/labor/" + line));
        expect(422, post(clockPath(order, unassigned), "{\"action\":\"START\"}"));
        expect(422, post(clockPath(order, line), "{\"action\":\"PAUSE\"}"));
        expect(400, post(clockPath(order, line), "{\"action\""));
        expect(404, post(clockPath(order, 999999), "{\"action\":\"START\"}"));
        JsonNode stopped = expect(200, post(clockPath(order, line), "{\"action\":\"STOP\"}"));
        assertFalse(stopped.get("running").asBoolean());
        expect(409, post(clockPath(order, line), "{\"action\":\"STOP\"}"));
        expect(200, post(clockPath(order, line), "{\"action\":\"START\"}"));

        JsonNode inspected = move(order, "{\"to\":\"INSPECTION\"}");

        assertFalse(inspected.get("laborLines").get(0).get("clockRunning").asBoolean());
        JsonNode history = inspected.get("history");
        assertEquals("CLOCK_STOPPED", history.get(history.size() - 1).get("event").asText());
        assertEquals(2, expect(200, get(clockPath(order, line))).get("intervals").size());
        expect(409, post(clockPath(order, line), "{\"action\":\"START\"}"));
        move(order, "{\"to\":\"SETTLED\",\"payment\":{\"method\":\"CASH\",\"amount\":"
                + inspected.get("totals").get("balance").decimalValue().toPlainString() + "}}");
        expect(409, post(clockPath(order, line), "{\"action\":\"START\"}"));
    }

    /** A strategy that ranks the highest employee id first. */
    static final class HighestIdFirst implements DispatchStrategy {

        static final String NAME = "highest-id-first";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public List<DispatchSuggestion> rank(DispatchRequest request) {
            return request.candidates().stream().sorted(Comparator.comparingLong(DispatchCandidate::employeeId)
                    .reversed()).map(c -> new DispatchSuggestion(c.employeeId(), BigDecimal.ONE,
                            List.of("highest id first"))).toList();
        }
    }

    private JsonNode awaitStrategy(long order, String name) throws Exception {
        JsonNode ranking = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            ranking = expect(200, get("/work-orders/" + order + "/dispatch-suggestions"));
            if (ranking.get("strategy").asText().equals(name)) {
                return ranking;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("strategy " + name + " was not used: " + ranking);
    }

    private void stopWhicheverRuns(long first, long firstLine, long second, long secondLine) throws Exception {
        HttpResponse<String> one = post(clockPath(first, firstLine), "{\"action\":\"STOP\"}");
        HttpResponse<String> other = post(clockPath(second, secondLine), "{\"action\":\"STOP\"}");
        assertEquals(200 + 409, one.statusCode() + other.statusCode());
    }

    private JsonNode findWorkload(long technician) throws Exception {
        for (JsonNode entry : expect(200, get("/workload")).get("items")) {
            if (entry.get("employeeId").asLong() == technician) {
                return entry;
            }
        }
        throw new AssertionError("technician " + technician + " is missing from the workload");
    }

    private static String clockPath(long order, long line) {
        return "/work-orders/" + order + "/labor/" + line + "/clock";
    }

    private long addLine(long order, long technician) throws Exception {
        JsonNode lines = expect(201, post("/work-orders/" + order + "/labor", "{\"name\":\"更换火花塞\",\"hours\":1,"
                + "\"rate\":100,\"technicianId\":" + technician + "}")).get("laborLines");
        return lines.get(lines.size() - 1).get("id").asLong();
    }

    private long createEmployee(String name, String skills) throws Exception {
        return expect(201, post("/employees", "{\"name\":\"" + name + "\",\"role\":\"TECHNICIAN\",\"skills\":"
                + skills + "}")).get("id").asLong();
    }

    private long createServiceItem(String name, String hours, String skills) throws Exception {
        return expect(201, post("/service-items", "{\"name\":\"" + name + "\",\"standardHours\":" + hours
                + ",\"rate\":120,\"skills\":" + skills + "}")).get("id").asLong();
    }

    private long receivedOrder() throws Exception {
        int n = PLATES.incrementAndGet();
        long customer = createCustomer("客户" + n, String.format("1390000%04d", n));
        return createOrder(createVehicle(customer, String.format("苏E%05d", n)));
    }

    private long openOrder() throws Exception {
        long order = receivedOrder();
        move(order, "{\"to\":\"OPEN\"}");
        return order;
    }

    private long repairOrder() throws Exception {
        long order = openOrder();
        move(order, "{\"to\":\"IN_REPAIR\"}");
        return order;
    }
}
