package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
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
 * Boots Karaf once per test method on one database (see {@link #sharedDatabase}), so that a job clock started
 * before a full stop and start of Karaf is still running afterwards and the actual hours sum every interval.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DispatchRestartIT extends AutoShopTestSupport {

    /** Evaluated once in the JVM that launches the containers, so both boots get the same database. */
    private static final File DERBY_FOLDER = new File(System.getProperty("itests.target", "target"),
            "dispatch-restart-db-" + System.currentTimeMillis()).getAbsoluteFile();

    private static final String PHONE = "13922223333";

    @Configuration
    public Option[] config() {
        return distribution(sharedDatabase(DERBY_FOLDER));
    }

    @Test
    public void step1ClocksWorkBeforeRestart() throws Exception {
        awaitReady("/workload");
        long technician = expect(201, post("/employees", "{\"name\":\"褚久\",\"role\":\"TECHNICIAN\","
                + "\"skills\":[\"发动机\"]}")).get("id").asLong();
        long order = createOrder(createVehicle(createCustomer("卫客", PHONE), "鲁B12345"));
        move(order, "{\"to\":\"OPEN\"}");
        move(order, "{\"to\":\"IN_REPAIR\"}");
        long line = expect(201, post("/work-orders/" + order + "/labor", "{\"name\":\"大修发动机\",\"hours\":8,"
                + "\"rate\":150,\"technicianId\":" + technician + "}")).get("laborLines").get(0).get("id").asLong();
        String clock = "/work-orders/" + order + "/labor/" + line + "/clock";

        expect(200, post(clock, "{\"action\":\"START\"}"));
        Thread.sleep(1500);
        expect(200, post(clock, "{\"action\":\"STOP\"}"));
        JsonNode running = expect(200, post(clock, "{\"action\":\"START\"}"));

        assertTrue(running.get("running").asBoolean());
        assertEquals(2, running.get("intervals").size());
    }

    @Test
    public void step2ActualHoursSumIntervalsAfterRestart() throws Exception {
        java.time.Instant afterRestart = java.time.Instant.now();
        awaitReady("/workload");
        long customer = expect(200, get("/customers?q=" + PHONE)).get("items").get(0).get("id").asLong();
        long order = expect(200, get("/work-orders?customerId=" + customer)).get("items").get(0).get("id").asLong();
        long line = expect(200, get("/work-orders/" + order)).get("laborLines").get(0).get("id").asLong();
        String clock = "/work-orders/" + order + "/labor/" + line + "/clock";
        assertTrue(expect(200, get(clock)).get("running").asBoolean());

        JsonNode stopped = expect(200, post(clock, "{\"action\":\"STOP\"}"));

        assertFalse(stopped.get("running").asBoolean());
        JsonNode intervals = stopped.get("intervals");
        assertEquals(2, intervals.size());
        long millis = 0;
        for (JsonNode interval : intervals) {
            millis += Duration.between(OffsetDateTime.parse(interval.get("startedAt").asText()),
                    OffsetDateTime.parse(interval.get("stoppedAt").asText())).toMillis();
        }
        BigDecimal expected = BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000L), 2,
                RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(stopped.get("actualHours").decimalValue()));
        // The second interval was started before the restart and stopped after it.
        assertTrue(OffsetDateTime.parse(intervals.get(1).get("startedAt").asText()).toInstant().isBefore(afterRestart));
        assertTrue(millis > 0);
        JsonNode laborLine = expect(200, get("/work-orders/" + order)).get("laborLines").get(0);
        assertEquals(0, expected.compareTo(laborLine.get("actualHours").decimalValue()));
        assertFalse(laborLine.get("clockRunning").asBoolean());
    }
}
