package io.autoshop.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.Assume;
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
 * Imports the legacy sample files of samples/legacy-export over HTTP and checks the counts that its README lists,
 * then exports the data. Each method boots a fresh shop with an empty database, so the second method imports the
 * first one's exports into an empty shop and checks that exporting again gives the same files.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TransferApiIT extends AutoShopTestSupport {

    /** Evaluated in the launching JVM and passed to both containers as system properties. */
    private static final File SAMPLES = new File(System.getProperty("itests.target", "target"),
            "../../../samples/legacy-export").getAbsoluteFile();
    private static final File EXPORTS = new File(System.getProperty("itests.target", "target"),
            "transfer-exports-" + System.currentTimeMillis()).getAbsoluteFile();

    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(6);

    /** File, kind and the counts read, created, updated, unchanged, rejected of a first import. */
    private static final List<Object[]> SAMPLE_IMPORTS = List.of(
            new Object[] {"customers.csv", "CUSTOMERS", new int[] {688, 640, 0, 20, 28}},
            new Object[] {"vehicles.xlsx", "VEHICLES", new int[] {732, 700, 0, 15, 17}},
            new Object[] {"parts.csv", "PARTS", new int[] {278, 260, 0, 10, 8}},
            new Object[] {"work-orders.xlsx", "WORK_ORDERS", new int[] {542, 520, 0, 10, 12}});

    private static final Map<String, String> EXPORT_PATHS = Map.of("CUSTOMERS", "customers", "VEHICLES", "vehicles",
            "PARTS", "parts", "WORK_ORDERS", "work-orders");

    /** Keys shared by the boots on PostgreSQL, where every boot of the class uses the class's one database. */
    private static final File POSTGRESQL_KEYS = new File(System.getProperty("itests.target", "target"),
            "transfer-keys-" + System.currentTimeMillis()).getAbsoluteFile();

    @Configuration
    public Option[] config() {
        // Pax Exam waits 10 s by default for its probe services; a loaded two-core machine needs longer to boot.
        return distribution(systemProperty("pax.exam.service.timeout").value("120000"),
                systemProperty("itests.transfer.samples").value(SAMPLES.getPath()),
                systemProperty("itests.transfer.exports").value(EXPORTS.getPath()),
                isPostgresql() ? sharedDatabase(POSTGRESQL_KEYS) : composite());
    }

    @Test
    public void step1ImportsSamplesAndExports() throws Exception {
        awaitReady("/imports?limit=1");
        File samples = new File(System.getProperty("itests.transfer.samples"));

        JsonNode dryRun = runImport(Files.readAllBytes(new File(samples, "customers.csv").toPath()), "customers.csv",
                "CUSTOMERS", true, null);
        assertCounts(dryRun, new int[] {688, 640, 0, 20, 28});
        assertTrue(dryRun.get("dryRun").asBoolean());
        assertEquals("a dry run writes nothing", 0, expect(200, get("/customers?limit=1")).get("total").asInt());

        for (Object[] sample : SAMPLE_IMPORTS) {
            byte[] content = Files.readAllBytes(new File(samples, (String) sample[0]).toPath());
            JsonNode report = runImport(content, (String) sample[0], (String) sample[1], false, null);
            assertCounts(report, (int[]) sample[2]);
        }
        assertEquals(640, expect(200, get("/customers?limit=1")).get("total").asInt());
        assertEquals(520, expect(200, get("/work-orders?limit=1")).get("total").asInt());

        JsonNode parts = expect(200, get("/parts?limit=500"));
        BigDecimal stockBefore = totalOnHand(parts);
        assertTrue("opening stock was received", stockBefore.signum() > 0);

        for (Object[] sample : SAMPLE_IMPORTS) {
            byte[] content = Files.readAllBytes(new File(samples, (String) sample[0]).toPath());
            JsonNode again = runImport(content, (String) sample[0], (String) sample[1], false, null);
            int[] first = (int[]) sample[2];
            assertCounts(again, new int[] {first[0], 0, 0, first[1] + first[3], first[4]});
        }
        assertEquals("a second import adds no stock", 0,
                stockBefore.compareTo(totalOnHand(expect(200, get("/parts?limit=500")))));

        File exports = new File(System.getProperty("itests.transfer.exports"));
        assertTrue(exports.mkdirs() || exports.isDirectory());
        for (Object[] sample : SAMPLE_IMPORTS) {
            String kind = (String) sample[1];
            int records = ((int[]) sample[2])[1];
            byte[] csv = download("/exports/" + EXPORT_PATHS.get(kind) + "?format=csv", "text/csv");
            byte[] xlsx = download("/exports/" + EXPORT_PATHS.get(kind) + "?format=xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertEquals("UTF-8 byte order mark", 0xEF, csv[0] & 0xFF);
            assertEquals(kind + " rows plus header", records + 1, lineCount(csv));
            Files.write(new File(exports, kind + ".csv").toPath(), csv);
            Files.write(new File(exports, kind + ".xlsx").toPath(), xlsx);

            JsonNode back = runImport(xlsx, kind + ".xlsx", kind, false, null);
            assertCounts(back, new int[] {records, 0, 0, records, 0});
        }
    }

    @Test
    public void step2ExportImportsIntoEmptyShop() throws Exception {
        // On PostgreSQL every boot of a test class uses the class's one database, so only Derby gives an empty shop.
        Assume.assumeFalse("needs an empty database per boot", isPostgresql());
        awaitReady("/imports?limit=1");
        File exports = new File(System.getProperty("itests.transfer.exports"));
        assertEquals(0, expect(200, get("/customers?limit=1")).get("total").asInt());

        for (Object[] sample : SAMPLE_IMPORTS) {
            String kind = (String) sample[1];
            int records = ((int[]) sample[2])[1];
            byte[] csv = Files.readAllBytes(new File(exports, kind + ".csv").toPath());
            JsonNode report = runImport(csv, kind + ".csv", kind, false, null);
            assertCounts(report, new int[] {records, records, 0, 0, 0});
        }

        for (Object[] sample : SAMPLE_IMPORTS) {
            String kind = (String) sample[1];
            byte[] original = Files.readAllBytes(new File(exports, kind + ".csv").toPath());
            byte[] reproduced = download("/exports/" + EXPORT_PATHS.get(kind) + "?format=csv", "text/csv");
            assertEquals(kind + " export of the new shop", new String(original, StandardCharsets.UTF_8),
                    new String(reproduced, StandardCharsets.UTF_8));
            assertArrayEquals(kind + " bytes", original, reproduced);
        }
    }

    @Test
    public void step3ReportLanguageAndBadUploads() throws Exception {
        awaitReady("/imports?limit=1");
        String csv = "姓名,手机\n王伟,13800138000\n李娜,12345\n王伟,13800138000\n";

        JsonNode report = runImport(csv.getBytes(StandardCharsets.UTF_8), "c.csv", "CUSTOMERS", false, null);
        assertCounts(report, new int[] {3, 1, 0, 1, 1});
        assertEquals("name", report.get("mapping").get("姓名").asText());
        assertEquals(3, report.get("rejected").get(0).get("line").asInt());
        assertTrue(report.toString(), report.get("rejected").get(0).get("reason").asText().startsWith("手机无效"));
        JsonNode english = json.readTree(http.send(HttpRequest.newBuilder(URI.create(BASE + "/imports/"
                + report.get("id").asLong())).header("Accept-Language", "en-US,en;q=0.9")
                .header("Authorization", "Bearer " + adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertTrue(english.toString(), english.get("rejected").get(0).get("reason").asText()
                .startsWith("Phone is invalid"));

        String changed = "客户名称,手机,备注\n王伟,13800138000,老客户\n";
        JsonNode update = runImport(changed.getBytes(StandardCharsets.UTF_8), "c2.csv", "CUSTOMERS", false, null);
        assertCounts(update, new int[] {1, 0, 1, 0, 0});

        String mapped = "联系人,联系方式\n赵敏,13900139000\n";
        JsonNode withMapping = runImport(mapped.getBytes(StandardCharsets.UTF_8), "c3.csv", "CUSTOMERS", false,
                "{\"联系人\":\"name\",\"联系方式\":\"phone\"}");
        assertCounts(withMapping, new int[] {1, 1, 0, 0, 0});

        HttpResponse<String> missing = upload("x,y\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv", "CUSTOMERS",
                false, null);
        assertEquals(missing.body(), 422, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("客户名称 (name)"));
        HttpResponse<String> badKind = upload(csv.getBytes(StandardCharsets.UTF_8), "c.csv", "CARS", false, null);
        assertEquals(badKind.body(), 422, badKind.statusCode());
        HttpResponse<String> badZip = upload(new byte[] {'P', 'K', 3, 4, 0, 0}, "c.xlsx", "CUSTOMERS", false, null);
        assertEquals(badZip.body(), 422, badZip.statusCode());
        HttpResponse<String> badMapping = upload(mapped.getBytes(StandardCharsets.UTF_8), "c.csv", "CUSTOMERS",
                false, "{not json");
        assertEquals(badMapping.body(), 422, badMapping.statusCode());
        assertEquals(404, get("/imports/999999").statusCode());
        assertEquals(422, get("/exports/customers?format=pdf").statusCode());
        assertEquals(404, get("/exports/cars").statusCode());

        String advisor = tokenOfNewUser("advisor1", "ADVISOR", null);
        assertEquals(403, callAs(advisor, "GET", "/exports/customers?format=csv", null).statusCode());
        assertEquals(403, callAs(advisor, "GET", "/imports/" + report.get("id").asLong(), null).statusCode());
        assertEquals(401, callAs(null, "GET", "/imports?limit=1", null).statusCode());
    }

    @Test
    public void step4HistoricalOrderKeepsNumberAndStock() throws Exception {
        awaitReady("/imports?limit=1");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String number = "WO" + today.replace("-", "") + "-0005";
        runImport("客户名称,手机\n钱多多,13600136000\n".getBytes(StandardCharsets.UTF_8), "c.csv", "CUSTOMERS", false,
                null);
        runImport("车牌号,车主手机,里程\n浙A12345,13600136000,5000\n".getBytes(StandardCharsets.UTF_8), "v.csv",
                "VEHICLES", false, null);
        runImport(("配件编码,配件名称,单位,销售价,期初数量,成本价\nOIL-1,机油,桶,¥300.00,10,￥200\n")
                .getBytes(StandardCharsets.UTF_8), "p.csv", "PARTS", false, null);
        String orders = "工单号,车牌号,进厂日期,结算日期,故障描述,工时明细,配件明细,优惠,合计,付款方式\n"
                + number + ",浙A12345," + today + "," + today + ",保养,更换机油|0.5|80;检查|1|0,OIL-1|2|300,"
                + "¥10.00,\"¥630.00\",微信\n"
                + "LG-0001,浙A12345,2020年5月6日,2020/5/7,刹车异响,更换刹车片|1|150,,,150,\n";

        JsonNode report = runImport(orders.getBytes(StandardCharsets.UTF_8), "o.csv", "WORK_ORDERS", false, null);

        assertCounts(report, new int[] {2, 2, 0, 0, 0});
        JsonNode part = expect(200, get("/parts?q=OIL-1")).get("items").get(0);
        assertEquals("historical orders move no stock", 0, new BigDecimal("10").compareTo(part.get("onHand")
                .decimalValue()));
        long vehicle = expect(200, get("/vehicles?plate=%E6%B5%99A12345")).get("items").get(0).get("id").asLong();
        JsonNode history = expect(200, get("/vehicles/" + vehicle + "/history"));
        assertEquals(2, history.get("total").asInt());
        JsonNode found = expect(200, get("/work-orders?q=" + number)).get("items");
        assertEquals(1, found.size());
        JsonNode order = expect(200, get("/work-orders/" + found.get(0).get("id").asLong()));
        assertEquals("SETTLED", order.get("status").asText());
        assertEquals(0, new BigDecimal("630.00").compareTo(order.get("totals").get("total").decimalValue()));
        assertEquals(0, new BigDecimal("630.00").compareTo(order.get("totals").get("paid").decimalValue()));
        assertEquals("WECHAT", order.get("payments").get(0).get("method").asText());
        assertEquals(2, order.get("laborLines").size());
        assertEquals(1, order.get("partLines").size());

        JsonNode created = expect(201, post("/work-orders", "{\"vehicleId\":" + vehicle
                + ",\"odometerKm\":6000,\"complaint\":\"空调不凉\"}"));
        assertEquals("the shop's sequence continues after the imported number",
                "WO" + today.replace("-", "") + "-0006", created.get("number").asText());
    }

    private JsonNode runImport(byte[] content, String fileName, String kind, boolean dryRun, String mapping)
            throws Exception {
        HttpResponse<String> started = upload(content, fileName, kind, dryRun, mapping);
        long id = expect(202, started).get("id").asLong();
        long deadline = System.nanoTime() + IMPORT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode report = expect(200, get("/imports/" + id));
            String status = report.get("status").asText();
            if (status.equals("COMPLETED")) {
                assertEquals(100, report.get("progress").asInt());
                return report;
            }
            if (status.equals("FAILED")) {
                throw new AssertionError("Import " + id + " of " + fileName + " failed: " + report);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Import " + id + " of " + fileName + " did not finish within " + IMPORT_TIMEOUT);
    }

    private void assertCounts(JsonNode report, int[] expected) {
        JsonNode counts = report.get("counts");
        String context = report.get("fileName").asText() + " " + counts + " rejected " + report.get("rejected");
        assertEquals("read: " + context, expected[0], counts.get("read").asInt());
        assertEquals("created: " + context, expected[1], counts.get("created").asInt());
        assertEquals("updated: " + context, expected[2], counts.get("updated").asInt());
        assertEquals("unchanged: " + context, expected[3], counts.get("unchanged").asInt());
        assertEquals("rejected: " + context, expected[4], counts.get("rejected").asInt());
        assertEquals("rejected rows: " + context, expected[4], report.get("rejected").size());
    }

    private HttpResponse<String> upload(byte[] content, String fileName, String kind, boolean dryRun, String mapping)
            throws Exception {
        String boundary = "----autoshop" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "kind", kind);
        field(body, boundary, "dryRun", String.valueOf(dryRun));
        if (mapping != null) {
            field(body, boundary, "mapping", mapping);
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + adminToken())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private byte[] download(String path, String expectedType) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + adminToken()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(path, 200, response.statusCode());
        assertTrue(path, response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType));
        assertTrue(path, response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return response.body();
    }

    private static int lineCount(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return text.split("\r\n", -1).length - 1;
    }

    private static BigDecimal totalOnHand(JsonNode parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode part : parts.get("items")) {
            total = total.add(part.get("onHand").decimalValue());
        }
        return total;
    }
}
