package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.PageRequest;
import io.autoshop.api.security.AuditLog;
import io.autoshop.core.persistence.Transactions;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Runs a work order from reception to settlement over REST and reads the audit log back. It checks every step of
 * the order with its before and after values, and the entries of the customer (phone masked), the vehicle, the
 * part and the stock movements. A rejected change leaves no entry, and the log itself cannot be changed over HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuditIT extends AutoShopTestSupport {

    /** Actor of the requests, which the test support sends as the logged-in admin. */
    private static final String ACTOR = ADMIN;

    @Inject
    AuditLog auditLog;

    @Inject
    Transactions transactions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void waitForApi() throws Exception {
        awaitReady("/audit?limit=1");
    }

    @Test
    public void workOrderRunIsAudited() throws Exception {
        long customer = createCustomer("审计客户", "138 1234 5678");
        long vehicle = createVehicle(customer, "浙B7G2K1");
        long part = createPart("AUD-1001", "45.00");
        receive(part, "10", "20.00", "AUD-LOT-A");
        long order = createOrder(vehicle);

        expect(200, put("/work-orders/" + order, "{\"diagnosis\":\"刹车片磨损\"}", null));
        long laborLine = expect(201, post("/work-orders/" + order + "/labor",
                "{\"name\":\"更换刹车片\",\"hours\":1.5,\"rate\":120.00}")).at("/laborLines/0/id").asLong();
        long partLine = expect(201, post("/work-orders/" + order + "/parts",
                "{\"partId\":" + part + ",\"quantity\":2}")).at("/partLines/0/id").asLong();
        move(order, "{\"to\":\"OPEN\"}");
        move(order, "{\"to\":\"IN_REPAIR\"}");
        move(order, "{\"to\":\"INSPECTION\"}");
        move(order, "{\"to\":\"IN_REPAIR\",\"passed\":false,\"note\":\"左前轮仍有异响\"}");
        long entriesBeforeRejected = audit("entity=work-order&id=" + order).get("total").asLong();
        expect(409, post("/work-orders/" + order + "/transitions", "{\"to\":\"SETTLED\",\"payment\":"
                + "{\"method\":\"CASH\",\"amount\":270.00}}"));
        expect(409, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":50}"));
        long entriesAfterRejected = audit("entity=work-order&id=" + order).get("total").asLong();
        move(order, "{\"to\":\"INSPECTION\"}");
        move(order, "{\"to\":\"SETTLED\",\"payment\":{\"method\":\"CASH\",\"amount\":270.00}}");

        assertEquals(entriesBeforeRejected, entriesAfterRejected);
        List<JsonNode> steps = oldestFirst(audit("entity=work-order&id=" + order + "&limit=500"));
        List<String> actions = new ArrayList<>();
        steps.forEach(step -> actions.add(step.get("action").asText()));
        assertEquals(List.of("create", "update", "add-labor", "add-part", "transition", "transition", "transition",
                "transition", "transition", "transition"), actions);
        for (JsonNode step : steps) {
            assertEquals(ACTOR, step.get("actor").asText());
            assertTrue(step.get("userId").asLong() > 0);
            assertEquals("work-order", step.get("entity").asText());
            assertEquals(order, step.get("entityId").asLong());
            assertFalse(step.get("at").asText().isEmpty());
        }

        JsonNode created = steps.get(0);
        assertEquals(0, created.get("before").size());
        assertEquals("RECEIVED", created.at("/after/status").asText());
        assertEquals(vehicle, created.at("/after/vehicleId").asLong());
        assertEquals("浙B7G2K1", created.at("/after/plate").asText());

        JsonNode updated = steps.get(1);
        assertTrue(updated.at("/before/diagnosis").isNull());
        assertEquals("刹车片磨损", updated.at("/after/diagnosis").asText());
        assertEquals(1, updated.get("before").size());
        assertEquals(1, updated.get("after").size());

        JsonNode labor = steps.get(2);
        assertEquals(laborLine, labor.at("/after/lineId").asLong());
        assertEquals("更换刹车片", labor.at("/after/name").asText());
        assertEquals("180.00", labor.at("/after/amount").asText());
        assertEquals("0.00", labor.at("/before/laborTotal").asText());
        assertEquals("180.00", labor.at("/after/laborTotal").asText());
        assertEquals("180.00", labor.at("/after/total").asText());

        JsonNode parts = steps.get(3);
        assertEquals(partLine, parts.at("/after/lineId").asLong());
        assertEquals(part, parts.at("/after/partId").asLong());
        assertEquals("2.00", parts.at("/after/quantity").asText());
        assertEquals("45.00", parts.at("/after/unitPrice").asText());
        assertEquals("90.00", parts.at("/after/partsTotal").asText());
        assertEquals("180.00", parts.at("/before/total").asText());
        assertEquals("270.00", parts.at("/after/total").asText());

        String[][] moves = {{"RECEIVED", "OPEN"}, {"OPEN", "IN_REPAIR"}, {"IN_REPAIR", "INSPECTION"},
                {"INSPECTION", "IN_REPAIR"}, {"IN_REPAIR", "INSPECTION"}, {"INSPECTION", "SETTLED"}};
        for (int i = 0; i < moves.length; i++) {
            JsonNode transition = steps.get(4 + i);
            assertEquals("transition " + i, moves[i][0], transition.at("/before/status").asText());
            assertEquals("transition " + i, moves[i][1], transition.at("/after/status").asText());
        }

        JsonNode rework = steps.get(7);
        assertEquals(0, rework.at("/before/reworkCount").asInt());
        assertEquals(1, rework.at("/after/reworkCount").asInt());
        assertEquals("Inspection failed, back to repair: 左前轮仍有异响", rework.at("/after/note").asText());

        JsonNode settled = steps.get(9);
        assertEquals("0.00", settled.at("/before/paid").asText());
        assertEquals("270.00", settled.at("/after/paid").asText());
        assertEquals("CASH", settled.at("/after/paymentMethod").asText());
        assertTrue(settled.at("/after/total").isMissingNode());
    }

    @Test
    public void customerVehiclePartAndStockAreAudited() throws Exception {
        long customer = createCustomer("李明", "13912345678");
        long vehicle = createVehicle(customer, "皖AFK8612");
        long part = createPart("AUD-2001", "45.00");
        receive(part, "10", "20.00", "AUD-LOT-B");
        long order = createOrder(vehicle);
        expect(201, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":3}"));
        expect(200, put("/parts/" + part, "{\"salePrice\":50.00}", null));

        JsonNode customerEntries = audit("entity=customer&id=" + customer);
        assertEquals(1, customerEntries.get("total").asLong());
        JsonNode createdCustomer = customerEntries.at("/items/0");
        assertEquals("create", createdCustomer.get("action").asText());
        assertEquals(ACTOR, createdCustomer.get("actor").asText());
        assertEquals("李明", createdCustomer.at("/after/name").asText());
        assertEquals("139****5678", createdCustomer.at("/after/phone").asText());
        assertFalse(get("/audit?limit=500").body().contains("13912345678"));

        List<JsonNode> vehicleEntries = oldestFirst(audit("entity=vehicle&id=" + vehicle));
        assertEquals(2, vehicleEntries.size());
        assertEquals("create", vehicleEntries.get(0).get("action").asText());
        assertEquals("皖AFK8612", vehicleEntries.get(0).at("/after/plate").asText());
        assertEquals("update", vehicleEntries.get(1).get("action").asText());
        assertTrue(vehicleEntries.get(1).at("/before/odometerKm").isNull());
        assertEquals(45200, vehicleEntries.get(1).at("/after/odometerKm").asInt());

        List<JsonNode> partEntries = oldestFirst(audit("entity=part&id=" + part));
        assertEquals(2, partEntries.size());
        assertEquals("create", partEntries.get(0).get("action").asText());
        assertEquals("45.00", partEntries.get(0).at("/after/salePrice").asText());
        JsonNode priceChange = partEntries.get(1);
        assertEquals("update", priceChange.get("action").asText());
        assertEquals("45.00", priceChange.at("/before/salePrice").asText());
        assertEquals("50.00", priceChange.at("/after/salePrice").asText());
        assertEquals(1, priceChange.get("after").size());

        List<JsonNode> movements = new ArrayList<>();
        for (JsonNode entry : oldestFirst(audit("entity=stock-movement&limit=500"))) {
            if (entry.at("/after/partId").asLong() == part) {
                movements.add(entry);
            }
        }
        assertEquals(2, movements.size());
        assertEquals("receipt", movements.get(0).get("action").asText());
        assertEquals("10.00", movements.get(0).at("/after/quantity").asText());
        assertEquals("20.00", movements.get(0).at("/after/unitCost").asText());
        assertEquals("AUD-LOT-B", movements.get(0).at("/after/batch").asText());
        assertEquals("issue", movements.get(1).get("action").asText());
        assertEquals("-3.00", movements.get(1).at("/after/quantity").asText());
        assertEquals(order, movements.get(1).at("/after/workOrderId").asLong());
        assertEquals("7.00", movements.get(1).at("/after/remaining").asText());
    }

    @Test
    public void rolledBackChangeLeavesNoEntry() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> transactions.required(em -> {
            auditLog.record("rollback-probe", 1, "create", Map.of(), Map.of("name", "rolled back"));
            throw new IllegalStateException("the change fails after its audit entry");
        }));
        transactions.required(em -> {
            auditLog.record("rollback-probe", 2, "create", Map.of(), Map.of("name", "committed"));
            return null;
        });

        assertEquals("the change fails after its audit entry", failure.getMessage());
        assertEquals("system", auditLog.find("rollback-probe", 2L, PageRequest.of(10, 0)).items().get(0).actor());
        assertEquals(0, auditLog.find("rollback-probe", 1L, PageRequest.of(10, 0)).total());
        assertEquals(1, auditLog.find("rollback-probe", 2L, PageRequest.of(10, 0)).total());
        assertEquals("committed", auditLog.find("rollback-probe", 2L, PageRequest.of(10, 0)).items().get(0).after()
                .get("name"));
    }

    @Test
    public void auditLogRejectsChanges() throws Exception {
        createCustomer("赵磊", "13712345678");
        JsonNode before = audit("limit=500");

        List<HttpResponse<String>> refused = List.of(put("/audit", "{}", null), post("/audit", "{}"),
                delete("/audit"));
        for (HttpResponse<String> response : refused) {
            assertEquals(405, expect(405, response).get("status").asInt());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        long firstId = before.at("/items/0/id").asLong();
        expect(404, put("/audit/" + firstId, "{}", null));
        expect(404, delete("/audit/" + firstId));

        JsonNode after = audit("limit=500");
        assertEquals(before.get("total").asLong(), after.get("total").asLong());
        assertEquals(before.get("items"), after.get("items"));
    }

    @Test
    public void invalidQueryIsRejected() throws Exception {
        for (String query : List.of("entity=Work_Order", "id=1", "entity=customer&id=abc", "limit=0",
                "limit=501", "offset=-1")) {
            JsonNode problem = expect(422, get("/audit?" + query));
            assertEquals(query, 422, problem.get("status").asInt());
        }
    }

    private JsonNode audit(String query) throws Exception {
        return expect(200, get("/audit?" + query));
    }

    private static List<JsonNode> oldestFirst(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        Collections.reverse(items);
        return items;
    }
}
