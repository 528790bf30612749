package io.autoshop.core.rest.internal;

/**
 * Media types of the API's responses.
 */
public final class MediaTypes {

    /** JSON in UTF-8, the type of every request and success response. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** RFC 7807 problem details, the type of every error response. */
    public static final String PROBLEM = "application/problem+json;charset=UTF-8";

    private MediaTypes() {
    }
}
