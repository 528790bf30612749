package io.autoshop.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one request's fields, so that a caller learns about all of them at once.
 *
 * <pre>
 * FieldErrors errors = new FieldErrors();
 * String name = errors.requireText("name", input.name(), 100);
 * errors.throwIfAny();
 * </pre>
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * Throws a {@link ValidationException} with every problem collected so far, if there is one.
     */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Returns the stripped text, or records a problem when it is missing, blank or longer than maxLength.
     */
    public String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    /**
     * Returns the stripped text or {@code null} when blank, and records a problem when it is too long.
     */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters, got " + stripped.length());
        }
        return stripped;
    }

    /**
     * Records a problem when the value is missing.
     */
    public <T> T require(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    /**
     * Returns the amount rounded to the fen, or records a problem when it is missing, negative or has more than
     * two decimals.
     */
    public BigDecimal requireMoney(String field, BigDecimal value) {
        if (value == null) {
            add(field, "is required");
            return null;
        }
        return optionalMoney(field, value);
    }

    /**
     * Like {@link #requireMoney} but {@code null} is allowed and returned as is.
     */
    public BigDecimal optionalMoney(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            add(field, "must not be negative, got " + show(value));
            return null;
        }
        if (Money.hasFractionOfFen(value)) {
            add(field, "must have at most two decimals, got " + show(value));
            return null;
        }
        if (value.compareTo(new BigDecimal("100000000")) >= 0) {
            add(field, "must be less than 100000000, got " + show(value));
            return null;
        }
        return Money.of(value);
    }

    /**
     * Returns the quantity, or records a problem when it is missing, not positive, above the maximum or has more
     * than the given number of decimals.
     */
    public BigDecimal requirePositive(String field, BigDecimal value, int maxScale, BigDecimal max) {
        if (value == null) {
            add(field, "is required");
            return null;
        }
        if (value.signum() <= 0) {
            add(field, "must be greater than 0, got " + show(value));
            return null;
        }
        if (value.stripTrailingZeros().scale() > maxScale) {
            add(field, "must have at most " + maxScale + " decimals, got " + show(value));
            return null;
        }
        if (value.compareTo(max) > 0) {
            add(field, "must be at most " + show(max) + ", got " + show(value));
            return null;
        }
        return value;
    }

    /**
     * Renders a number for a message: plain when short, otherwise in scientific notation cut to 40 characters, so
     * that a value such as 1e1000000000 cannot blow up the reply.
     */
    private static String show(BigDecimal value) {
        String text = value.precision() - value.scale() > 30 || value.scale() > 30 ? value.toString()
                : value.toPlainString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
