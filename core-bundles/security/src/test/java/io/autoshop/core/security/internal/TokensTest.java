package io.autoshop.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    private final Tokens tokens = new Tokens(new SecureRandom());

    @Test
    void newTokenIsBase64UrlOf32Bytes() {
        String token = tokens.newToken();

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(Tokens.isWellFormed(token));
    }

    @Test
    void newTokensDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(tokens.newToken());
        }

        assertEquals(1000, seen.size());
    }

    @Test
    void digestIsHexSha256AndNotTheToken() {
        String token = tokens.newToken();

        String digest = Tokens.digest(token);

        assertEquals(64, digest.length());
        assertTrue(digest.matches("[0-9a-f]{64}"));
        assertNotEquals(token, digest);
        assertEquals(digest, Tokens.digest(token));
        // SHA-256 of "abc", a published test vector.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.digest("abc"));
    }

    @Test
    void malformedTokensAreRejected() {
        assertFalse(Tokens.isWellFormed(null));
        assertFalse(Tokens.isWellFormed(""));
        assertFalse(Tokens.isWellFormed("A".repeat(42)));
        assertFalse(Tokens.isWellFormed("A".repeat(44)));
        assertFalse(Tokens.isWellFormed("A".repeat(42) + "="));
        assertFalse(Tokens.isWellFormed("A".repeat(42) + "+"));
        assertTrue(Tokens.isWellFormed("A".repeat(42) + "-"));
    }
}
