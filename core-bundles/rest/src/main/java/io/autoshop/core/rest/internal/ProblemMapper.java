package io.autoshop.core.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldError;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.security.AccessDeniedException;
import io.autoshop.core.security.AuthenticationException;
import io.autoshop.core.security.TooManyAttemptsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception to an HTTP response. This is the one place where errors become RFC 7807 problems.
 */
@Provider
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    static final String BODY_REQUIRED = "Request body is required";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Payload Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    @Context
    private Request request;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = toProblem(exception);
        if (problem.status() >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Request {} {} failed with error {}", method(), path(), errorId, exception);
            problem = Problem.of(problem.status(), problem.title(), problem.detail() + " (error " + errorId + ")");
        } else {
            LOG.debug("Request {} {} answered {}: {}", method(), path(), problem.status(), problem.detail());
        }

        Response.ResponseBuilder reply = Response.status(problem.status());
        if (exception instanceof WebApplicationException wae) {
            wae.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(value -> reply.header(name, value));
                }
            });
        }
        if (exception instanceof AuthenticationException) {
            reply.header(HttpHeaders.WWW_AUTHENTICATE, SecurityFilter.CHALLENGE);
        }
        if (exception instanceof TooManyAttemptsException tooMany) {
            reply.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return reply.type(MediaTypes.PROBLEM).entity(problem).build();
    }

    /**
     * Returns the status and body for an exception. An unknown exception gives a 500 without details.
     */
    static Problem toProblem(Throwable exception) {
        Throwable e = unwrap(exception);
        if (e instanceof ValidationException ve) {
            return problem(422, ve.getMessage(), ve.errors());
        }
        if (e instanceof NotFoundException) {
            return problem(404, e.getMessage(), null);
        }
        if (e instanceof ConflictException) {
            return problem(409, e.getMessage(), null);
        }
        if (e instanceof StaleVersionException) {
            return problem(412, e.getMessage(), null);
        }
        if (e instanceof AccessDeniedException) {
            return problem(403, e.getMessage(), null);
        }
        if (e instanceof AuthenticationException) {
            return problem(401, e.getMessage(), null);
        }
        if (e instanceof TooManyAttemptsException) {
            return problem(429, e.getMessage(), null);
        }
        if (e instanceof WebApplicationException wae) {
            return fromWebApplication(wae);
        }
        if (e instanceof StreamReadException sre) {
            return problem(400, "Malformed JSON: " + sre.getOriginalMessage() + at(sre.getLocation()), null);
        }
        if (e instanceof JsonMappingException jme) {
            return fromMapping(jme);
        }
        if (e instanceof JsonProcessingException jpe) {
            // For example a document past the parser's limits on nesting, number length or name length.
            return problem(400, "Malformed JSON: " + jpe.getOriginalMessage() + at(jpe.getLocation()), null);
        }
        return problem(500, "The server could not complete the request", null);
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable e = exception;
        while (e instanceof ProcessingException && e.getCause() instanceof JsonProcessingException) {
            e = e.getCause();
        }
        return e;
    }

    private static Problem fromWebApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return problem(status, "The server could not complete the request", null);
        }
        String message = e.getMessage();
        boolean generic = message == null || message.isBlank() || message.startsWith("HTTP " + status);
        return problem(status, generic ? defaultDetail(status) : message, null);
    }

    private static String defaultDetail(int status) {
        switch (status) {
            case 400:
                return "The request is malformed";
            case 404:
                return "No resource matches the request path";
            case 405:
                return "The resource does not support this method";
            case 406:
                return "The resource answers in application/json only";
            case 415:
                return "Send the request body as application/json";
            default:
                return "The request failed with status " + status;
        }
    }

    private static Problem fromMapping(JsonMappingException e) {
        String field = fieldPath(e.getPath());
        if (field.isEmpty()) {
            if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("No content to map")) {
                return problem(400, BODY_REQUIRED, null);
            }
            return problem(400, "The request body must be a single JSON object" + at(e.getLocation()), null);
        }
        FieldError error = new FieldError(field, fieldMessage(e));
        return problem(422, error.field() + ": " + error.message(), List.of(error));
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException upe) {
            Collection<Object> known = upe.getKnownPropertyIds();
            String names = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return names.isEmpty() ? "is not a known field" : "is not a known field; known fields are " + names;
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            String expected = "must be " + describe(mie.getTargetType());
            if (e instanceof InvalidFormatException ife && ife.getValue() != null) {
                return expected + ", got '" + ife.getValue() + "'";
            }
            return expected;
        }
        return "has an invalid value";
    }

    /**
     * Returns a short description of the JSON value that a Java type expects.
     */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-05";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a time with offset such as 2026-03-05T09:30:00+08:00";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /**
     * Returns a Jackson reference path as the request spells it, for example {@code payment.amount} or
     * {@code skills[2]}.
     */
    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Returns the standard reason phrase of a status, {@code Error} for one not listed. */
    static String title(int status) {
        return TITLES.getOrDefault(status, "Error");
    }

    private static Problem problem(int status, String detail, List<FieldError> errors) {
        return Problem.of(status, TITLES.getOrDefault(status, "Error"), detail, errors);
    }

    private String method() {
        try {
            return request == null ? "?" : request.getMethod();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private String path() {
        try {
            return uriInfo == null ? "?" : "/" + uriInfo.getPath();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
