package io.autoshop.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the tests fast; the algorithm is the same. */
    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        PasswordHash hash = hasher.hash("correct horse");

        assertTrue(hasher.verify("correct horse", hash));
        assertFalse(hasher.verify("correct horsE", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void hashStoresSaltAndIterations() {
        PasswordHash hash = hasher.hash("correct horse");

        assertEquals(16, Base64.getDecoder().decode(hash.salt()).length);
        assertEquals(32, Base64.getDecoder().decode(hash.hash()).length);
        assertEquals(1_000, hash.iterations());
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        PasswordHash first = hasher.hash("correct horse");
        PasswordHash second = hasher.hash("correct horse");

        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void oldIterationCountStillVerifies() {
        PasswordHash old = new PasswordHasher(new SecureRandom(), 500).hash("correct horse");

        assertTrue(hasher.verify("correct horse", old));
        assertEquals(500, old.iterations());
    }

    @Test
    void decoyNeverMatches() {
        assertFalse(hasher.verifyDecoy("anything"));
        assertFalse(hasher.verifyDecoy(null));
    }

    @Test
    void nonPositiveIterationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(new SecureRandom(), 0));
    }

    @Test
    void defaultIterationsTakeMeasurableTime() {
        PasswordHasher real = new PasswordHasher(new SecureRandom(), PasswordHasher.DEFAULT_ITERATIONS);
        PasswordHash hash = real.hash("correct horse");

        long start = System.nanoTime();
        boolean matches = real.verify("correct horse", hash);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(matches);
        // A loose lower bound: far below the 100-300 ms aimed at, but far above a fast hash.
        assertTrue(millis >= 20, "verification took only " + millis + " ms");
    }
}
