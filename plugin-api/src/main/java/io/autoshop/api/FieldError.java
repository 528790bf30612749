package io.autoshop.api;

/**
 * A problem with one input field.
 *
 * @param field the field name as it appears in the request, for example {@code plate}
 * @param message what is wrong and what is expected
 */
public record FieldError(String field, String message) {
}
