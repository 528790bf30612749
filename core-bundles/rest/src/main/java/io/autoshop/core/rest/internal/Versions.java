package io.autoshop.core.rest.internal;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.EntityTag;

/**
 * Helpers for optimistic locking over HTTP. An entity's version is sent as a strong ETag and returned in If-Match.
 */
public final class Versions {

    private static final int MAX_DIGITS = 18;

    private Versions() {
    }

    /**
     * Returns the ETag of a version, {@code "3"} for version 3.
     */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Parses the version from an If-Match header. {@code "3"}, {@code 3} and {@code W/"3"} all give 3, and a
     * missing header or {@code *} gives {@code null}, which skips the version check.
     *
     * @throws BadRequestException when the header contains anything else
     */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/") || value.startsWith("w/")) {
            value = value.substring(2).strip();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestException(
                    "Invalid If-Match header: expected one version number such as \"3\", got " + header);
        }
        return Long.parseLong(value);
    }
}
