package io.autoshop.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.autoshop.api.FieldError;
import java.util.List;

/**
 * Body of an RFC 7807 problem response. {@code errors} lists invalid fields and is left out when there are none.
 */
@JsonPropertyOrder({ "type", "title", "status", "detail", "errors" })
public record Problem(String type, String title, int status, String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldError> errors) {

    /** Problem type of every response, because the status code alone identifies the kind of error. */
    public static final String TYPE = "about:blank";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(TYPE, title, status, detail, null);
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE, title, status, detail, errors);
    }
}
