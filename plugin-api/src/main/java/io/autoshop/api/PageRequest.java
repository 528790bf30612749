package io.autoshop.api;

/**
 * Limit and offset of a list request, bounded to {@value #MAX_LIMIT} entries a page.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (offset < 0) {
            throw new ValidationException(new FieldError("offset", "must not be negative"));
        }
    }

    /**
     * Creates a request from optional query parameters, with the default limit when none is given.
     */
    public static PageRequest of(Integer limit, Integer offset) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
