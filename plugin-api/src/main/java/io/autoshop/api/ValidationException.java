package io.autoshop.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when well-formed input breaks a domain rule (HTTP 422); carries one entry per field.
 */
public class ValidationException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public ValidationException(String field, String message) {
        this(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
