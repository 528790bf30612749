package io.autoshop.core.crypto.internal;

import io.autoshop.api.security.FieldCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM field cipher. A value encrypts to {@code v<version>:<base64 of nonce and ciphertext with tag>}, with
 * a fresh 12-byte nonce, a 128-bit tag and the version prefix as additional authenticated data, so that a changed
 * prefix fails like changed ciphertext. New values use the highest key version; older versions stay readable.
 * Search keys are HMAC-SHA256 over the purpose, a zero byte and the value, in lower-case hex.
 */
final class AesGcmFieldCipher implements FieldCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String MAC_ALGORITHM = "HmacSHA256";

    private final NavigableMap<Integer, SecretKey> encryptionKeys;
    private final SecretKey macKey;
    private final SecureRandom random;

    /**
     * @param encryptionKeys AES-256 keys by version, at least one
     * @param macKey the HMAC-SHA256 key of the search keys
     */
    AesGcmFieldCipher(Map<Integer, SecretKey> encryptionKeys, SecretKey macKey, SecureRandom random) {
        if (encryptionKeys.isEmpty()) {
            throw new IllegalArgumentException("At least one encryption key is required");
        }
        this.encryptionKeys = new TreeMap<>(encryptionKeys);
        this.macKey = macKey;
        this.random = random;
    }

    int currentVersion() {
        return encryptionKeys.lastKey();
    }

    @Override
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        int version = currentVersion();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(version), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(prefix(version).getBytes(StandardCharsets.US_ASCII));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext);
            return prefix(version) + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        int colon = ciphertext.indexOf(':');
        if (!ciphertext.startsWith("v") || colon < 2) {
            throw new IllegalStateException("Encrypted value has no key version prefix such as 'v1:'");
        }
        int version;
        try {
            version = Integer.parseInt(ciphertext.substring(1, colon));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Encrypted value has an invalid key version prefix", e);
        }
        SecretKey key = encryptionKeys.get(version);
        if (key == null) {
            throw new IllegalStateException("Encrypted value uses key version " + version
                    + ", which the shop's keystore does not contain");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Encrypted value is not valid base64", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Encrypted value is too short: " + bytes.length + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(prefix(version).getBytes(StandardCharsets.US_ASCII));
            byte[] plaintext = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Encrypted value was altered or encrypted with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String searchKey(String purpose, String value) {
        if (purpose == null || purpose.isEmpty() || purpose.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Search key purpose must be a non-empty name without zero characters");
        }
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(macKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed: " + e.getMessage(), e);
        }
    }

    private static String prefix(int version) {
        return "v" + version + ":";
    }
}
