package io.autoshop.core.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopKeyStoreTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path etc;

    @Test
    void createdWithOwnerOnlyPermissions() throws Exception {
        assumeTrue(ShopKeyStore.supportsPosix(), "POSIX file permissions");
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");

        ShopKeyStore.Keys keys = ShopKeyStore.openOrCreate(keystore, password, RANDOM);

        assertTrue(keys.created());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
        assertEquals(32, keys.encryptionKeys().get(1).getEncoded().length);
        assertEquals(32, keys.macKey().getEncoded().length);
        try (Stream<Path> files = Files.list(etc)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    @Test
    void reopenedWithSameKeys() throws Exception {
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");
        ShopKeyStore.Keys created = ShopKeyStore.openOrCreate(keystore, password, RANDOM);
        byte[] keystoreBytes = Files.readAllBytes(keystore);

        ShopKeyStore.Keys reopened = ShopKeyStore.openOrCreate(keystore, password, RANDOM);

        assertFalse(reopened.created());
        assertArrayEquals(created.encryptionKeys().get(1).getEncoded(), reopened.encryptionKeys().get(1).getEncoded());
        assertArrayEquals(created.macKey().getEncoded(), reopened.macKey().getEncoded());
        assertArrayEquals(keystoreBytes, Files.readAllBytes(keystore));
        AesGcmFieldCipher before = new AesGcmFieldCipher(created.encryptionKeys(), created.macKey(), RANDOM);
        AesGcmFieldCipher after = new AesGcmFieldCipher(reopened.encryptionKeys(), reopened.macKey(), RANDOM);
        assertEquals("13800138000", after.decrypt(before.encrypt("13800138000")));
        assertEquals(before.searchKey("phone", "13800138000"), after.searchKey("phone", "13800138000"));
    }

    @Test
    void wrongPasswordIsRejected() throws Exception {
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");
        ShopKeyStore.openOrCreate(keystore, password, RANDOM);
        byte[] keystoreBytes = Files.readAllBytes(keystore);
        Files.writeString(password, "not-the-password\n", StandardCharsets.US_ASCII);

        KeyStoreUnavailableException e = assertThrows(KeyStoreUnavailableException.class,
                () -> ShopKeyStore.openOrCreate(keystore, password, RANDOM));

        assertTrue(e.getMessage().contains("cannot be opened"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
        assertArrayEquals(keystoreBytes, Files.readAllBytes(keystore), "the keystore is left unchanged");
    }

    @Test
    void missingPasswordFileIsRejected() throws Exception {
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");
        ShopKeyStore.openOrCreate(keystore, password, RANDOM);
        Files.delete(password);

        KeyStoreUnavailableException e = assertThrows(KeyStoreUnavailableException.class,
                () -> ShopKeyStore.openOrCreate(keystore, password, RANDOM));

        assertTrue(e.getMessage().contains("password file"), e.getMessage());
        assertFalse(Files.exists(password), "no new password file is written");
    }

    @Test
    void corruptKeystoreIsRejected() throws Exception {
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");
        ShopKeyStore.openOrCreate(keystore, password, RANDOM);
        Files.write(keystore, new byte[] {1, 2, 3, 4});

        assertThrows(KeyStoreUnavailableException.class, () -> ShopKeyStore.openOrCreate(keystore, password, RANDOM));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Files.readAllBytes(keystore));
    }

    @Test
    void leftoverPasswordFileIsReused() throws Exception {
        Path keystore = etc.resolve("autoshop-keys.p12");
        Path password = etc.resolve("autoshop-keys.pass");
        Files.writeString(password, "kept-password\n", StandardCharsets.US_ASCII);

        ShopKeyStore.openOrCreate(keystore, password, RANDOM);

        assertEquals("kept-password\n", Files.readString(password, StandardCharsets.US_ASCII));
        assertFalse(ShopKeyStore.open(keystore, password).created());
    }

    @Test
    void relativePathsResolveAgainstEtc() {
        assertEquals(etc.resolve("autoshop-keys.p12").toAbsolutePath().normalize(),
                FieldCipherComponent.resolve(etc, " autoshop-keys.p12 "));
        assertEquals(Path.of("/srv/keys/shop.p12"), FieldCipherComponent.resolve(etc, "/srv/keys/shop.p12"));
    }
}
