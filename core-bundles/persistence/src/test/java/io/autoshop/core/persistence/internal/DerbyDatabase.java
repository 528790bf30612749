package io.autoshop.core.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded Derby database in a test's temporary folder, with small JDBC helpers for the checks.
 */
final class DerbyDatabase {

    static {
        // Derby writes derby.log into the working directory unless derby.stream.error.file names another file.
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toString());
    }

    private final Path directory;
    private final EmbeddedDataSource dataSource;

    DerbyDatabase(Path parent) {
        this.directory = parent.resolve("db");
        this.dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toString());
        dataSource.setCreateDatabase("create");
    }

    EmbeddedDataSource dataSource() {
        return dataSource;
    }

    /**
     * Shuts the database down, so that the temporary folder can be deleted. Derby reports a clean shutdown
     * with SQL state 08006.
     */
    void shutdown() throws SQLException {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(directory.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    List<String> queryStrings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
