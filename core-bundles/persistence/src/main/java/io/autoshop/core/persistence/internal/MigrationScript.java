package io.autoshop.core.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL migration of a schema owner, read from a resource named {@code V<n>__<description>.sql}.
 */
record MigrationScript(int version, String description, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final Pattern DROPS_DATA =
            Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|SCHEMA)\\b|\\bTRUNCATE\\b|\\bDELETE\\s+FROM\\b");
    private static final Pattern ALTER_TABLE = Pattern.compile("\\AALTER\\s+TABLE\\b");
    /**
     * Matches a DROP in ALTER TABLE that removes a column. Derby also accepts {@code DROP name} without the
     * COLUMN keyword, so any DROP counts unless a constraint, a default or NOT NULL follows it.
     */
    private static final Pattern DROPS_COLUMN =
            Pattern.compile("\\bDROP\\s+(?!(PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT|DEFAULT|NOT)\\b)");

    /**
     * Parses a script from its file name and content.
     *
     * @throws IllegalArgumentException when the name does not follow {@code V<n>__<description>.sql}
     */
    static MigrationScript parse(String fileName, String sql) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Migration file name '" + fileName + "' is invalid: V<number>__<description>.sql expected");
        }
        return new MigrationScript(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), sql);
    }

    /**
     * Splits the script into statements at semicolons that end a line; lines starting with {@code --} are
     * comments.
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /**
     * Tells whether a statement of the script would drop a table, column or schema, or delete rows.
     */
    boolean dropsData() {
        for (String statement : statements()) {
            String upper = statement.toUpperCase(Locale.ROOT);
            if (DROPS_DATA.matcher(upper).find()) {
                return true;
            }
            if (ALTER_TABLE.matcher(upper).find() && DROPS_COLUMN.matcher(upper).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the SHA-256 of the statements, so that a whitespace-only edit of an applied script does not count
     * as a change.
     */
    String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String statement : statements()) {
                digest.update(statement.replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
