package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the searches of the work-order and customer services read through an index, on an embedded Derby
 * with the real migrations and a few thousand rows. Each query has the shape of the SQL that EclipseLink generates
 * from the services' JPQL, with bound parameters and Derby's OFFSET/FETCH paging. The plans come from Derby's
 * runtime statistics.
 */
class SearchIndexUsageTest {

    private static final int CUSTOMERS = 2_000;
    private static final int VEHICLES = 2_500;
    private static final int ORDERS = 5_000;
    private static final int ORDERS_PER_DAY = 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private static final long FIRST_DAY_MILLIS = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final long DAY_MILLIS = 86_400_000L;
    private static final String[] COMPLAINTS = {"刹车异响，踩下去发软", "发动机故障灯亮", "空调不制冷", "保养：更换机油和机滤",
        "左前轮胎鼓包", "变速箱换挡顿挫"};
    private static final Pattern VERSIONED_SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final String PAGE = " OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
    private static final String ORDER_COLUMNS = "ID, ORDER_NUMBER, STATUS, CUSTOMER_ID, VEHICLE_ID, PLATE, COMPLAINT,"
            + " RECEIVED_AT, PROMISED_AT, STATUS_SINCE, TOTAL, PAID, REWORK_COUNT, VERSION";
    private static final String ORDER_SORT = " ORDER BY RECEIVED_AT DESC, ID DESC";
    /** Upper bound of rows one scan may visit, because each search matches at most 50 of thousands of rows. */
    private static final int MAX_ROWS_VISITED = 100;
    private static final Pattern ROWS_VISITED = Pattern.compile("Number of rows visited=(\\d+)");

    static {
        // Derby writes derby.log into the working directory unless derby.stream.error.file names another file.
        System.setProperty("derby.stream.error.file", Paths.get("target", "derby.log").toString());
    }

    @TempDir
    static Path folder;

    private static EmbeddedDataSource dataSource;

    /** Row count of one query and Derby's description of the plan that produced the rows. */
    private record Execution(int rows, String plan) {
    }

    @BeforeAll
    static void createDatabase() throws SQLException, IOException, URISyntaxException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            runScripts(connection, Paths.get("..", "customer", "src", "main", "resources", "db", "migration",
                    "customer"));
            URL workOrderScripts = SearchIndexUsageTest.class.getResource("/db/migration/workorder");
            runScripts(connection, Paths.get(workOrderScripts.toURI()));

            connection.setAutoCommit(false);
            insertCustomers(connection);
            insertVehicles(connection);
            insertOrders(connection);
            connection.commit();
            connection.setAutoCommit(true);

            for (String table : List.of("AS_CUSTOMER", "AS_VEHICLE", "AS_WORK_ORDER")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                }
            }
        }
    }

    @AfterAll
    static void shutdownDatabase() throws SQLException {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(folder.resolve("db").toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database with SQL state 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    @Test
    void orderNumberPrefixUsesUniqueConstraint() throws SQLException {
        String where = " FROM AS_WORK_ORDER WHERE ORDER_NUMBER LIKE ?";

        Execution page = execute("SELECT " + ORDER_COLUMNS + where + ORDER_SORT + PAGE, "WO20260305%");
        Execution count = execute("SELECT COUNT(ID)" + where, "WO20260305%");

        assertEquals(20, page.rows());
        assertReadsThrough(page, "AS_WORK_ORDER", "AS_WORK_ORDER_NUMBER_UQ");
        assertReadsThrough(count, "AS_WORK_ORDER", "AS_WORK_ORDER_NUMBER_UQ");
        assertVisitsFewRows(page);
        assertVisitsFewRows(count);
    }

    @Test
    void orderNumberLookupUsesUniqueConstraint() throws SQLException {
        Execution lookup = execute("SELECT " + ORDER_COLUMNS + " FROM AS_WORK_ORDER WHERE ORDER_NUMBER = ?",
                "WO20260305-0007");

        assertEquals(1, lookup.rows());
        assertReadsThrough(lookup, "AS_WORK_ORDER", "AS_WORK_ORDER_NUMBER_UQ");
        assertVisitsFewRows(lookup);
    }

    @Test
    void orderPlateUsesPlateIndex() throws SQLException {
        String where = " FROM AS_WORK_ORDER WHERE PLATE = ?";

        Execution page = execute("SELECT " + ORDER_COLUMNS + where + ORDER_SORT + PAGE, plate(1_234));
        Execution count = execute("SELECT COUNT(ID)" + where, plate(1_234));

        assertEquals(2, page.rows());
        assertReadsThrough(page, "AS_WORK_ORDER", "AS_WORK_ORDER_PLATE_IX");
        assertReadsThrough(count, "AS_WORK_ORDER", "AS_WORK_ORDER_PLATE_IX");
        assertVisitsFewRows(page);
        assertVisitsFewRows(count);
    }

    @Test
    void orderCustomerUsesCustomerIndex() throws SQLException {
        String where = " FROM AS_WORK_ORDER WHERE CUSTOMER_ID = ?";

        Execution page = execute("SELECT " + ORDER_COLUMNS + where + ORDER_SORT + PAGE, 734L);
        Execution count = execute("SELECT COUNT(ID)" + where, 734L);

        assertTrue(page.rows() > 0);
        assertReadsThrough(page, "AS_WORK_ORDER", "AS_WORK_ORDER_CUSTOMER_IX");
        assertReadsThrough(count, "AS_WORK_ORDER", "AS_WORK_ORDER_CUSTOMER_IX");
        assertVisitsFewRows(page);
        assertVisitsFewRows(count);
    }

    @Test
    void orderCustomerListUsesCustomerIndex() throws SQLException {
        String where = " FROM AS_WORK_ORDER WHERE CUSTOMER_ID IN (?, ?, ?)";

        Execution page = execute("SELECT " + ORDER_COLUMNS + where + ORDER_SORT + PAGE, 11L, 734L, 1_999L);
        Execution count = execute("SELECT COUNT(ID)" + where, 11L, 734L, 1_999L);

        assertTrue(page.rows() > 0);
        assertReadsThrough(page, "AS_WORK_ORDER", "AS_WORK_ORDER_CUSTOMER_IX");
        assertReadsThrough(count, "AS_WORK_ORDER", "AS_WORK_ORDER_CUSTOMER_IX");
        assertVisitsFewRows(page);
        assertVisitsFewRows(count);
    }

    @Test
    void complaintSearchScansTable() throws SQLException {
        Execution page = execute("SELECT " + ORDER_COLUMNS + " FROM AS_WORK_ORDER"
                + " WHERE (COMPLAINT LIKE ? ESCAPE '\\' OR DIAGNOSIS LIKE ? ESCAPE '\\')" + ORDER_SORT + PAGE,
                "%刹车%", "%刹车%");

        assertEquals(20, page.rows());
        assertTrue(page.plan().contains("Table Scan ResultSet for AS_WORK_ORDER "), page.plan());
        assertTrue(maxRowsVisited(page) > MAX_ROWS_VISITED, page.plan());
    }

    @Test
    void customerPhoneUsesUniqueConstraint() throws SQLException {
        String where = " FROM AS_CUSTOMER WHERE PHONE_KEY = ?";

        Execution ids = execute("SELECT ID" + where + " OFFSET 0 ROWS FETCH NEXT 500 ROWS ONLY",
                searchKey("phone", phone(734)));
        Execution page = execute("SELECT ID, NAME, PHONE_ENC, CUSTOMER_TYPE, NOTES, VERSION" + where
                + " ORDER BY ID DESC" + PAGE, searchKey("phone", phone(734)));

        assertEquals(1, ids.rows());
        assertReadsThrough(ids, "AS_CUSTOMER", "AS_CUSTOMER_PHONE_KEY_UQ");
        assertReadsThrough(page, "AS_CUSTOMER", "AS_CUSTOMER_PHONE_KEY_UQ");
        assertVisitsFewRows(ids);
        assertVisitsFewRows(page);
    }

    @Test
    void customerLastFourDigitsUseIndex() throws SQLException {
        String lastFour = searchKey("phone-last4", phone(734).substring(7));
        String where = " FROM AS_CUSTOMER WHERE PHONE_LAST4_KEY = ?";

        Execution ids = execute("SELECT ID" + where + " OFFSET 0 ROWS FETCH NEXT 500 ROWS ONLY", lastFour);
        Execution page = execute("SELECT ID, NAME, PHONE_ENC, CUSTOMER_TYPE, NOTES, VERSION" + where
                + " ORDER BY ID DESC" + PAGE, lastFour);

        assertTrue(ids.rows() > 0);
        assertReadsThrough(ids, "AS_CUSTOMER", "AS_CUSTOMER_PHONE_LAST4_KEY_IX");
        assertReadsThrough(page, "AS_CUSTOMER", "AS_CUSTOMER_PHONE_LAST4_KEY_IX");
        assertVisitsFewRows(ids);
        assertVisitsFewRows(page);
    }

    @Test
    void customerPlateUsesVehiclePlateIndex() throws SQLException {
        Execution ids = execute("SELECT DISTINCT t0.ID FROM AS_CUSTOMER t0, AS_VEHICLE t1"
                + " WHERE t1.CUSTOMER_ID = t0.ID AND t1.PLATE = ? OFFSET 0 ROWS FETCH NEXT 500 ROWS ONLY", plate(1_234));

        assertEquals(1, ids.rows());
        assertReadsThrough(ids, "AS_VEHICLE", "AS_VEHICLE_PLATE_CUSTOMER_IX");
        assertFalse(ids.plan().contains("Table Scan ResultSet for AS_CUSTOMER "), ids.plan());
        assertVisitsFewRows(ids);
    }

    @Test
    void vehiclePlateUsesPlateIndex() throws SQLException {
        Execution vehicle = execute("SELECT ID, CUSTOMER_ID, PLATE, VIN FROM AS_VEHICLE WHERE PLATE = ?"
                + " ORDER BY ID DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", plate(1_234));

        assertEquals(1, vehicle.rows());
        assertReadsThrough(vehicle, "AS_VEHICLE", "AS_VEHICLE_PLATE_CUSTOMER_IX");
        assertVisitsFewRows(vehicle);
    }

    /**
     * Asserts that the plan reads the table through the index or unique constraint, by an index scan or by a hash
     * scan built from the index, and never through a heap scan of the table.
     */
    private static void assertReadsThrough(Execution execution, String table, String index) {
        String plan = execution.plan();
        boolean throughIndex = plan.contains("ResultSet for " + table + " using index " + index + " ");
        boolean throughConstraint = plan.contains("ResultSet for " + table + " using constraint " + index + " ");
        assertTrue(throughIndex || throughConstraint, "expected a read of " + table + " through " + index + ":\n"
                + plan);
        assertFalse(plan.contains("Table Scan ResultSet for " + table + " "), plan);
        assertFalse(plan.contains("Hash Scan ResultSet for " + table + " at "), plan);
    }

    /**
     * Asserts that no scan of the plan visits more than {@value #MAX_ROWS_VISITED} rows, which a scan of a whole
     * table or index would.
     */
    private static void assertVisitsFewRows(Execution execution) {
        assertTrue(maxRowsVisited(execution) <= MAX_ROWS_VISITED, execution.plan());
    }

    private static int maxRowsVisited(Execution execution) {
        Matcher matcher = ROWS_VISITED.matcher(execution.plan());
        int max = 0;
        while (matcher.find()) {
            max = Math.max(max, Integer.parseInt(matcher.group(1)));
        }
        return max;
    }

    /**
     * Runs a query with runtime statistics on, reads all rows and returns Derby's plan of it.
     */
    private static Execution execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            int rows = 0;
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                result.next();
                return new Execution(rows, result.getString(1));
            }
        }
    }

    /**
     * Runs the versioned scripts of one folder in version order, splitting statements at semicolons that end a
     * line as the schema migrator does.
     */
    private static void runScripts(Connection connection, Path folder) throws IOException, SQLException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(file -> VERSIONED_SCRIPT.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(SearchIndexUsageTest::versionOf)).toList();
        }
        assertFalse(scripts.isEmpty(), "no migration scripts in " + folder.toAbsolutePath());
        for (Path script : scripts) {
            for (String sql : statementsOf(Files.readString(script, StandardCharsets.UTF_8))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static int versionOf(Path script) {
        Matcher matcher = VERSIONED_SCRIPT.matcher(script.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a versioned migration: " + script);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static List<String> statementsOf(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            statement.append(trimmed).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(statement.substring(0, statement.lastIndexOf(";")));
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString());
        }
        return statements;
    }

    private static String phone(int customer) {
        return String.format("139%08d", customer * 7_919L % 100_000_000L);
    }

    private static String plate(int vehicle) {
        return "京A" + (10_000 + vehicle);
    }

    /**
     * Returns a stand-in for the field cipher's search key: SHA-256 in hex, the same length and spread as the
     * HMAC-SHA256 keys the shop stores.
     */
    private static String searchKey(String purpose, String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((purpose + "\0" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertCustomers(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AS_CUSTOMER (ID, NAME, PHONE_KEY,"
                + " PHONE_LAST4_KEY, CUSTOMER_TYPE, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int id = 1; id <= CUSTOMERS; id++) {
                String phone = phone(id);
                insert.setLong(1, id);
                insert.setString(2, "客户" + id);
                insert.setString(3, searchKey("phone", phone));
                insert.setString(4, searchKey("phone-last4", phone.substring(phone.length() - 4)));
                insert.setString(5, id % 10 == 0 ? "BUSINESS" : "PERSONAL");
                insert.setLong(6, FIRST_DAY_MILLIS);
                insert.setLong(7, FIRST_DAY_MILLIS);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts the vehicles. Vehicle n belongs to customer ((n - 1) mod CUSTOMERS) + 1, so 500 customers own two. */
    private static void insertVehicles(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AS_VEHICLE (ID, CUSTOMER_ID, PLATE,"
                + " ACTIVE_PLATE, PLATE_TYPE, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int id = 1; id <= VEHICLES; id++) {
                insert.setLong(1, id);
                insert.setLong(2, customerOf(id));
                insert.setString(3, plate(id));
                insert.setString(4, plate(id));
                insert.setString(5, "SMALL_CAR");
                insert.setLong(6, FIRST_DAY_MILLIS);
                insert.setLong(7, FIRST_DAY_MILLIS);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long customerOf(int vehicle) {
        return (vehicle - 1) % CUSTOMERS + 1;
    }

    /**
     * Inserts {@value #ORDERS_PER_DAY} orders a day from 2026-03-01 on, two for each vehicle, so 2026-03-05 has
     * orders WO20260305-0001 to WO20260305-0050.
     */
    private static void insertOrders(Connection connection) throws SQLException {
        BigDecimal total = new BigDecimal("480.00");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AS_WORK_ORDER (ORDER_NUMBER, STATUS,"
                + " CUSTOMER_ID, VEHICLE_ID, PLATE, ODOMETER_KM, COMPLAINT, RECEIVED_AT, STATUS_SINCE, LABOR_TOTAL,"
                + " PARTS_TOTAL, DISCOUNT, TOTAL, PAID, REWORK_COUNT, VERSION, CREATED_AT, UPDATED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
            for (int n = 0; n < ORDERS; n++) {
                int day = n / ORDERS_PER_DAY;
                int vehicle = n % VEHICLES + 1;
                long receivedAt = FIRST_DAY_MILLIS + day * DAY_MILLIS + (n % ORDERS_PER_DAY) * 600_000L;
                insert.setString(1, OrderNumbers.format(FIRST_DAY.plusDays(day), n % ORDERS_PER_DAY + 1));
                insert.setString(2, n < ORDERS - 200 ? "DELIVERED" : "IN_PROGRESS");
                insert.setLong(3, customerOf(vehicle));
                insert.setLong(4, vehicle);
                insert.setString(5, plate(vehicle));
                insert.setInt(6, 10_000 + n * 7 % 150_000);
                insert.setString(7, COMPLAINTS[n % COMPLAINTS.length]);
                insert.setLong(8, receivedAt);
                insert.setLong(9, receivedAt);
                insert.setBigDecimal(10, new BigDecimal("200.00"));
                insert.setBigDecimal(11, new BigDecimal("280.00"));
                insert.setBigDecimal(12, BigDecimal.ZERO);
                insert.setBigDecimal(13, total);
                insert.setBigDecimal(14, total);
                insert.setLong(15, receivedAt);
                insert.setLong(16, receivedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
