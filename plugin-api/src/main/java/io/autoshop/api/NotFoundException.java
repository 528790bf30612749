package io.autoshop.api;

/**
 * Thrown when an entity with the requested id does not exist (HTTP 404).
 */
public class NotFoundException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception for an entity kind and id, for example "Work order 42 was not found".
     */
    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + " " + id + " was not found");
    }
}
