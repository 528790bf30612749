package io.autoshop.core.security;

import io.autoshop.api.AutoShopException;

/**
 * Logins are throttled after too many failures. The REST application returns 429 with a Retry-After header.
 */
public class TooManyAttemptsException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttemptsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Returns the number of seconds after which a new attempt may succeed, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
