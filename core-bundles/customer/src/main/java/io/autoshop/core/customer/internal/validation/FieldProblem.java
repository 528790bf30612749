package io.autoshop.core.customer.internal.validation;

import java.util.Objects;

/**
 * A problem found in one input field. A warning lets the value be saved, but an error rejects it.
 *
 * @param message a short English sentence that names the value and what is expected
 * @param warning true for a warning, false for an error
 */
public record FieldProblem(String message, boolean warning) {

    public FieldProblem {
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("A field problem needs a non-blank message");
        }
    }

    /** Creates an error, which rejects the value. */
    public static FieldProblem error(String message) {
        return new FieldProblem(message, false);
    }

    /** Creates a warning, which lets the value be saved. */
    public static FieldProblem warning(String message) {
        return new FieldProblem(message, true);
    }

    /** Returns true when this problem rejects the value. */
    public boolean isError() {
        return !warning;
    }
}
