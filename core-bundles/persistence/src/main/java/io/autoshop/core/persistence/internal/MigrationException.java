package io.autoshop.core.persistence.internal;

/**
 * Thrown when a schema migration cannot be applied; the contributing bundle's entities stay out of the
 * persistence unit until the cause is fixed.
 */
final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MigrationException(String message) {
        super(message);
    }

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
