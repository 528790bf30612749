package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Sends SQL injection and script payloads in every free-text field and as search text. Each accepted value must
 * come back byte for byte as a JSON string, searches must return only matching rows without error and without
 * changing row counts, and the HTML pages must show such text escaped or not at all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT extends AutoShopTestSupport {

    static final List<String> PAYLOADS = List.of("'; DROP TABLE CUSTOMER; --", "' OR '1'='1",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/x}", "%' --",
            "\"; DELETE FROM WORK_ORDER; --", "_%\\");

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void awaitShop() throws Exception {
        awaitReady("/health");
    }

    @Test
    public void customersKeepTextExactly() throws Exception {
        for (String payload : PAYLOADS) {
            ObjectNode body = object().put("name", payload).put("phone", phone()).put("notes", payload);

            JsonNode created = call(201, "POST", "/customers", body);
            JsonNode read = call(200, "GET", "/customers/" + created.get("id").asLong(), null);

            assertEquals(payload, read.get("name").asText());
            assertEquals(payload, read.get("notes").asText());
        }
    }

    @Test
    public void vehiclesRejectOrKeepText() throws Exception {
        long customer = call(201, "POST", "/customers", object().put("name", "注入测试车主").put("phone", phone()))
                .get("id").asLong();
        for (String payload : PAYLOADS) {
            ObjectNode badPlate = object().put("customerId", customer).put("plate", payload);
            ObjectNode badVin = object().put("customerId", customer).put("plate", plate()).put("vin", payload);
            ObjectNode text = object().put("customerId", customer).put("plate", plate()).put("make", payload)
                    .put("model", payload).put("color", payload);

            JsonNode plateProblem = call(422, "POST", "/vehicles", badPlate);
            JsonNode vinProblem = call(422, "POST", "/vehicles", badVin);
            JsonNode created = call(201, "POST", "/vehicles", text);
            JsonNode read = call(200, "GET", "/vehicles/" + created.get("id").asLong(), null);

            assertEquals("plate", plateProblem.get("errors").get(0).get("field").asText());
            assertEquals("vin", vinProblem.get("errors").get(0).get("field").asText());
            assertEquals(payload, read.get("make").asText());
            assertEquals(payload, read.get("model").asText());
            assertEquals(payload, read.get("color").asText());
        }
    }

    @Test
    public void workOrdersKeepTextExactly() throws Exception {
        long vehicle = newVehicle();
        for (String payload : PAYLOADS) {
            JsonNode created = call(201, "POST", "/work-orders", object().put("vehicleId", vehicle)
                    .put("odometerKm", 1000).put("complaint", payload));
            String path = "/work-orders/" + created.get("id").asLong();
            call(200, "PUT", path, object().put("diagnosis", payload).put("repairPlan", payload));
            JsonNode moved = call(200, "POST", path + "/transitions", object().put("to", "OPEN").put("note", payload));

            assertEquals(payload, moved.get("complaint").asText());
            assertEquals(payload, moved.get("diagnosis").asText());
            assertEquals(payload, moved.get("repairPlan").asText());
            JsonNode history = moved.get("history");
            assertEquals(payload, history.get(history.size() - 1).get("note").asText());
        }
    }

    @Test
    public void inventoryAndStaffKeepText() throws Exception {
        for (String payload : PAYLOADS) {
            int n = SEQUENCE.incrementAndGet();
            JsonNode part = call(201, "POST", "/parts", object().put("code", "INJ-" + n).put("name", payload)
                    .put("spec", payload).put("unit", "个").put("salePrice", 10));
            JsonNode supplier = call(201, "POST", "/suppliers", object().put("name", payload + n)
                    .put("contact", payload).put("leadTimeDays", 3));
            JsonNode employee = call(201, "POST", "/employees", object().put("name", payload).put("role", "ADVISOR"));
            JsonNode item = call(201, "POST", "/service-items", object().put("name", payload + n)
                    .put("standardHours", 1).put("rate", 100));

            assertEquals(payload, call(200, "GET", "/parts/" + part.get("id").asLong(), null).get("name").asText());
            assertEquals(payload, part.get("spec").asText());
            assertEquals(payload + n, supplier.get("name").asText());
            assertEquals(payload, supplier.get("contact").asText());
            assertEquals(payload, employee.get("name").asText());
            assertEquals(payload + n, item.get("name").asText());
        }
    }

    @Test
    public void skillsAndUsersRejectOrKeepText() throws Exception {
        for (String payload : PAYLOADS) {
            int n = SEQUENCE.incrementAndGet();
            HttpResponse<String> skill = post("/skills", object().put("name", payload + n).toString());
            HttpResponse<String> user = post("/users", object().put("username", payload + n)
                    .put("password", "Hostile-pass-1").put("role", "CASHIER").toString());

            assertAcceptedVerbatim(skill, "name", payload + n);
            assertAcceptedVerbatim(user, "username", payload + n);
        }
    }

    @Test
    public void searchesMatchOnlyTheirText() throws Exception {
        long vehicle = newVehicle();
        for (String payload : PAYLOADS) {
            call(201, "POST", "/customers", object().put("name", payload).put("phone", phone()));
            call(201, "POST", "/work-orders", object().put("vehicleId", vehicle).put("odometerKm", 1000)
                    .put("complaint", payload));
        }
        Map<String, Long> before = rowCounts();

        for (String payload : PAYLOADS) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            JsonNode customers = call(200, "GET", "/customers?limit=500&q=" + q, null);
            JsonNode orders = call(200, "GET", "/work-orders?limit=500&q=" + q, null);
            JsonNode parts = call(200, "GET", "/parts?limit=500&q=" + q, null);
            call(200, "GET", "/parts/locate?q=" + q, null);
            call(200, "GET", "/vehicles?plate=" + q, null);

            assertTrue(payload, customers.get("total").asInt() >= 1);
            for (JsonNode customer : customers.get("items")) {
                assertTrue(payload + " matched " + customer, customer.get("name").asText().contains(payload));
            }
            assertTrue(payload, orders.get("total").asInt() >= 1);
            for (JsonNode order : orders.get("items")) {
                assertTrue(payload + " matched " + order, order.get("complaint").asText().contains(payload));
            }
            for (JsonNode part : parts.get("items")) {
                String text = part.get("code").asText() + part.get("name").asText() + part.path("spec").asText();
                assertTrue(payload + " matched " + part, text.contains(payload));
            }
        }

        assertEquals(before, rowCounts());
    }

    @Test
    public void pagesEscapeHostileText() throws Exception {
        String script = "<script>alert(1)</script>";
        String image = "<img src=x onerror=alert(1)>";
        JsonNode order = call(201, "POST", "/work-orders", object().put("vehicleId", newVehicle())
                .put("odometerKm", 1000).put("complaint", script + image));
        String trackingUrl = order.get("trackingUrl").asText();

        HttpResponse<String> page = page(trackingUrl.substring(trackingUrl.indexOf("/track/")));
        HttpResponse<String> console = page("/console/");

        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(script));
        assertFalse(page.body().contains(image));
        assertFalse(page.body().contains("onerror=alert"));
        assertEquals(200, console.statusCode());
        assertFalse(console.body().contains(script));
        assertFalse(console.body().contains(image));
    }

    /** Returns the totals of the main lists, which show that the tables still exist and keep their rows. */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String path : List.of("/customers", "/work-orders", "/parts", "/suppliers", "/employees",
                "/service-items", "/users")) {
            JsonNode page = call(200, "GET", path + "?limit=1", null);
            counts.put(path, page.has("total") ? page.get("total").asLong() : page.size());
        }
        return counts;
    }

    private void assertAcceptedVerbatim(HttpResponse<String> response, String field, String expected)
            throws Exception {
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() == 422) {
            assertEquals(response.body(), field, body.get("errors").get(0).get("field").asText());
        } else {
            assertEquals(response.body(), 201, response.statusCode());
            assertEquals(expected, body.get(field).asText());
        }
    }

    private HttpResponse<String> page(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode call(int status, String method, String path, ObjectNode body) throws Exception {
        return expect(status, callAs(adminToken(), method, path, body == null ? null : body.toString()));
    }

    private ObjectNode object() {
        return json.createObjectNode();
    }

    private long newVehicle() throws Exception {
        long customer = call(201, "POST", "/customers", object().put("name", "注入测试").put("phone", phone()))
                .get("id").asLong();
        return call(201, "POST", "/vehicles", object().put("customerId", customer).put("plate", plate())).get("id")
                .asLong();
    }

    private static String phone() {
        return "137" + String.format("%08d", SEQUENCE.incrementAndGet());
    }

    /** Returns a new valid plate of Jiangsu, 苏B plus a letter and four digits. */
    private static String plate() {
        return "苏BJ" + String.format("%04d", SEQUENCE.incrementAndGet());
    }
}
