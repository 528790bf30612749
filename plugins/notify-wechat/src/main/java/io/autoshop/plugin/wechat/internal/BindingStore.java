package io.autoshop.plugin.wechat.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The plugin's own table {@code AS_PLUGIN_WECHAT_BINDING} (customer id to OpenID), kept with plain JDBC on the
 * shop's data source because plugins see only the plugin API, not the core's persistence unit. The table is
 * created when missing and never dropped, so bindings survive an uninstall.
 */
final class BindingStore {

    static final String TABLE = "AS_PLUGIN_WECHAT_BINDING";

    private final DataSource dataSource;

    BindingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (tableExists(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE " + TABLE + " (CUSTOMER_ID BIGINT NOT NULL PRIMARY KEY, "
                        + "OPEN_ID VARCHAR(64) NOT NULL, BOUND_AT BIGINT NOT NULL)");
            } catch (SQLException e) {
                // Another thread created it first: Derby reports X0Y32, PostgreSQL 42P07 or 23505.
                if (!tableExists(connection)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Looks the table up under its name as written and in lower case, because PostgreSQL stores unquoted names in
     * lower case while Derby stores them in upper case.
     */
    private static boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<String> openId(long customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT OPEN_ID FROM " + TABLE + " WHERE CUSTOMER_ID = ?")) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    void bind(long customerId, String openId, long now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET OPEN_ID = ?, BOUND_AT = ? WHERE CUSTOMER_ID = ?")) {
                update.setString(1, openId);
                update.setLong(2, now);
                update.setLong(3, customerId);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (CUSTOMER_ID, OPEN_ID, BOUND_AT) VALUES (?, ?, ?)")) {
                insert.setLong(1, customerId);
                insert.setString(2, openId);
                insert.setLong(3, now);
                insert.executeUpdate();
            }
        }
    }

    boolean unbind(long customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + TABLE + " WHERE CUSTOMER_ID = ?")) {
            delete.setLong(1, customerId);
            return delete.executeUpdate() > 0;
        }
    }
}
