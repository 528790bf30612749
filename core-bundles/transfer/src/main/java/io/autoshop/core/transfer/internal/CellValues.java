package io.autoshop.core.transfer.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the cell texts of legacy files: full-width forms, dates in the common Chinese notations and Excel date
 * serials, and amounts with currency signs and thousands separators. Each parser throws {@link CellException}
 * with a message key of {@link Messages} for text it cannot read.
 */
final class CellValues {

    /** Excel's day zero for the 1900 date system, so that serial 1 is 1900-01-01 after the 1900 leap-year bug. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial of 9999-12-31, the last date Excel shows. */
    private static final int MAX_EXCEL_SERIAL = 2_958_465;
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?"
                    + "(?:[\\sT]+(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})秒?)?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

    private CellValues() {
    }

    /**
     * Returns the cell text without surrounding and zero-width spaces, with non-breaking and ideographic spaces
     * made plain, and the leading apostrophe of a formula-guarded export removed; {@code null} for a blank cell.
     * Letters and digits keep their width, because names may use full-width forms on purpose.
     */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String text = INVISIBLE.matcher(cell).replaceAll("").replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * Returns the cell text folded with NFKC (full-width digits, letters and spaces to ASCII), for codes, plates,
     * phone numbers and amounts; {@code null} for a blank cell.
     */
    static String folded(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return folded.isEmpty() ? null : folded;
    }

    /**
     * Parses a date with an optional time: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5},
     * {@code 2024年3月5日}, each optionally followed by {@code 14:30[:00]}, or an Excel date serial such as
     * {@code 45356} or {@code 45356.5}.
     */
    static LocalDateTime dateTime(String cell) {
        String text = folded(cell);
        if (text == null) {
            return null;
        }
        if (SERIAL.matcher(text).matches()) {
            return fromExcelSerial(text);
        }
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            throw new CellException(Messages.INVALID_DATE, text);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            if (matcher.group(4) == null) {
                return date.atStartOfDay();
            }
            int second = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
            return date.atTime(LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
                    second));
        } catch (DateTimeException e) {
            throw new CellException(Messages.INVALID_DATE, text);
        }
    }

    private static LocalDateTime fromExcelSerial(String text) {
        BigDecimal serial = new BigDecimal(text);
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(MAX_EXCEL_SERIAL)) > 0) {
            throw new CellException(Messages.INVALID_DATE, text);
        }
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    /**
     * Parses an amount in yuan: {@code ¥1,280.50}, {@code ￥1280.5元}, {@code (35.00)} for an accounting negative.
     * Thousands separators must group three digits; more than two decimals are rejected.
     */
    static BigDecimal amount(String cell) {
        String text = folded(cell);
        if (text == null) {
            return null;
        }
        String number = text.replace("¥", "").replace("元", "").replace("RMB", "").replace(" ", "");
        boolean negative = false;
        if (number.startsWith("(") && number.endsWith(")")) {
            negative = true;
            number = number.substring(1, number.length() - 1);
        } else if (number.startsWith("-")) {
            negative = true;
            number = number.substring(1);
        }
        BigDecimal value = decimalOf(number, text, Messages.INVALID_AMOUNT);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new CellException(Messages.INVALID_AMOUNT, text);
        }
        return negative ? value.negate() : value;
    }

    /**
     * Parses a quantity or another plain decimal, with thousands separators allowed.
     */
    static BigDecimal decimal(String cell) {
        String text = folded(cell);
        if (text == null) {
            return null;
        }
        return decimalOf(text.replace(" ", ""), text, Messages.INVALID_NUMBER);
    }

    /**
     * Parses a whole number such as a year or an odometer reading; {@code 12,000} and {@code 12000.0} are
     * accepted.
     */
    static Integer integer(String cell) {
        BigDecimal value = decimal(cell);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new CellException(Messages.INVALID_NUMBER, folded(cell));
        }
    }

    /**
     * Returns a number cell as a plain digit string, undoing the scientific or decimal notation that spreadsheet
     * programs give long numbers such as phone numbers ({@code 1.3800138E10}, {@code 13800138000.0}).
     */
    static String digits(String cell) {
        String text = folded(cell);
        if (text == null) {
            return null;
        }
        if (text.matches("\\d(\\.\\d+)?[eE]\\+?\\d+") || text.matches("\\d+\\.0+")) {
            try {
                return new BigDecimal(text).toBigIntegerExact().toString();
            } catch (ArithmeticException e) {
                return text;
            }
        }
        return text;
    }

    private static BigDecimal decimalOf(String number, String original, String messageKey) {
        if (PLAIN_NUMBER.matcher(number).matches()) {
            return new BigDecimal(number);
        }
        if (GROUPED_NUMBER.matcher(number).matches()) {
            return new BigDecimal(number.replace(",", ""));
        }
        throw new CellException(messageKey, original);
    }

    /**
     * A cell that could not be read, with the message key and the offending text.
     */
    static final class CellException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final String key;
        final String value;

        CellException(String key, String value) {
            super(key + ": " + value, null, false, false);
            this.key = key;
            this.value = value;
        }
    }
}
