package io.autoshop.api;

/**
 * Thrown when a request conflicts with the current state (HTTP 409): an illegal transition, too
 * little stock, a duplicate unique value or a change to a settled order.
 */
public class ConflictException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
