package io.autoshop.core.customer.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524198001010013", "330106200001010013"})
    void validNumbersPass(String number) {
        assertNull(IdNumbers.check(number));
    }

    @Test
    void checkCharacterFollowsMod112() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertEquals('3', IdNumbers.checkCharacter("44052419800101001"));
        assertEquals('3', IdNumbers.checkCharacter("33010620000101001"));
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, check character",
        "11010519491231002, 18 characters",
        "1101051949123100211, 18 characters",
        "110105194913310021, birth date",
        "110105202302290021, birth date",
        "110105299912310021, birth date",
        "110105189912310021, birth date",
        "1101051949123100AX, 17 digits",
    })
    void invalidNumbersAreRejected(String number, String expected) {
        String problem = IdNumbers.check(number);

        assertNotNull(problem, number);
        assertTrue(problem.contains(expected), problem);
        assertFalse(problem.contains(number), "the message repeats the number: " + problem);
    }

    @Test
    void normalizeFoldsWidthAndCase() {
        assertEquals("11010519491231002X", IdNumbers.normalize(" １１０１０５ 19491231002x "));
        assertEquals("", IdNumbers.normalize("   "));
        assertNull(IdNumbers.normalize(null));
    }

    @Test
    void legacyNumberIsUpgraded() {
        String upgraded = IdNumbers.upgrade("110105491231002");

        assertEquals("11010519491231002X", upgraded);
        assertNull(IdNumbers.check(upgraded));
        assertEquals("11010519491231002X", IdNumbers.upgrade("11010519491231002X"));
        assertEquals("1101054912310", IdNumbers.upgrade("1101054912310"));
    }
}
