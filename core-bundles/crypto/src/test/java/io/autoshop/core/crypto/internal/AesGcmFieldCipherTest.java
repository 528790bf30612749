package io.autoshop.core.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmFieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey aesKey = key("AES");
    private final SecretKey macKey = key("HmacSHA256");
    private final AesGcmFieldCipher cipher = new AesGcmFieldCipher(Map.of(1, aesKey), macKey, RANDOM);

    @Test
    void roundTripReturnsPlaintext() {
        for (String value : new String[] {"13800138000", "11010519491231002X", "浙江省杭州市西湖区文三路 90 号", ""}) {
            String encrypted = cipher.encrypt(value);

            assertTrue(encrypted.startsWith("v1:"), encrypted);
            assertFalse(encrypted.contains(value.isEmpty() ? "\0" : value), encrypted);
            assertEquals(value, cipher.decrypt(encrypted));
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
        assertNull(cipher.searchKey("phone", null));
    }

    @Test
    void nonceDiffersPerValue() {
        String first = cipher.encrypt("13800138000");
        String second = cipher.encrypt("13800138000");

        assertNotEquals(first, second);
        byte[] firstBytes = Base64.getDecoder().decode(first.substring(3));
        byte[] secondBytes = Base64.getDecoder().decode(second.substring(3));
        assertEquals(AesGcmFieldCipher.NONCE_BYTES + 11 + AesGcmFieldCipher.TAG_BITS / 8, firstBytes.length);
        assertNotEquals(Base64.getEncoder().encodeToString(Arrays.copyOf(firstBytes, 12)),
                Base64.getEncoder().encodeToString(Arrays.copyOf(secondBytes, 12)));
    }

    @Test
    void tamperedCiphertextIsDetected() {
        String encrypted = cipher.encrypt("13800138000");
        byte[] bytes = Base64.getDecoder().decode(encrypted.substring(3));

        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
            assertTrue(e.getMessage().contains("altered"), e.getMessage());
        }
    }

    @Test
    void changedVersionPrefixIsDetected() {
        AesGcmFieldCipher twoVersions = new AesGcmFieldCipher(Map.of(1, aesKey, 2, aesKey), macKey, RANDOM);
        String encrypted = twoVersions.encrypt("13800138000");
        assertTrue(encrypted.startsWith("v2:"), encrypted);

        String relabelled = "v1:" + encrypted.substring(3);

        assertThrows(IllegalStateException.class, () -> twoVersions.decrypt(relabelled));
    }

    @Test
    void wrongKeyFails() {
        AesGcmFieldCipher other = new AesGcmFieldCipher(Map.of(1, key("AES")), macKey, RANDOM);
        String encrypted = cipher.encrypt("13800138000");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.decrypt(encrypted));
        assertTrue(e.getMessage().contains("another key"), e.getMessage());
    }

    @Test
    void unknownVersionFails() {
        String encrypted = cipher.encrypt("13800138000");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> cipher.decrypt("v7:" + encrypted.substring(3)));
        assertTrue(e.getMessage().contains("version 7"), e.getMessage());
    }

    @Test
    void malformedValuesFail() {
        for (String value : new String[] {"13800138000", "v1:", "v1:!!!", "vx:AAAA", "v1:AAAA"}) {
            assertThrows(IllegalStateException.class, () -> cipher.decrypt(value), value);
        }
    }

    @Test
    void olderVersionsStayReadable() {
        String old = cipher.encrypt("13800138000");
        AesGcmFieldCipher rotated = new AesGcmFieldCipher(Map.of(1, aesKey, 2, key("AES")), macKey, RANDOM);

        assertEquals("13800138000", rotated.decrypt(old));
        assertTrue(rotated.encrypt("13800138000").startsWith("v2:"));
    }

    @Test
    void searchKeyIsStable() {
        String first = cipher.searchKey("phone", "13800138000");
        String again = new AesGcmFieldCipher(Map.of(1, key("AES")), macKey, RANDOM).searchKey("phone",
                "13800138000");

        assertEquals(first, again);
        assertEquals(64, first.length());
        assertTrue(first.matches("[0-9a-f]{64}"), first);
    }

    @Test
    void searchKeyIsPurposeSeparated() {
        assertNotEquals(cipher.searchKey("phone", "8000"), cipher.searchKey("phone-last4", "8000"));
        assertNotEquals(cipher.searchKey("ab", "c"), cipher.searchKey("a", "bc"));
        assertNotEquals(cipher.searchKey("phone", "13800138000"), cipher.searchKey("phone", "13800138001"));
    }

    @Test
    void searchKeyDependsOnSecret() {
        AesGcmFieldCipher other = new AesGcmFieldCipher(Map.of(1, aesKey), key("HmacSHA256"), RANDOM);

        assertNotEquals(cipher.searchKey("phone", "13800138000"), other.searchKey("phone", "13800138000"));
    }

    @Test
    void searchKeyRejectsEmptyPurpose() {
        assertThrows(IllegalArgumentException.class, () -> cipher.searchKey("", "1"));
        assertThrows(IllegalArgumentException.class, () -> cipher.searchKey(null, "1"));
        assertThrows(IllegalArgumentException.class, () -> cipher.searchKey("a\0b", "1"));
    }

    private static SecretKey key(String algorithm) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
