package io.autoshop.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    private static final MigrationScript V1 = MigrationScript.parse("V1__create_shop_customer.sql", """
            -- Customers of the test shop.
            CREATE TABLE SHOP_CUSTOMER (
                ID INTEGER NOT NULL PRIMARY KEY,
                NAME VARCHAR(40) NOT NULL
            );
            """);
    private static final MigrationScript V2 = MigrationScript.parse("V2__index_customer_name.sql",
            "CREATE INDEX SHOP_CUSTOMER_NAME_IX ON SHOP_CUSTOMER (NAME);\n");
    private static final MigrationScript V3 = MigrationScript.parse("V3__add_customer_phone.sql", """
            ALTER TABLE SHOP_CUSTOMER ADD COLUMN PHONE VARCHAR(20);
            CREATE INDEX SHOP_CUSTOMER_PHONE_IX ON SHOP_CUSTOMER (PHONE);
            """);

    private static final String HISTORY_COUNT =
            "SELECT COUNT(*) FROM " + SchemaMigrator.HISTORY_TABLE + " WHERE OWNER = ?";

    @TempDir
    Path folder;

    private DerbyDatabase database;
    private SchemaMigrator migrator;

    @BeforeEach
    void createDatabase() {
        database = new DerbyDatabase(folder);
        migrator = new SchemaMigrator(database.dataSource());
    }

    @AfterEach
    void shutdownDatabase() throws SQLException {
        database.shutdown();
    }

    @Test
    void firstRunAppliesAllScripts() throws SQLException {
        int applied = migrator.migrate("customer", List.of(V1, V2));

        assertEquals(2, applied);
        assertTrue(database.tableExists("SHOP_CUSTOMER"));
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void firstRunRecordsDescriptionAndChecksum() throws SQLException {
        String history = " FROM " + SchemaMigrator.HISTORY_TABLE + " WHERE OWNER = ? ORDER BY VERSION";

        migrator.migrate("customer", List.of(V1, V2));

        assertEquals(List.of("create shop customer", "index customer name"),
                database.queryStrings("SELECT DESCRIPTION" + history, "customer"));
        assertEquals(List.of(V1.checksum(), V2.checksum()),
                database.queryStrings("SELECT CHECKSUM" + history, "customer"));
    }

    @Test
    void secondRunAppliesNothing() throws SQLException {
        migrator.migrate("customer", List.of(V1, V2));

        int applied = migrator.migrate("customer", List.of(V1, V2));

        assertEquals(0, applied);
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void scriptsRunInVersionOrder() throws SQLException {
        int applied = migrator.migrate("customer", List.of(V2, V1));

        assertEquals(2, applied);
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void newScriptIsAppliedAlone() throws SQLException {
        migrator.migrate("customer", List.of(V1, V2));

        int applied = migrator.migrate("customer", List.of(V1, V2, V3));

        assertEquals(1, applied);
        assertEquals(3, database.queryLong(HISTORY_COUNT, "customer"));
        assertEquals(0, database.queryLong("SELECT COUNT(*) FROM SHOP_CUSTOMER WHERE PHONE IS NOT NULL"));
    }

    @Test
    void dataSurvivesLaterMigration() throws SQLException {
        migrator.migrate("customer", List.of(V1, V2));
        database.execute("INSERT INTO SHOP_CUSTOMER (ID, NAME) VALUES (7, '王师傅')");

        migrator.migrate("customer", List.of(V1, V2, V3));

        assertEquals(List.of("王师傅"), database.queryStrings("SELECT NAME FROM SHOP_CUSTOMER WHERE ID = 7"));
    }

    @Test
    void changedAppliedScriptIsRejected() throws SQLException {
        migrator.migrate("customer", List.of(V1, V2));
        MigrationScript changedV1 = MigrationScript.parse("V1__create_shop_customer.sql",
                "CREATE TABLE SHOP_CUSTOMER (ID INTEGER NOT NULL PRIMARY KEY, NAME VARCHAR(80) NOT NULL);");

        MigrationException error = assertThrows(MigrationException.class,
                () -> migrator.migrate("customer", List.of(changedV1, V2, V3)));

        assertTrue(error.getMessage().contains("V1"), error.getMessage());
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
        assertThrows(SQLException.class, () -> database.queryLong("SELECT COUNT(PHONE) FROM SHOP_CUSTOMER"));
    }

    @Test
    void reformattedAppliedScriptIsAccepted() throws SQLException {
        migrator.migrate("customer", List.of(V1, V2));
        MigrationScript reformattedV1 = MigrationScript.parse("V1__create_shop_customer.sql",
                "CREATE TABLE SHOP_CUSTOMER (\n  ID INTEGER NOT NULL PRIMARY KEY,  NAME VARCHAR(40) NOT NULL\n);");

        int applied = migrator.migrate("customer", List.of(reformattedV1, V2, V3));

        assertEquals(1, applied);
    }

    @Test
    void gapInVersionsIsRejected() throws SQLException {
        MigrationScript v3 = MigrationScript.parse("V3__index_customer_name.sql", V2.sql());

        MigrationException error = assertThrows(MigrationException.class,
                () -> migrator.migrate("customer", List.of(V1, v3)));

        assertTrue(error.getMessage().contains("without gaps"), error.getMessage());
        assertFalse(database.tableExists("SHOP_CUSTOMER"));
    }

    @Test
    void duplicateVersionIsRejected() throws SQLException {
        MigrationScript otherV1 = MigrationScript.parse("V1__create_other.sql", "CREATE TABLE OTHER (ID INTEGER);");

        assertThrows(MigrationException.class, () -> migrator.migrate("customer", List.of(V1, otherV1)));

        assertFalse(database.tableExists("SHOP_CUSTOMER"));
    }

    @Test
    void dataLossRejectsWholeRun() throws SQLException {
        MigrationScript dropping = MigrationScript.parse("V2__drop_name.sql",
                "ALTER TABLE SHOP_CUSTOMER DROP COLUMN NAME;");

        MigrationException error = assertThrows(MigrationException.class,
                () -> migrator.migrate("customer", List.of(V1, dropping)));

        assertTrue(error.getMessage().contains("V2"), error.getMessage());
        assertFalse(database.tableExists("SHOP_CUSTOMER"));
    }

    @Test
    void columnDropWithoutKeywordIsRejected() throws SQLException {
        migrator.migrate("customer", List.of(V1));
        database.execute("INSERT INTO SHOP_CUSTOMER (ID, NAME) VALUES (7, '王师傅')");
        MigrationScript dropping = MigrationScript.parse("V2__drop_name.sql", "ALTER TABLE SHOP_CUSTOMER DROP NAME;");

        assertThrows(MigrationException.class, () -> migrator.migrate("customer", List.of(V1, dropping)));

        assertEquals(List.of("王师傅"), database.queryStrings("SELECT NAME FROM SHOP_CUSTOMER WHERE ID = 7"));
        assertEquals(1, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void failedScriptLeavesNoTrace() throws SQLException {
        MigrationScript broken = MigrationScript.parse("V2__create_shop_vehicle.sql", """
                CREATE TABLE SHOP_VEHICLE (ID INTEGER NOT NULL PRIMARY KEY, PLATE VARCHAR(16) NOT NULL);
                CREATE INDEX SHOP_VEHICLE_PLATE_IX ON SHOP_VEHICEL (PLATE);
                """);

        MigrationException error = assertThrows(MigrationException.class,
                () -> migrator.migrate("customer", List.of(V1, broken)));

        assertInstanceOf(SQLException.class, error.getCause());
        assertTrue(database.tableExists("SHOP_CUSTOMER"));
        assertFalse(database.tableExists("SHOP_VEHICLE"));
        assertEquals(1, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void fixedScriptAppliesOnNextRun() throws SQLException {
        MigrationScript broken = MigrationScript.parse("V2__create_shop_vehicle.sql", """
                CREATE TABLE SHOP_VEHICLE (ID INTEGER NOT NULL PRIMARY KEY, PLATE VARCHAR(16) NOT NULL);
                CREATE INDEX SHOP_VEHICLE_PLATE_IX ON SHOP_VEHICEL (PLATE);
                """);
        MigrationScript fixed = MigrationScript.parse("V2__create_shop_vehicle.sql", """
                CREATE TABLE SHOP_VEHICLE (ID INTEGER NOT NULL PRIMARY KEY, PLATE VARCHAR(16) NOT NULL);
                CREATE INDEX SHOP_VEHICLE_PLATE_IX ON SHOP_VEHICLE (PLATE);
                """);
        assertThrows(MigrationException.class, () -> migrator.migrate("customer", List.of(V1, broken)));

        int applied = migrator.migrate("customer", List.of(V1, fixed));

        assertEquals(1, applied);
        assertTrue(database.tableExists("SHOP_VEHICLE"));
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
    }

    @Test
    void ownersKeepSeparateHistories() throws SQLException {
        MigrationScript orderV1 = MigrationScript.parse("V1__create_shop_order.sql",
                "CREATE TABLE SHOP_ORDER (ID INTEGER NOT NULL PRIMARY KEY, CUSTOMER_ID INTEGER NOT NULL);");
        migrator.migrate("customer", List.of(V1, V2));

        int applied = migrator.migrate("workorder", List.of(orderV1));

        assertEquals(1, applied);
        assertTrue(database.tableExists("SHOP_ORDER"));
        assertEquals(2, database.queryLong(HISTORY_COUNT, "customer"));
        assertEquals(1, database.queryLong(HISTORY_COUNT, "workorder"));
        assertEquals(0, migrator.migrate("customer", List.of(V1, V2)));
        assertEquals(0, migrator.migrate("workorder", List.of(orderV1)));
    }

    @Test
    void ownerWithoutScriptsAppliesNothing() throws SQLException {
        int applied = migrator.migrate("staff", List.of());

        assertEquals(0, applied);
        assertTrue(database.tableExists(SchemaMigrator.HISTORY_TABLE));
    }
}
