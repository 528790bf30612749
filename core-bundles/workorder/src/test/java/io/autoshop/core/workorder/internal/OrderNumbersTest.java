package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

    @Test
    void firstOrderOfDayHasSequenceOne() {
        assertEquals("WO20260305-0001", OrderNumbers.format(LocalDate.of(2026, 3, 5), 1));
    }

    @Test
    void sequencePastFourDigitsGrows() {
        assertEquals("WO20261231-12345", OrderNumbers.format(LocalDate.of(2026, 12, 31), 12345));
    }

    @Test
    void sequenceZeroIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OrderNumbers.format(LocalDate.of(2026, 1, 1), 0));
    }

    @Test
    void dayKeyIsYearMonthDay() {
        assertEquals(20260305, OrderNumbers.dayKey(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void numberPrefixesAreRecognised() {
        assertTrue(OrderNumbers.looksLikeNumber("WO20260305-0001"));
        assertTrue(OrderNumbers.looksLikeNumber("wo2026"));
        assertTrue(OrderNumbers.looksLikeNumber("WO"));
    }

    @Test
    void otherTextIsNotNumber() {
        assertFalse(OrderNumbers.looksLikeNumber("刹车异响"));
        assertFalse(OrderNumbers.looksLikeNumber("WORK"));
    }
}
