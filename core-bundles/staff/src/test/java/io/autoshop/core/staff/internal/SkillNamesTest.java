package io.autoshop.core.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillNamesTest {

    private static final Map<String, String> CATALOGUE = Map.of("发动机", "发动机", "AC", "AC", "钣金", "钣金");

    @Test
    void matchReturnsCatalogueSpelling() {
        FieldErrors errors = new FieldErrors();

        List<String> matched = SkillNames.match(errors, "skills", List.of(" ac ", "发动机"), CATALOGUE);

        assertEquals(List.of("AC", "发动机"), matched);
        assertTrue(errors.isEmpty());
    }

    @Test
    void matchDropsDuplicates() {
        FieldErrors errors = new FieldErrors();

        List<String> matched = SkillNames.match(errors, "skills", List.of("钣金", "钣金", "Ac", "AC"), CATALOGUE);

        assertEquals(List.of("钣金", "AC"), matched);
    }

    @Test
    void matchNamesUnknownSkills() {
        FieldErrors errors = new FieldErrors();

        SkillNames.match(errors, "skills", List.of("发动机", "焊接", "抛光"), CATALOGUE);

        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals("skills", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("[焊接, 抛光]"), e.getMessage());
    }

    @Test
    void matchRejectsBlankEntries() {
        FieldErrors errors = new FieldErrors();

        SkillNames.match(errors, "skills", Arrays.asList("发动机", null, " "), CATALOGUE);

        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(2, e.errors().size());
    }

    @Test
    void matchOfNullIsEmpty() {
        FieldErrors errors = new FieldErrors();

        assertEquals(List.of(), SkillNames.match(errors, "skills", null, CATALOGUE));
        assertTrue(errors.isEmpty());
    }

    @Test
    void checkRejectsComma() {
        FieldErrors errors = new FieldErrors();

        assertNull(SkillNames.check(errors, "name", "发动机,电路"));
        assertFalse(errors.isEmpty());
    }

    @Test
    void checkRejectsLongName() {
        FieldErrors errors = new FieldErrors();

        assertNull(SkillNames.check(errors, "name", "x".repeat(SkillNames.MAX_LENGTH + 1)));
        assertFalse(errors.isEmpty());
    }

    @Test
    void keyIgnoresCaseAndSpaces() {
        assertEquals(SkillNames.key("ev high voltage"), SkillNames.key(" EV High Voltage "));
    }

    @Test
    void splitOfEmptyColumnIsEmpty() {
        assertEquals(List.of(), SkillNames.split(""));
    }

    @Test
    void splitKeepsOrder() {
        assertEquals(List.of("发动机", "电路"), SkillNames.split("发动机,电路"));
    }
}
