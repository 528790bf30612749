package io.autoshop.core.ops.internal;

import io.autoshop.api.ConflictException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * JDBC work on the shop's embedded Derby database: online backup, the facts recorded with a backup, and the
 * shutdown and {@code restoreFrom} boot that replace the database with a backup.
 */
final class DerbyDatabase {

    /** SQL state of a successful shutdown of one Derby database. */
    static final String SHUTDOWN_STATE = "08006";

    /** Tables whose rows make a shop "in use", so that a restore must not replace it without force. */
    static final String[] DATA_TABLES = {"AS_CUSTOMER", "AS_VEHICLE", "AS_PART", "AS_WORK_ORDER"};

    private static final String DERBY_PRODUCT = "Apache Derby";
    private static final String EMBEDDED_PREFIX = "jdbc:derby:";

    /**
     * Product version and connection URL without attributes, for example {@code jdbc:derby:/shop/data/derby/autoshop}.
     */
    record Info(String version, String url) {
    }

    private DerbyDatabase() {
    }

    /**
     * Returns the version and URL of the database behind the data source.
     *
     * @throws ConflictException if the database is not an embedded Derby database
     */
    static Info inspect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String url = meta.getURL();
            if (!DERBY_PRODUCT.equals(meta.getDatabaseProductName()) || url == null
                    || !url.startsWith(EMBEDDED_PREFIX) || url.startsWith(EMBEDDED_PREFIX + "//")) {
                throw new ConflictException("Backup and restore work only on the embedded Derby database, but the shop "
                        + "uses " + meta.getDatabaseProductName() + " at " + url + ". Back it up with that "
                        + "database's own tools.");
            }
            int attributes = url.indexOf(';');
            return new Info(meta.getDatabaseProductVersion(), attributes < 0 ? url : url.substring(0, attributes));
        }
    }

    /**
     * Copies the open database into the folder with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, which Derby runs while
     * other connections keep reading and writing. The copy is consistent as of one point in time, and Derby puts it
     * into a sub-folder named after the database.
     */
    static void backup(DataSource dataSource, Path folder) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
    }

    /**
     * Returns the newest applied migration of each schema owner.
     */
    static Map<String, Integer> schemaVersions(DataSource dataSource) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!tableExists(connection, "AUTOSHOP_SCHEMA_HISTORY")) {
                return versions;
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT OWNER, MAX(VERSION) FROM AUTOSHOP_SCHEMA_HISTORY GROUP BY OWNER")) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return versions;
    }

    /**
     * Returns the row count of each of the {@link #DATA_TABLES} that exists.
     */
    static Map<String, Long> dataCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : DATA_TABLES) {
                if (tableExists(connection, table)) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rows.next();
                        counts.put(table, rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Shuts the database down, which closes every connection to it.
     */
    static void shutdown(Driver driver, String url) throws SQLException {
        try {
            Connection connection = driver.connect(url + ";shutdown=true", new Properties());
            if (connection != null) {
                connection.close();
            }
            throw new SQLException("Derby did not report the shutdown of " + url);
        } catch (SQLException e) {
            if (!SHUTDOWN_STATE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Boots the database with {@code restoreFrom}, so that Derby deletes it and copies the backup in its place. The
     * database must be shut down.
     * NOTE: a database booted again since the shutdown is connected to without a restore. Any warning on the
     * connection is therefore treated as a failed restore, and the caller retries.
     *
     * @param database the database folder inside the backup, the one with {@code service.properties}
     */
    static void restoreFrom(Driver driver, String url, Path database) throws SQLException {
        try (Connection connection = driver.connect(url + ";restoreFrom=" + database.toAbsolutePath(),
                new Properties())) {
            SQLWarning warning = connection.getWarnings();
            if (warning != null) {
                throw new SQLException("Derby did not restore " + url + " from " + database + ": "
                        + warning.getMessage(), warning.getSQLState());
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT),
                new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
