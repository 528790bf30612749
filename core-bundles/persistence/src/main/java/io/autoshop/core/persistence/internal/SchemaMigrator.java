package io.autoshop.core.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned migrations of one schema owner and records them in {@value #HISTORY_TABLE}.
 *
 * <p>Each script runs in its own transaction together with its history row, so a failed script leaves no
 * trace and is tried again on the next start. The history table is locked while a owner's scripts run, so
 * that several nodes starting at once on a shared database apply each script once.
 */
final class SchemaMigrator {

    static final String HISTORY_TABLE = "AUTOSHOP_SCHEMA_HISTORY";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the scripts of the owner that are not applied yet, in version order.
     *
     * @return the number of scripts applied
     * @throws MigrationException when a script is invalid, was changed after it was applied, or fails
     */
    int migrate(String owner, List<MigrationScript> scripts) {
        List<MigrationScript> ordered = scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version))
                .toList();
        checkScripts(owner, ordered);
        try (Connection connection = dataSource.getConnection()) {
            ensureHistoryTable(connection);
            connection.setAutoCommit(false);
            int applied = 0;
            for (MigrationScript script : ordered) {
                if (applyOne(connection, owner, script)) {
                    applied++;
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new MigrationException("Schema migration of '" + owner + "' failed: " + e.getMessage(), e);
        }
    }

    private static void checkScripts(String owner, List<MigrationScript> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            MigrationScript script = ordered.get(i);
            if (script.version() != i + 1) {
                throw new MigrationException("Migrations of '" + owner + "' must be numbered 1, 2, 3 without gaps; "
                        + "found version " + script.version() + " at position " + (i + 1));
            }
            if (script.dropsData()) {
                throw new MigrationException("Migration V" + script.version() + " of '" + owner
                        + "' drops or deletes data, which an upgrade must never do");
            }
        }
    }

    private boolean applyOne(Connection connection, String owner, MigrationScript script) throws SQLException {
        try {
            lockHistory(connection);
            Map<Integer, String> applied = appliedChecksums(connection, owner);
            String existing = applied.get(script.version());
            if (existing != null) {
                connection.rollback();
                if (!existing.equals(script.checksum())) {
                    throw new MigrationException("Migration V" + script.version() + " of '" + owner
                            + "' was changed after it was applied; add a new migration instead");
                }
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.statements()) {
                    statement.execute(sql);
                }
            }
            recordApplied(connection, owner, script);
            connection.commit();
            LOG.info("Applied schema migration V{} '{}' of '{}'", script.version(), script.description(), owner);
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void lockHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + HISTORY_TABLE + " IN EXCLUSIVE MODE");
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection, String owner) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE + " WHERE OWNER = ?")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static void recordApplied(Connection connection, String owner, MigrationScript script)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (OWNER, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, owner);
            insert.setInt(2, script.version());
            insert.setString(3, script.description());
            insert.setString(4, script.checksum());
            insert.executeUpdate();
        }
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (tableExists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY_TABLE + " (OWNER VARCHAR(64) NOT NULL, VERSION INTEGER NOT NULL,"
                    + " DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL,"
                    + " APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (OWNER, VERSION))");
            LOG.info("Created schema history table {}", HISTORY_TABLE);
        } catch (SQLException e) {
            // Another node may have created it in the meantime.
            if (!tableExists(connection)) {
                throw e;
            }
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(HISTORY_TABLE, HISTORY_TABLE.toLowerCase())) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
