package io.autoshop.core.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "２０２４年３月５日", "45356",
        " 2024-03-05 "})
    void datesInCommonNotations(String text) {
        assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), CellValues.dateTime(text));
    }

    @Test
    void dateWithTimeAndFractionalSerial() {
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 5), CellValues.dateTime("2024-03-05 14:30:05"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 12, 0), CellValues.dateTime("45356.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年2月29日", "2024-13-01", "24/3/5", "三月五日", "0", "2024-03-05 25:00"})
    void impossibleOrUnreadableDatesAreRejected(String text) {
        CellValues.CellException e = assertThrows(CellValues.CellException.class, () -> CellValues.dateTime(text));
        assertEquals(Messages.INVALID_DATE, e.key);
    }

    @ParameterizedTest
    @CsvSource({"'¥1,280.50', 1280.50", "￥35.5, 35.5", "35元, 35", "'1,234,567.00', 1234567.00",
        "(35.00), -35.00", "  ￥ 12 , 12", "１２．５, 12.5"})
    void amountsWithSignsAndSeparators(String text, String expected) {
        assertEquals(new BigDecimal(expected), CellValues.amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "1,23.00", "12,3456", "abc", "1.2.3"})
    void malformedAmountsAreRejected(String text) {
        CellValues.CellException e = assertThrows(CellValues.CellException.class, () -> CellValues.amount(text));
        assertEquals(Messages.INVALID_AMOUNT, e.key);
    }

    @Test
    void blankCellsAreNull() {
        assertNull(CellValues.text("  \u3000 "));
        assertNull(CellValues.amount(""));
        assertNull(CellValues.dateTime(null));
        assertNull(CellValues.integer(" "));
    }

    @Test
    void textKeepsWidthButFoldedDoesNot() {
        assertEquals("ＡＢ 王", CellValues.text("\u200B\u3000ＡＢ\u00A0王 "));
        assertEquals("AB 王", CellValues.folded("\u3000ＡＢ\u3000王"));
    }

    @Test
    void formulaGuardApostropheIsRemoved() {
        assertEquals("=SUM(A1)", CellValues.text("'=SUM(A1)"));
        assertEquals("'quoted'", CellValues.text("'quoted'"));
    }

    @Test
    void spreadsheetNumberNotationBecomesDigits() {
        assertEquals("13800138000", CellValues.digits("1.3800138E10"));
        assertEquals("13800138000", CellValues.digits("13800138000.0"));
        assertEquals("+86 138-0013-8000", CellValues.digits("+86 138-0013-8000"));
    }

    @Test
    void integersWithSeparators() {
        assertEquals(12345, CellValues.integer("12,345"));
        assertEquals(2019, CellValues.integer("2019.0"));
        assertThrows(CellValues.CellException.class, () -> CellValues.integer("12.5"));
    }
}
