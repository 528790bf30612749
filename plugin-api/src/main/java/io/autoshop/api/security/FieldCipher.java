package io.autoshop.api.security;

/**
 * Encrypts personal data (phone numbers, ID numbers, addresses) for storage, and derives search keys for exact
 * matching without storing plaintext. The keys live in a keystore under Karaf's {@code etc/}.
 */
public interface FieldCipher {

    /**
     * Service property with the absolute path of the keystore file, so that backups can copy it.
     *
     * @since 1.1
     */
    String KEYSTORE_PATH = "autoshop.keystore.path";

    /**
     * Service property with the absolute path of the file containing the keystore's password.
     *
     * @since 1.1
     */
    String KEYSTORE_PASSWORD_PATH = "autoshop.keystore.password.path";

    /**
     * Encrypts a value with AES-GCM and a fresh random nonce; the same value gives a different result every time.
     *
     * @return printable ciphertext that carries its key version and nonce, {@code null} for {@code null}
     */
    String encrypt(String plaintext);

    /**
     * Decrypts what {@link #encrypt} produced.
     *
     * @return the plaintext, {@code null} for {@code null}
     * @throws IllegalStateException if the value was not produced with this shop's key or was altered
     */
    String decrypt(String ciphertext);

    /**
     * Returns a keyed hash of a normalised value for exact-match search: equal inputs give equal keys, and the
     * key reveals nothing without the shop's secret.
     *
     * @param purpose separates search keys of different fields, for example {@code phone} and {@code phone-last4}
     */
    String searchKey(String purpose, String value);
}
