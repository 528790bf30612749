package io.autoshop.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Creates bearer tokens and the SHA-256 digests under which they are stored.
 */
final class Tokens {

    private static final int TOKEN_BYTES = 32;
    /** Length of a token: 32 bytes in unpadded base64url. */
    static final int TOKEN_LENGTH = 43;

    private final SecureRandom random;

    Tokens(SecureRandom random) {
        this.random = random;
    }

    /** Returns a new token: 32 random bytes in unpadded base64url. */
    String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns whether a string has the shape of a token, so that other strings need no database look-up. */
    static boolean isWellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** Returns the lower-case hex SHA-256 of a token, the value stored in place of the token. */
    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
