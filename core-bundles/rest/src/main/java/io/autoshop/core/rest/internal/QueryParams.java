package io.autoshop.core.rest.internal;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.PageRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses the query parameters of one request and collects every problem, so that invalid parameters give one
 * 422 response naming each of them instead of a 404 or 500.
 *
 * <pre>
 * QueryParams params = new QueryParams();
 * Long customerId = params.optionalId("customerId", customerIdText);
 * PageRequest page = params.page(limit, offset);
 * params.throwIfAny();
 * </pre>
 */
public final class QueryParams {

    private static final int MAX_DIGITS = 18;

    private final FieldErrors errors = new FieldErrors();

    /**
     * Returns the stripped text, or {@code null} when it is missing or blank.
     */
    public String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Returns a positive id, or {@code null} when the parameter is missing or blank.
     */
    public Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parseLong(value.strip());
        if (id == null || id < 1) {
            errors.add(name, "must be a positive whole number, got '" + value + "'");
            return null;
        }
        return id;
    }

    /**
     * Returns a date written as YYYY-MM-DD, or {@code null} when the parameter is missing or blank.
     */
    public LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name, "must be a date YYYY-MM-DD, got '" + value + "'");
            return null;
        }
    }

    /**
     * Returns the constant of the enum with the given name, ignoring case, or {@code null} when the parameter is
     * missing or blank.
     */
    public <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        errors.add(name, "must be one of " + allowed + ", got '" + value + "'");
        return null;
    }

    /**
     * Returns {@code true} or {@code false} as written, ignoring case. A missing or blank parameter gives
     * {@code false}.
     */
    public boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (!text.equalsIgnoreCase("false")) {
            errors.add(name, "must be true or false, got '" + value + "'");
        }
        return false;
    }

    /**
     * Returns the page that {@code limit} and {@code offset} request, or {@code null} when either is invalid. The
     * limit defaults to {@value PageRequest#DEFAULT_LIMIT} and may be at most {@value PageRequest#MAX_LIMIT}.
     */
    public PageRequest page(String limit, String offset) {
        Integer size = bounded("limit", limit, 1, PageRequest.MAX_LIMIT);
        Integer start = bounded("offset", offset, 0, Integer.MAX_VALUE);
        if (!errors.isEmpty()) {
            return null;
        }
        return PageRequest.of(size, start);
    }

    /**
     * Records an error when {@code from} is after {@code to}, which makes the range empty.
     */
    public void checkRange(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(toName, "must not be before " + fromName + " (" + from + "), got " + to);
        }
    }

    /**
     * Records that a required parameter is missing.
     */
    public void missing(String name, String message) {
        errors.add(name, message);
    }

    /**
     * Throws a {@link io.autoshop.api.ValidationException} naming every parameter found invalid so far.
     */
    public void throwIfAny() {
        errors.throwIfAny();
    }

    private Integer bounded(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long number = parseLong(value.strip());
        if (number == null || number < min || number > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
            errors.add(name, "must be a whole number " + range + ", got '" + value + "'");
            return null;
        }
        return number.intValue();
    }

    private static Long parseLong(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS) {
            return null;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }
}
