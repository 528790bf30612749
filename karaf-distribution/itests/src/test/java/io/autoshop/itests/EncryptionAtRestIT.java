package io.autoshop.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.security.FieldCipher;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Creates customers with phone, ID number and address over REST, then reads every character column of every table
 * of the database directly and checks that none contains any of them in plain text. The API still returns them and
 * finds customers and orders by full phone, last four digits and ID number.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EncryptionAtRestIT extends AutoShopTestSupport {

    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String ADDRESS = "浙江省杭州市西湖区文三路90号3单元";
    private static final String LEGACY_PHONE = "13698765432";
    private static final Set<Integer> CHARACTER_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR,
            Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    /** Derby's system schemas, and PostgreSQL's when the tests run there. */
    private static final Pattern SYSTEM_SCHEMAS = Pattern.compile("SYS.*|pg_.*|information_schema");

    @Inject
    @Filter("(dataSourceName=autoshop)")
    DataSource dataSource;

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void personalDataIsEncryptedAtRest() throws Exception {
        awaitReady("/customers?limit=1");
        JsonNode created = expect(201, post("/customers", "{\"name\":\"林静\",\"phone\":\"+86 138-1234-5678\","
                + "\"idNumber\":\"11010519491231002x\",\"address\":\"" + ADDRESS + "\"}"));
        long customer = created.get("id").asLong();
        long order = createOrder(createVehicle(customer, "浙A3K7M9"));
        expect(201, post("/customers", "{\"name\":\"周强\",\"phone\":\"139 0000 1111\"}"));

        assertEquals(PHONE, created.get("phone").asText());
        assertEquals(ID_NUMBER, created.get("idNumber").asText());
        assertEquals(ADDRESS, created.get("address").asText());
        List<String> scanned = assertNoPlaintext(List.of(PHONE, "138 1234 5678", "138-1234-5678", "+8613812345678",
                "+86 138", "8613812345678", ID_NUMBER, ID_NUMBER.toLowerCase(Locale.ROOT), ADDRESS, "文三路90号"));
        assertTrue(scanned.toString(), scanned.contains("AS_CUSTOMER.PHONE_ENC"));
        assertTrue(scanned.toString(), scanned.contains("AS_CUSTOMER.ADDRESS_ENC"));
        assertTrue(scanned.toString(), scanned.contains("AS_NOTICE.PHONE"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT PHONE, PHONE_LAST4, PHONE_ENC, ID_NUMBER_ENC, ADDRESS_ENC FROM AS_CUSTOMER WHERE ID = ?")) {
            select.setLong(1, customer);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertNull(row.getString(1));
                assertNull(row.getString(2));
                assertTrue(row.getString(3), row.getString(3).startsWith("v1:"));
                assertTrue(row.getString(4), row.getString(4).startsWith("v1:"));
                assertTrue(row.getString(5), row.getString(5).startsWith("v1:"));
            }
        }

        JsonNode read = expect(200, get("/customers/" + customer));
        assertEquals(PHONE, read.get("phone").asText());
        assertEquals(ID_NUMBER, read.get("idNumber").asText());
        assertEquals(ADDRESS, read.get("address").asText());
        for (String query : List.of(PHONE, "+86 138-1234-5678", "5678", ID_NUMBER, "11010519491231002x")) {
            assertEquals(query, List.of(customer), customerIds("/customers?q=" + encode(query)));
        }
        for (String query : List.of(PHONE, "5678")) {
            JsonNode orders = expect(200, get("/work-orders?q=" + encode(query)));
            assertEquals(query, 1, orders.get("total").asInt());
            assertEquals(query, order, orders.get("items").get(0).get("id").asLong());
        }
        assertEquals(0, expect(200, get("/customers?q=13812345670")).get("total").asInt());
    }

    @Test
    public void invalidIdNumberIsRejected() throws Exception {
        awaitReady("/customers?limit=1");
        long before = expect(200, get("/customers?limit=1")).get("total").asLong();

        JsonNode problem = expect(422, post("/customers", "{\"name\":\"错号\",\"phone\":\"13711112222\","
                + "\"idNumber\":\"110105194912310021\"}"));

        assertEquals("idNumber", problem.get("errors").get(0).get("field").asText());
        assertFalse(problem.toString(), problem.toString().contains("110105194912310021"));
        assertEquals(before, expect(200, get("/customers?limit=1")).get("total").asLong());
        assertEquals(0, expect(200, get("/customers?q=13711112222")).get("total").asInt());
    }

    @Test
    public void plaintextRowIsEncryptedAtStart() throws Exception {
        awaitReady("/customers?limit=1");
        long legacy;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO AS_CUSTOMER (NAME, PHONE, "
                        + "PHONE_LAST4, CUSTOMER_TYPE, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, 0, 0, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "旧客户");
            insert.setString(2, LEGACY_PHONE);
            insert.setString(3, LEGACY_PHONE.substring(7));
            insert.setString(4, "INDIVIDUAL");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                legacy = keys.getLong(1);
            }
        }

        Bundle customerBundle = bundle("io.autoshop.autoshop-core-customer");
        customerBundle.stop(Bundle.STOP_TRANSIENT);
        customerBundle.start(Bundle.START_TRANSIENT);
        awaitReady("/customers?limit=1");

        assertNoPlaintext(List.of(LEGACY_PHONE));
        assertEquals(LEGACY_PHONE, expect(200, get("/customers/" + legacy)).get("phone").asText());
        assertEquals(List.of(legacy), customerIds("/customers?q=" + LEGACY_PHONE));
        assertEquals(List.of(legacy), customerIds("/customers?q=" + LEGACY_PHONE.substring(7)));
    }

    @Test
    public void keystoreIsOwnerOnly() throws Exception {
        awaitReady("/customers?limit=1");
        Path etc = Path.of(System.getProperty("karaf.etc"));

        for (String name : List.of("autoshop-keys.p12", "autoshop-keys.pass")) {
            Path file = etc.resolve(name);
            assertTrue(file + " is missing", Files.isRegularFile(file));
            assertEquals(name, "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    public void unreadableKeystorePublishesNoCipher() throws Exception {
        awaitReady("/customers?limit=1");
        Path keystore = Path.of(System.getProperty("karaf.etc"), "autoshop-keys.p12");
        byte[] original = Files.readAllBytes(keystore);
        Bundle crypto = bundle("io.autoshop.autoshop-core-crypto");
        byte[] damaged = original.clone();
        damaged[damaged.length / 2] ^= 0x55;

        try {
            Files.write(keystore, damaged);
            crypto.stop(Bundle.STOP_TRANSIENT);
            crypto.start(Bundle.START_TRANSIENT);
            Thread.sleep(2_000);

            assertNull(bundleContext.getServiceReference(FieldCipher.class));
            assertEquals(404, get("/customers?limit=1").statusCode());
            assertArrayEquals("the damaged keystore is left as it was", damaged, Files.readAllBytes(keystore));
        } finally {
            Files.write(keystore, original);
            crypto.stop(Bundle.STOP_TRANSIENT);
            crypto.start(Bundle.START_TRANSIENT);
        }

        awaitReady("/customers?limit=1");
        assertNotNull(bundleContext.getServiceReference(FieldCipher.class));
    }

    @Test
    public void newKeystoreDoesNotStartCustomers() throws Exception {
        awaitReady("/customers?limit=1");
        createCustomer("钱进", "13522223333");
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path aside = Files.createTempDirectory(etc, "keys-aside");
        Bundle crypto = bundle("io.autoshop.autoshop-core-crypto");

        try {
            crypto.stop(Bundle.STOP_TRANSIENT);
            for (String name : List.of("autoshop-keys.p12", "autoshop-keys.pass")) {
                Files.move(etc.resolve(name), aside.resolve(name));
            }
            crypto.start(Bundle.START_TRANSIENT);
            Thread.sleep(2_000);

            assertNotNull("a new keystore is published", bundleContext.getServiceReference(FieldCipher.class));
            assertEquals(404, get("/customers?limit=1").statusCode());
            assertEquals(404, post("/customers", "{\"name\":\"新钥\",\"phone\":\"13522224444\"}").statusCode());
        } finally {
            crypto.stop(Bundle.STOP_TRANSIENT);
            for (String name : List.of("autoshop-keys.p12", "autoshop-keys.pass")) {
                Files.move(aside.resolve(name), etc.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            crypto.start(Bundle.START_TRANSIENT);
        }

        awaitReady("/customers?limit=1");
        assertEquals(1, expect(200, get("/customers?q=13522223333")).get("total").asInt());
        assertEquals(0, expect(200, get("/customers?q=13522224444")).get("total").asInt());
    }

    /**
     * Reads every character column of every table outside the system schemas and fails on the first value that
     * contains one of the texts, then returns the columns it read as {@code TABLE.COLUMN}.
     */
    private List<String> assertNoPlaintext(List<String> texts) throws SQLException {
        List<String> scanned = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = metaData.getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    if (!SYSTEM_SCHEMAS.matcher(schema).matches()
                            && CHARACTER_TYPES.contains(rows.getInt("DATA_TYPE"))) {
                        columns.add(new String[] {schema, rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                String sql = "SELECT \"" + column[2] + "\" FROM \"" + column[0] + "\".\"" + column[1] + "\"";
                try (Statement statement = connection.createStatement(); ResultSet values = statement.executeQuery(sql)) {
                    while (values.next()) {
                        String value = values.getString(1);
                        for (String text : texts) {
                            assertFalse(column[1] + "." + column[2] + " contains '" + text + "'",
                                    value != null && value.contains(text));
                        }
                    }
                }
                // PostgreSQL reports names in lower case, Derby in upper case.
                scanned.add((column[1] + "." + column[2]).toUpperCase(Locale.ROOT));
            }
        }
        assertTrue("too few columns read: " + scanned, scanned.size() > 20);
        return scanned;
    }

    private List<Long> customerIds(String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : expect(200, get(path)).get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("Bundle " + symbolicName + " is not installed");
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
