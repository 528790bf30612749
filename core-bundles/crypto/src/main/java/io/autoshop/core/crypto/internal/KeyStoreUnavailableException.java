package io.autoshop.core.crypto.internal;

/**
 * Raised when the shop's keystore exists but cannot be opened or lacks a key.
 */
final class KeyStoreUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    KeyStoreUnavailableException(String message) {
        super(message);
    }

    KeyStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
