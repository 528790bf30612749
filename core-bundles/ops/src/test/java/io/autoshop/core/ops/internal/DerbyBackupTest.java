package io.autoshop.core.ops.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.ConflictException;
import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backs up, lists, prunes and restores a real embedded Derby database in a temporary folder.
 */
class DerbyBackupTest {

    static {
        // Derby writes derby.log into the working directory unless derby.stream.error.file names another file.
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toString());
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path temp;

    private String url;
    private EmbeddedDataSource dataSource;
    private BackupFolder folder;

    @BeforeEach
    void createDatabase() throws SQLException {
        url = "jdbc:derby:" + temp.resolve("db").resolve("autoshop");
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(temp.resolve("db").resolve("autoshop").toString());
        dataSource.setCreateDatabase("create");
        execute("CREATE TABLE AUTOSHOP_SCHEMA_HISTORY (OWNER VARCHAR(40), VERSION INT)");
        execute("INSERT INTO AUTOSHOP_SCHEMA_HISTORY VALUES ('customer', 1), ('customer', 2), ('workorder', 1)");
        execute("CREATE TABLE AS_CUSTOMER (ID BIGINT PRIMARY KEY, NAME VARCHAR(40))");
        folder = new BackupFolder(temp.resolve("backups"));
    }

    @AfterEach
    void shutdown() throws SQLException {
        DerbyDatabase.shutdown(new EmbeddedDriver(), url);
    }

    @Test
    void inspectReadsDerbyUrl() throws SQLException {
        DerbyDatabase.Info info = DerbyDatabase.inspect(dataSource);

        assertEquals(url, info.url());
        assertTrue(info.version().startsWith("10.14"), info.version());
    }

    @Test
    void inspectRejectsOtherDatabase() throws SQLException {
        DataSource other = new ForeignDataSource(dataSource, "PostgreSQL", "jdbc:postgresql://127.0.0.1/shop");

        ConflictException e = assertThrows(ConflictException.class, () -> DerbyDatabase.inspect(other));
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void inspectRejectsDerbyNetworkClient() {
        DataSource client = new ForeignDataSource(dataSource, "Apache Derby", "jdbc:derby://127.0.0.1:1527/shop");

        assertThrows(ConflictException.class, () -> DerbyDatabase.inspect(client));
    }

    @Test
    void dataCountsListExistingTables() throws SQLException {
        execute("INSERT INTO AS_CUSTOMER VALUES (1, 'a'), (2, 'b')");

        assertEquals(Map.of("AS_CUSTOMER", 2L), DerbyDatabase.dataCounts(dataSource));
    }

    @Test
    void backupCompletesWithMetadata() throws Exception {
        execute("INSERT INTO AS_CUSTOMER VALUES (1, '张伟')");

        Backup backup = backUp(Instant.parse("2026-03-05T02:30:00Z"));

        assertEquals("autoshop-20260305-103000", backup.id());
        assertEquals(BackupStatus.COMPLETED, backup.status());
        assertTrue(backup.sizeBytes() > 0);
        assertTrue(backup.databaseVersion().startsWith("10.14"));
        assertTrue(Files.isRegularFile(folder.root().resolve(backup.id()).resolve("autoshop/service.properties")));
        assertFalse(Files.exists(folder.partial(backup.id())));
        Map<String, Integer> schema = BackupFolder.schemaVersions(
                BackupFolder.metadata(folder.root().resolve(backup.id())).orElseThrow());
        assertEquals(Map.of("customer", 2, "workorder", 1), schema);
    }

    @Test
    void idsOfSameSecondDiffer() throws Exception {
        Instant now = Instant.parse("2026-03-05T02:30:00Z");
        Backup first = backUp(now);

        assertEquals(first.id() + "-2", folder.newId(now, ZONE));
    }

    @Test
    void listSkipsPartialAndForeignFolders() throws Exception {
        Backup backup = backUp(Instant.parse("2026-03-05T02:30:00Z"));
        Files.createDirectories(folder.partial("autoshop-20260306-000000"));
        Files.createDirectories(folder.root().resolve("autoshop-empty"));

        assertEquals(List.of(backup.id()), folder.list().stream().map(Backup::id).toList());
    }

    @Test
    void pruneKeepsNewest() throws Exception {
        backUp(Instant.parse("2026-03-01T02:30:00Z"));
        Backup second = backUp(Instant.parse("2026-03-02T02:30:00Z"));
        Backup third = backUp(Instant.parse("2026-03-03T02:30:00Z"));

        List<String> deleted = folder.prune(2);

        assertEquals(List.of("autoshop-20260301-103000"), deleted);
        assertEquals(List.of(third.id(), second.id()), folder.list().stream().map(Backup::id).toList());
    }

    @Test
    void locateAcceptsIdOrAbsolutePathOnly() throws Exception {
        Backup backup = backUp(Instant.parse("2026-03-05T02:30:00Z"));
        Path path = folder.root().resolve(backup.id());

        assertEquals(path, folder.locate(backup.id()).orElseThrow());
        assertEquals(path, folder.locate(path.toString()).orElseThrow());
        assertTrue(folder.locate("../db").isEmpty());
        assertTrue(folder.locate("autoshop-19990101-000000").isEmpty());
    }

    @Test
    void restoreFromReplacesDatabase() throws Exception {
        execute("INSERT INTO AS_CUSTOMER VALUES (1, 'in backup')");
        Backup backup = backUp(Instant.parse("2026-03-05T02:30:00Z"));
        execute("INSERT INTO AS_CUSTOMER VALUES (2, 'after backup')");
        EmbeddedDriver driver = new EmbeddedDriver();

        DerbyDatabase.shutdown(driver, url);
        DerbyDatabase.restoreFrom(driver, url,
                BackupFolder.database(folder.root().resolve(backup.id())).orElseThrow());

        assertEquals(Map.of("AS_CUSTOMER", 1L), DerbyDatabase.dataCounts(dataSource));
    }

    private Backup backUp(Instant startedAt) throws Exception {
        String id = folder.newId(startedAt, ZONE);
        Files.createDirectories(folder.partial(id));
        DerbyDatabase.backup(dataSource, folder.partial(id));
        return folder.complete(id, startedAt, startedAt.plusSeconds(3), DerbyDatabase.inspect(dataSource).version(),
                DerbyDatabase.schemaVersions(dataSource));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
