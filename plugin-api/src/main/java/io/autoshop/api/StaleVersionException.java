package io.autoshop.api;

/**
 * Thrown when a write names a version that is no longer current (HTTP 412).
 */
public class StaleVersionException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }

    /**
     * Creates the exception for an entity whose expected version differs from the stored one.
     */
    public static StaleVersionException of(String kind, Object id, long expected, long actual) {
        return new StaleVersionException(
                kind + " " + id + " is at version " + actual + ", the request expected version " + expected);
    }
}
