package io.autoshop.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationScriptTest {

    private static MigrationScript script(String sql) {
        return MigrationScript.parse("V1__test.sql", sql);
    }

    @Test
    void parseReadsVersionAndDescription() {
        MigrationScript script = MigrationScript.parse("V12__add_vehicle_vin.sql", "SELECT 1 FROM SYSIBM.SYSDUMMY1");

        assertEquals(12, script.version());
        assertEquals("add vehicle vin", script.description());
        assertEquals("SELECT 1 FROM SYSIBM.SYSDUMMY1", script.sql());
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1_create.sql", "v1__create.sql", "V__create.sql", "V1__.sql", "V1__create.SQL",
            "V1__create.sql.bak", "V1__create table.sql", "1__create.sql",
            "VX__create.sql"})
    void parseRejectsInvalidFileName(String fileName) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MigrationScript.parse(fileName, "CREATE TABLE T (ID INT)"));

        assertTrue(error.getMessage().contains(fileName), error.getMessage());
    }

    @Test
    void statementsSplitAtLineEndSemicolons() {
        MigrationScript script = script("CREATE TABLE A (ID INT);\nCREATE TABLE B (ID INT);\n");

        List<String> statements = script.statements();

        assertEquals(List.of("CREATE TABLE A (ID INT)", "CREATE TABLE B (ID INT)"), statements);
    }

    @Test
    void statementsSkipCommentAndBlankLines() {
        MigrationScript script = script("""
                -- Customers; one row each.
                   -- indented comment;

                CREATE TABLE A (ID INT);
                -- trailing comment
                """);

        List<String> statements = script.statements();

        assertEquals(List.of("CREATE TABLE A (ID INT)"), statements);
    }

    @Test
    void statementsJoinMultiLineStatement() {
        MigrationScript script = script("""
                CREATE TABLE A (
                    ID INT NOT NULL,
                    -- the name shown in lists
                    NAME VARCHAR(20)
                );
                CREATE INDEX A_NAME_IX ON A (NAME);
                """);

        List<String> statements = script.statements();

        assertEquals(2, statements.size());
        assertEquals("CREATE TABLE A (\nID INT NOT NULL,\nNAME VARCHAR(20)\n)", statements.get(0));
        assertEquals("CREATE INDEX A_NAME_IX ON A (NAME)", statements.get(1));
    }

    @Test
    void statementsKeepInnerSemicolon() {
        MigrationScript script = script("INSERT INTO A (NAME) VALUES ('x;y');\n");

        List<String> statements = script.statements();

        assertEquals(List.of("INSERT INTO A (NAME) VALUES ('x;y')"), statements);
    }

    @Test
    void statementsKeepUnterminatedLastStatement() {
        MigrationScript script = script("CREATE TABLE A (ID INT);\r\nCREATE TABLE B (ID INT)\r\n");

        List<String> statements = script.statements();

        assertEquals(List.of("CREATE TABLE A (ID INT)", "CREATE TABLE B (ID INT)"), statements);
    }

    @Test
    void statementsOfEmptyScriptAreEmpty() {
        MigrationScript script = script("-- nothing yet\n\n");

        List<String> statements = script.statements();

        assertTrue(statements.isEmpty());
    }

    @Test
    void checksumIgnoresWhitespaceAndComments() {
        MigrationScript original = script("""
                CREATE TABLE A (ID INT NOT NULL,
                    NAME VARCHAR(20));
                CREATE INDEX A_NAME_IX ON A (NAME);
                """);
        MigrationScript reformatted = script("""
                -- Table A, reformatted.
                CREATE   TABLE A (ID INT NOT NULL, NAME VARCHAR(20));

                    CREATE INDEX A_NAME_IX
                        ON A (NAME);
                """.replace("\n", "\r\n"));

        String checksum = reformatted.checksum();

        assertEquals(original.checksum(), checksum);
    }

    @Test
    void checksumChangesWithStatement() {
        MigrationScript original = script("CREATE TABLE A (ID INT NOT NULL, NAME VARCHAR(20));");
        MigrationScript changed = script("CREATE TABLE A (ID INT NOT NULL, NAME VARCHAR(40));");

        String checksum = changed.checksum();

        assertNotEquals(original.checksum(), checksum);
    }

    @Test
    void checksumIsHexSha256() {
        MigrationScript script = script("CREATE TABLE A (ID INT);");

        String checksum = script.checksum();

        assertTrue(checksum.matches("[0-9a-f]{64}"), checksum);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DROP TABLE AS_CUSTOMER;",
        "drop table as_customer;",
        "CREATE TABLE A (ID INT);\nDROP\n    TABLE B;",
        "ALTER TABLE AS_CUSTOMER DROP COLUMN NOTES;",
        "ALTER TABLE AS_CUSTOMER\n    DROP COLUMN NOTES;",
        "ALTER TABLE AS_CUSTOMER DROP NOTES;",
        "ALTER TABLE AS_CUSTOMER DROP \"NOTES\";",
        "DROP SCHEMA OLD RESTRICT;",
        "TRUNCATE TABLE AS_CUSTOMER;",
        "DELETE FROM AS_CUSTOMER WHERE ID > 10;",
        "delete   from as_customer;"
    })
    void dropsDataDetectsDataLoss(String sql) {
        MigrationScript script = script(sql);

        boolean drops = script.dropsData();

        assertTrue(drops, sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE A (ID INT, DROPPED_AT BIGINT, DELETED_FROM VARCHAR(20));",
        "ALTER TABLE A ADD COLUMN DROPPED_AT BIGINT;",
        "CREATE INDEX A_DROPPED_IX ON A (DROPPED_AT);",
        "UPDATE A SET DROPPED_AT = 0 WHERE DROPPED_AT IS NULL;",
        "DROP INDEX A_NAME_IX;",
        "ALTER TABLE A DROP CONSTRAINT A_NAME_UQ;",
        "ALTER TABLE A DROP UNIQUE A_NAME_UQ;",
        "ALTER TABLE A DROP CHECK A_AMOUNT_CK;",
        "ALTER TABLE A DROP FOREIGN KEY A_OWNER_FK;",
        "ALTER TABLE A DROP PRIMARY KEY;",
        "ALTER TABLE A ALTER COLUMN NAME DROP DEFAULT;",
        "-- DROP TABLE A is never allowed\nCREATE TABLE B (ID INT);"
    })
    void dropsDataAcceptsSafeChanges(String sql) {
        MigrationScript script = script(sql);

        boolean drops = script.dropsData();

        assertFalse(drops, sql);
    }
}
