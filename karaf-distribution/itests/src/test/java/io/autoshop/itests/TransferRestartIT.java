package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Boots Karaf twice on one database and checks that an import's record, counts and rejected rows survive the
 * restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TransferRestartIT extends AutoShopTestSupport {

    /** Evaluated once in the JVM that launches the containers, so both boots get the same database. */
    private static final File DERBY_FOLDER = new File(System.getProperty("itests.target", "target"),
            "transfer-restart-db-" + System.currentTimeMillis()).getAbsoluteFile();

    @Configuration
    public Option[] config() {
        // Pax Exam waits 10 s by default for its probe services; a loaded two-core machine needs longer to boot.
        return distribution(systemProperty("pax.exam.service.timeout").value("120000"),
                sharedDatabase(DERBY_FOLDER));
    }

    @Test
    public void step1ImportsBeforeRestart() throws Exception {
        awaitReady("/imports?limit=1");
        String csv = "客户名称,手机\n周杰,13911112222\n无号码,\n";

        long id = expect(202, upload(csv.getBytes(StandardCharsets.UTF_8))).get("id").asLong();

        assertEquals(1, id);
        JsonNode report = awaitFinished(id);
        assertEquals("COMPLETED", report.get("status").asText());
    }

    @Test
    public void step2FindsImportAfterRestart() throws Exception {
        awaitReady("/imports?limit=1");

        JsonNode report = expect(200, get("/imports/1"));

        assertEquals("COMPLETED", report.get("status").asText());
        assertEquals(100, report.get("progress").asInt());
        assertEquals(2, report.get("counts").get("read").asInt());
        assertEquals(1, report.get("counts").get("created").asInt());
        assertEquals(1, report.get("counts").get("rejected").asInt());
        assertEquals(3, report.get("rejected").get(0).get("line").asInt());
        assertEquals("缺少手机", report.get("rejected").get(0).get("reason").asText());
        assertEquals("phone", report.get("mapping").get("手机").asText());
        assertEquals(1, expect(200, get("/imports")).get("total").asInt());
    }

    private JsonNode awaitFinished(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode report = expect(200, get("/imports/" + id));
            if (!report.get("status").asText().equals("QUEUED") && !report.get("status").asText().equals("RUNNING")) {
                return report;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Import " + id + " did not finish within 2 minutes");
    }

    private HttpResponse<String> upload(byte[] content) throws Exception {
        String boundary = "----autoshop" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nCUSTOMERS\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + adminToken()).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
