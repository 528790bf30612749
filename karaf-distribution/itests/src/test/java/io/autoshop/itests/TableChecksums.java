package io.autoshop.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Row count and SHA-256 of the content of every table in the APP schema, read over plain JDBC with the rows ordered
 * by primary key, so that two databases with the same data give equal maps.
 */
final class TableChecksums {

    /** Count and checksum of one table. */
    record TableSum(long rows, String sha256) {
    }

    private TableChecksums() {
    }

    static Map<String, TableSum> of(Connection connection) throws SQLException {
        Map<String, TableSum> sums = new TreeMap<>();
        for (String table : tables(connection)) {
            sums.put(table, sum(connection, table));
        }
        return sums;
    }

    static void store(Map<String, TableSum> sums, Path file) throws IOException {
        Properties properties = new Properties();
        sums.forEach((table, sum) -> properties.setProperty(table, sum.rows() + " " + sum.sha256()));
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, null);
        }
    }

    static Map<String, TableSum> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        Map<String, TableSum> sums = new TreeMap<>();
        for (String table : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(table).split(" ");
            sums.put(table, new TableSum(Long.parseLong(parts[0]), parts[1]));
        }
        return sums;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "APP", null, new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static TableSum sum(Connection connection, String table) throws SQLException {
        MessageDigest digest = sha256();
        long count = 0;
        String sql = "SELECT * FROM APP." + table + " ORDER BY \""
                + String.join("\", \"", orderColumns(connection, table)) + "\"";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                count++;
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    int type = meta.getColumnType(column);
                    byte[] value = type == Types.BLOB || type == Types.VARBINARY || type == Types.BINARY
                            ? rows.getBytes(column) : bytes(rows.getString(column));
                    digest.update(value == null ? new byte[] {0} : value);
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            }
        }
        return new TableSum(count, HexFormat.of().formatHex(digest.digest()));
    }

    /** Returns the primary-key columns, or all orderable columns of a table without primary key. */
    private static List<String> orderColumns(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, "APP", table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        if (!key.isEmpty()) {
            return new ArrayList<>(key.values());
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, "APP", table, null)) {
            while (rows.next()) {
                int type = rows.getInt("DATA_TYPE");
                if (type != Types.BLOB && type != Types.CLOB) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
