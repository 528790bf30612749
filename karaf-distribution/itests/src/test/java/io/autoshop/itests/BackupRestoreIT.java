package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Backs up a shop while orders are being written, then restores the backup into a fresh shop with
 * {@code autoshop:restore} and compares every table's row count and content checksum with the backup. Both methods
 * share the backup folder outside the Karaf folders; each boot gets its own empty database under its Karaf data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class BackupRestoreIT extends AutoShopTestSupport {

    /** Evaluated in the JVM that launches the containers and handed to them as a system property. */
    private static final File LAUNCHER_WORK = new File(System.getProperty("itests.target", "target"),
            "backup-restore-" + System.currentTimeMillis()).getAbsoluteFile();
    private static final String WORK_PROPERTY = "itests.backupWork";
    private static final String KNOWN_PHONE = "13700001234";
    private static final String KNOWN_PLATE = "浙A5B7C9";
    private static final int LOADED_ORDERS = 15;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @Filter("(dataSourceName=autoshop)")
    DataSource dataSource;

    @Inject
    @Filter("(osgi.jdbc.driver.name=derby)")
    DataSourceFactory derby;

    @Configuration
    public Option[] config() {
        String backups = new File(LAUNCHER_WORK, "backups").getPath();
        return distribution(editConfigurationFilePut("etc/io.autoshop.backup.cfg", "directory", backups),
                editConfigurationFilePut("etc/io.autoshop.backup.cfg", "intervalHours", "0"),
                systemProperty(WORK_PROPERTY).value(LAUNCHER_WORK.getPath()));
    }

    @Test
    public void step1BacksUpWhileOrdersAreWritten() throws Exception {
        awaitReady("/backups");
        Path work = Path.of(System.getProperty(WORK_PROPERTY));
        long part = createPart("BK-0001", "35.00");
        receive(part, "100", "20.00", "LOT-BK");
        long known = createOrder(createVehicle(createCustomer("陈静", KNOWN_PHONE), KNOWN_PLATE));
        expect(201, post("/work-orders/" + known + "/parts", "{\"partId\":" + part + ",\"quantity\":2}"));
        String knownNumber = expect(200, get("/work-orders/" + known)).get("number").asText();
        for (int i = 0; i < LOADED_ORDERS; i++) {
            createOrder(createVehicle(createCustomer("客户" + i, phone(i)), plate(i)));
        }

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 100; !stop.get(); i++) {
                    createOrder(createVehicle(createCustomer("并发" + i, phone(i)), plate(i)));
                    written.incrementAndGet();
                }
            } catch (Throwable e) {
                writerError.set(e);
            }
        }, "order-writer");
        writer.start();
        awaitCount(written, 3);

        int writtenBefore = written.get();
        JsonNode started = expect(202, post("/backups", ""));
        String id = started.get("id").asText();
        assertEquals("RUNNING", started.get("status").asText());
        JsonNode backup = awaitBackup(id);
        int writtenAfter = written.get();
        awaitCount(written, writtenAfter + 2);
        stop.set(true);
        writer.join(30_000);
        if (writerError.get() != null) {
            throw new AssertionError("order writer failed", writerError.get());
        }

        assertEquals(backup.toString(), "COMPLETED", backup.get("status").asText());
        assertTrue(backup.get("sizeBytes").asLong() > 0);
        assertTrue(backup.get("databaseVersion").asText().startsWith("10.14"));
        Map<String, TableChecksums.TableSum> sums = checksumsOfBackup(work.resolve("backups").resolve(id),
                work.resolve("verify"));
        long ordersInBackup = sums.get("AS_WORK_ORDER").rows();
        assertTrue("orders in backup " + ordersInBackup + ", written before it " + writtenBefore,
                ordersInBackup >= 1 + LOADED_ORDERS + writtenBefore);
        assertTrue("orders in backup " + ordersInBackup + ", written until it completed " + writtenAfter,
                ordersInBackup <= 1 + LOADED_ORDERS + writtenAfter + 1);
        assertTrue(ordersInBackup < 1 + LOADED_ORDERS + written.get());

        TableChecksums.store(sums, work.resolve("expected.properties"));
        Properties backupFacts = new Properties();
        backupFacts.setProperty("id", id);
        backupFacts.setProperty("knownNumber", knownNumber);
        try (OutputStream out = Files.newOutputStream(work.resolve("backup.properties"))) {
            backupFacts.store(out, null);
        }
        JsonNode listed = expect(200, get("/backups"));
        assertEquals(1, listed.get("total").asInt());
        assertEquals(id, listed.get("items").get(0).get("id").asText());
    }

    @Test
    public void step2RestoresIntoFreshShop() throws Exception {
        awaitReady("/backups");
        Path work = Path.of(System.getProperty(WORK_PROPERTY));
        Properties backupFacts = new Properties();
        try (InputStream in = Files.newInputStream(work.resolve("backup.properties"))) {
            backupFacts.load(in);
        }
        Map<String, TableChecksums.TableSum> expected = TableChecksums.load(work.resolve("expected.properties"));
        assertEquals(0, expect(200, get("/customers?limit=1")).get("total").asInt());

        String output = shell("autoshop:restore " + backupFacts.getProperty("id"));

        assertTrue(output, output.contains("Restored backup " + backupFacts.getProperty("id")));
        awaitReady("/backups");
        Map<String, TableChecksums.TableSum> restored;
        try (Connection connection = dataSource.getConnection()) {
            restored = TableChecksums.of(connection);
        }
        assertEquals(expected.keySet(), restored.keySet());
        for (String table : expected.keySet()) {
            if (table.equals("AS_AUTH_TOKEN")) {
                // Every login adds a row, and this test logs in again on the restored database.
                assertTrue(restored.get(table).rows() >= expected.get(table).rows());
                continue;
            }
            assertEquals(table + " rows", expected.get(table).rows(), restored.get(table).rows());
            assertEquals(table + " checksum", expected.get(table).sha256(), restored.get(table).sha256());
        }

        JsonNode customers = expect(200, get("/customers?q=" + KNOWN_PHONE));
        assertEquals(1, customers.get("total").asInt());
        JsonNode orders = expect(200, get("/work-orders?customerId=" + customers.get("items").get(0).get("id")));
        assertEquals(1, orders.get("total").asInt());
        JsonNode order = expect(200, get("/work-orders/" + orders.get("items").get(0).get("id")));
        assertEquals(backupFacts.getProperty("knownNumber"), order.get("number").asText());
        assertEquals(KNOWN_PLATE, order.get("plate").asText());
        assertEquals(1, order.get("partLines").size());
        assertEquals(expected.get("AS_WORK_ORDER").rows(), expect(200, get("/work-orders?limit=1")).get("total")
                .asLong());

        String refused = shell("autoshop:restore " + backupFacts.getProperty("id"));
        assertTrue(refused, refused.contains("contains data"));
    }

    /**
     * Copies the Derby database of a backup and opens the copy as a separate embedded database, so that the backup
     * itself stays untouched, and returns the checksums of its tables.
     */
    private Map<String, TableChecksums.TableSum> checksumsOfBackup(Path backup, Path copy) throws Exception {
        Path database = backup.resolve("autoshop");
        assertTrue(database + " is missing", Files.isRegularFile(database.resolve("service.properties")));
        try (Stream<Path> paths = Files.walk(database)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(database.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Driver driver = derby.createDriver(null);
        String url = "jdbc:derby:" + copy;
        try (Connection connection = driver.connect(url, new Properties())) {
            assertNotNull(connection);
            return TableChecksums.of(connection);
        } finally {
            try {
                driver.connect(url + ";shutdown=true", new Properties());
            } catch (SQLException e) {
                assertEquals(e.getMessage(), "08006", e.getSQLState());
            }
            deleteTree(copy);
        }
    }

    private JsonNode awaitBackup(String id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode backup : expect(200, get("/backups")).get("items")) {
                if (backup.get("id").asText().equals(id) && !backup.get("status").asText().equals("RUNNING")) {
                    return backup;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Backup " + id + " did not finish within 120 s");
    }

    private static void awaitCount(AtomicInteger count, int expected) throws InterruptedException {
        for (int i = 0; i < 600 && count.get() < expected; i++) {
            Thread.sleep(100);
        }
        assertTrue("orders written: " + count.get(), count.get() >= expected);
    }

    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            session.execute(command);
        } catch (Exception e) {
            out.println(e.getMessage());
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String phone(int i) {
        return String.format("139%08d", i);
    }

    /** Returns a valid Zhejiang plate; the letters skip I and O, which plates do not use. */
    private static String plate(int i) {
        List<String> letters = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K");
        return "浙B" + letters.get(i % 10) + String.format("%04d", i);
    }
}
