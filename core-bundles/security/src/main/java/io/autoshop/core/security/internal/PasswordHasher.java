package io.autoshop.core.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with the JDK's PBKDF2WithHmacSHA256 and a random 16-byte salt, and verifies them in constant
 * time. The iteration count is stored with each hash, so raising it affects new hashes only and old ones keep
 * verifying.
 */
final class PasswordHasher {

    /** Minimum password length in characters. */
    static final int MIN_LENGTH = 8;
    /** Maximum password length in characters, which bounds the work one login can cause. */
    static final int MAX_LENGTH = 200;
    /**
     * Default iteration count. On the 2-core build machine of this project one hash took about 130 ms once the
     * JIT had warmed up (measured with a plain Java loop over the JDK 17 provider).
     */
    static final int DEFAULT_ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random;
    private final int iterations;
    /** Hash with the current iteration count that unknown usernames are checked against, so they take as long. */
    private final PasswordHash decoy;

    PasswordHasher(SecureRandom random, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Invalid PBKDF2 iteration count " + iterations + ": must be positive");
        }
        this.random = random;
        this.iterations = iterations;
        // Random bytes serve as the decoy's hash. Finding a password that derives to them is as hard as breaking
        // PBKDF2, and verifyDecoy returns false anyway, so no PBKDF2 run is needed here.
        byte[] salt = new byte[SALT_BYTES];
        byte[] derived = new byte[KEY_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(derived);
        Base64.Encoder base64 = Base64.getEncoder();
        this.decoy = new PasswordHash(base64.encodeToString(derived), base64.encodeToString(salt), iterations);
    }

    int iterations() {
        return iterations;
    }

    /** Hashes a password with a fresh salt and the current iteration count. */
    PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] derived = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(base64.encodeToString(derived), base64.encodeToString(salt), iterations);
    }

    /** Returns whether the password matches the stored hash, comparing in constant time. */
    boolean verify(String password, PasswordHash stored) {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = derive(password, base64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Runs a verification against the decoy hash and returns {@code false}, so that a login for an unknown username
     * costs the same time as one with a wrong password.
     */
    boolean verifyDecoy(String password) {
        verify(password == null ? "" : password, decoy);
        return false;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
