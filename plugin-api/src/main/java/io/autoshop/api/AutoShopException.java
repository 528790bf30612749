package io.autoshop.api;

/**
 * Base of the domain exceptions; the REST layer maps each subtype to one HTTP status.
 */
public abstract class AutoShopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected AutoShopException(String message) {
        super(message);
    }

    protected AutoShopException(String message, Throwable cause) {
        super(message, cause);
    }
}
