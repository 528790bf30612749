package io.autoshop.core.security.internal;

/**
 * A stored password: PBKDF2WithHmacSHA256 output and salt, both base64, and the iteration count used.
 */
record PasswordHash(String hash, String salt, int iterations) {
}
