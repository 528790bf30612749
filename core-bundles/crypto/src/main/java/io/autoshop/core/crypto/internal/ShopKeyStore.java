package io.autoshop.core.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's PKCS12 keystore and the file with its password. The keystore contains the AES-256 encryption keys
 * under the aliases {@code autoshop-aes-v<version>} and one HMAC-SHA256 key for search keys under
 * {@code autoshop-hmac}. Both files are created on first use, readable and writable by their owner only where the
 * file system has POSIX permissions.
 */
final class ShopKeyStore {

    static final String TYPE = "PKCS12";
    static final String ENCRYPTION_ALIAS_PREFIX = "autoshop-aes-v";
    static final String MAC_ALIAS = "autoshop-hmac";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(ShopKeyStore.class);
    private static final Pattern ENCRYPTION_ALIAS = Pattern.compile(Pattern.quote(ENCRYPTION_ALIAS_PREFIX) + "(\\d+)");
    private static final int PASSWORD_BYTES = 32;

    /** The keys read from the keystore. */
    record Keys(Map<Integer, SecretKey> encryptionKeys, SecretKey macKey, boolean created) {
    }

    private ShopKeyStore() {
    }

    /**
     * Opens the keystore, or creates it with fresh keys when the file does not exist.
     *
     * @throws KeyStoreUnavailableException if the keystore exists but cannot be opened or lacks a key; nothing is
     *             created then, so that no data gets encrypted with a new key by mistake
     */
    static Keys openOrCreate(Path keystore, Path passwordFile, SecureRandom random)
            throws KeyStoreUnavailableException {
        if (Files.exists(keystore)) {
            return open(keystore, passwordFile);
        }
        try {
            return create(keystore, passwordFile, random);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyStoreUnavailableException("Keystore " + keystore + " could not be created: " + e, e);
        }
    }

    static Keys open(Path keystore, Path passwordFile) throws KeyStoreUnavailableException {
        if (!Files.isRegularFile(passwordFile)) {
            throw new KeyStoreUnavailableException("Keystore " + keystore + " exists but its password file "
                    + passwordFile + " is missing");
        }
        warnIfReadableByOthers(keystore);
        warnIfReadableByOthers(passwordFile);
        char[] password;
        try {
            password = readPassword(passwordFile);
        } catch (IOException e) {
            throw new KeyStoreUnavailableException("Password file " + passwordFile + " cannot be read: " + e, e);
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(in, password);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            Map<Integer, SecretKey> encryptionKeys = new TreeMap<>();
            for (String alias : Collections.list(store.aliases())) {
                Matcher matcher = ENCRYPTION_ALIAS.matcher(alias);
                if (matcher.matches()) {
                    encryptionKeys.put(Integer.valueOf(matcher.group(1)),
                            new SecretKeySpec(secretKey(store, alias, protection).getEncoded(), "AES"));
                }
            }
            if (encryptionKeys.isEmpty()) {
                throw new KeyStoreUnavailableException("Keystore " + keystore + " contains no entry "
                        + ENCRYPTION_ALIAS_PREFIX + "<version>");
            }
            if (!store.containsAlias(MAC_ALIAS)) {
                throw new KeyStoreUnavailableException("Keystore " + keystore + " contains no entry " + MAC_ALIAS);
            }
            SecretKey macKey = new SecretKeySpec(secretKey(store, MAC_ALIAS, protection).getEncoded(), "HmacSHA256");
            return new Keys(encryptionKeys, macKey, false);
        } catch (IOException | GeneralSecurityException e) {
            // A wrong password shows up as an IOException from load().
            throw new KeyStoreUnavailableException("Keystore " + keystore + " cannot be opened with the password in "
                    + passwordFile + ": " + e.getMessage(), e);
        }
    }

    private static SecretKey secretKey(KeyStore store, String alias, KeyStore.PasswordProtection protection)
            throws GeneralSecurityException {
        KeyStore.Entry entry = store.getEntry(alias, protection);
        if (entry instanceof KeyStore.SecretKeyEntry secret) {
            return secret.getSecretKey();
        }
        throw new GeneralSecurityException("Keystore entry " + alias + " is not a secret key");
    }

    /**
     * Writes a new password file unless one exists, then a keystore with version 1 of the encryption key and a new
     * search key. A password file left without a keystore is reused, because nothing can have been encrypted with
     * keys that were never stored.
     */
    private static Keys create(Path keystore, Path passwordFile, SecureRandom random)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(passwordFile)) {
            byte[] secret = new byte[PASSWORD_BYTES];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            writeOwnerOnly(passwordFile, (password + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        char[] password = readPassword(passwordFile);

        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256, random);
        KeyGenerator hmac = KeyGenerator.getInstance("HmacSHA256");
        hmac.init(256, random);
        SecretKey encryptionKey = aes.generateKey();
        SecretKey macKey = hmac.generateKey();

        KeyStore store = KeyStore.getInstance(TYPE);
        store.load(null, password);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
        store.setEntry(ENCRYPTION_ALIAS_PREFIX + 1, new KeyStore.SecretKeyEntry(encryptionKey), protection);
        store.setEntry(MAC_ALIAS, new KeyStore.SecretKeyEntry(macKey), protection);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        writeOwnerOnly(keystore, bytes.toByteArray());
        return new Keys(Map.of(1, encryptionKey), macKey, true);
    }

    static char[] readPassword(Path passwordFile) throws IOException {
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException("Password file " + passwordFile + " is empty");
        }
        return password.toCharArray();
    }

    /**
     * Writes the file through a temporary file created with owner-only permissions and an atomic rename, so that
     * the content is never readable by others, not even for a moment, and a crash leaves no half-written file.
     */
    static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = supportsPosix()
                ? Files.createTempFile(folder, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, file.getFileName().toString(), ".tmp", new FileAttribute<?>[0]);
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (!supportsPosix()) {
            LOG.warn("File system of {} has no POSIX permissions; restrict access to the file by hand", file);
        }
    }

    static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void warnIfReadableByOthers(Path file) {
        if (!supportsPosix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("File {} has permissions {}; restrict them to rw------- with chmod 600", file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (IOException e) {
            LOG.warn("Permissions of {} cannot be read: {}", file, e.toString());
        }
    }
}
