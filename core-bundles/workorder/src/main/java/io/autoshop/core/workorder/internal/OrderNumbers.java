package io.autoshop.core.workorder.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Readable work-order numbers: {@code WO}, the reception date in shop time and a four-digit daily sequence,
 * for example {@code WO20260305-0001}. A day with more than 9999 orders gets longer sequence numbers.
 */
final class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderNumbers() {
    }

    static String format(LocalDate day, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence must start at 1, got " + sequence);
        }
        return String.format("WO%s-%04d", DAY.format(day), sequence);
    }

    /**
     * Returns the day as the integer yyyymmdd, the key of the daily sequence.
     */
    static int dayKey(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * Tells whether a search text looks like an order number or its start, such as {@code WO2026} or
     * {@code wo20260305-0001}.
     */
    static boolean looksLikeNumber(String text) {
        return text.matches("(?i)WO\\d{0,8}(-\\d{0,6})?");
    }
}
