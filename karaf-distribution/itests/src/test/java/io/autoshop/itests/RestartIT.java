package io.autoshop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigDecimal;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * Boots Karaf once per test method on one database (a Derby folder outside the Karaf folder, or the class's
 * PostgreSQL database), so that the second method reads what the first stored after a full stop and start of Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT extends AutoShopTestSupport {

    /** Evaluated once in the JVM that launches the containers, so both boots get the same database. */
    private static final File DERBY_FOLDER = new File(System.getProperty("itests.target", "target"),
            "restart-db-" + System.currentTimeMillis()).getAbsoluteFile();

    private static final String PHONE = "13911112222";

    @Configuration
    public Option[] config() {
        return distribution(sharedDatabase(DERBY_FOLDER));
    }

    @Test
    public void step1StoresOrderBeforeRestart() throws Exception {
        awaitReady("/work-orders?limit=1");
        long vehicle = createVehicle(createCustomer("周杰", PHONE), "川A24680D");
        long part = createPart("RS-5001", "88.00");
        receive(part, "3", "50.00", "LOT-R");
        long order = createOrder(vehicle);
        expect(201, post("/work-orders/" + order + "/parts", "{\"partId\":" + part + ",\"quantity\":2}"));
        move(order, "{\"to\":\"OPEN\"}");

        assertEquals("OPEN", expect(200, get("/work-orders/" + order)).get("status").asText());
    }

    @Test
    public void step2FindsOrderAfterRestart() throws Exception {
        awaitReady("/work-orders?limit=1");

        JsonNode customers = expect(200, get("/customers?q=" + PHONE));
        assertEquals(1, customers.get("total").asInt());
        JsonNode orders = expect(200, get("/work-orders?customerId=" + customers.get("items").get(0).get("id")));
        assertEquals(1, orders.get("total").asInt());
        JsonNode order = expect(200, get("/work-orders/" + orders.get("items").get(0).get("id")));
        assertEquals("OPEN", order.get("status").asText());
        assertEquals("川A24680D", order.get("plate").asText());
        assertEquals(1, order.get("partLines").size());
        JsonNode parts = expect(200, get("/parts?q=RS-5001"));
        assertEquals(0, BigDecimal.ONE.compareTo(parts.get("items").get(0).get("onHand").decimalValue()));

        long vehicle = createVehicle(customers.get("items").get(0).get("id").asLong(), "川A13579F");
        JsonNode second = expect(201, post("/work-orders", "{\"vehicleId\":" + vehicle
                + ",\"odometerKm\":1200,\"complaint\":\"充电口无法解锁\"}"));
        assertEquals(order.get("number").asText().substring(0, 11), second.get("number").asText().substring(0, 11));
    }
}
