package io.autoshop.core.ops.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path work;

    private Path etc;
    private KeyFiles shopKeys;

    @BeforeEach
    void createShopKeys() throws Exception {
        etc = Files.createDirectory(work.resolve("etc"));
        shopKeys = KeyFiles.defaults(etc.toString());
        Files.writeString(shopKeys.keystore(), "keystore of the shop");
        Files.writeString(shopKeys.passwordFile(), "password of the shop");
    }

    @Test
    void backupCopiesKeysOwnerOnly() throws Exception {
        assumeTrue(KeyFiles.supportsPosix(), "POSIX file permissions");
        Path backup = Files.createDirectory(work.resolve("backup"));

        assertTrue(shopKeys.copyInto(backup));

        KeyFiles copied = KeyFiles.inBackup(backup).orElseThrow();
        assertEquals("keystore of the shop", Files.readString(copied.keystore()));
        assertEquals("password of the shop", Files.readString(copied.passwordFile()));
        assertEquals("rwx------", permissions(backup.resolve(KeyFiles.FOLDER)));
        assertEquals("rw-------", permissions(copied.keystore()));
        assertEquals("rw-------", permissions(copied.passwordFile()));
    }

    @Test
    void backupWithoutKeystoreCopiesNothing() throws Exception {
        Files.delete(shopKeys.keystore());
        Path backup = Files.createDirectory(work.resolve("backup"));

        assertFalse(shopKeys.copyInto(backup));

        assertFalse(Files.exists(backup.resolve(KeyFiles.FOLDER)));
        assertTrue(KeyFiles.inBackup(backup).isEmpty());
    }

    @Test
    void restoreMovesReplacedKeysAside() throws Exception {
        Path backup = Files.createDirectory(work.resolve("backup"));
        Path folder = Files.createDirectory(backup.resolve(KeyFiles.FOLDER));
        Files.writeString(folder.resolve(KeyFiles.KEYSTORE_NAME), "keystore of the backup");
        Files.writeString(folder.resolve(KeyFiles.PASSWORD_NAME), "password of the backup");

        Optional<Path> aside = shopKeys.replaceWith(KeyFiles.inBackup(backup).orElseThrow(), Instant.now());

        assertTrue(aside.isPresent());
        assertEquals(etc, aside.get().getParent());
        assertEquals("keystore of the shop", Files.readString(aside.get().resolve(KeyFiles.KEYSTORE_NAME)));
        assertEquals("password of the shop", Files.readString(aside.get().resolve(KeyFiles.PASSWORD_NAME)));
        assertEquals("keystore of the backup", Files.readString(shopKeys.keystore()));
        assertEquals("password of the backup", Files.readString(shopKeys.passwordFile()));
        if (KeyFiles.supportsPosix()) {
            assertEquals("rwx------", permissions(aside.get()));
            assertEquals("rw-------", permissions(shopKeys.keystore()));
            assertEquals("rw-------", permissions(shopKeys.passwordFile()));
        }
    }

    @Test
    void restoreOfSameKeysMovesNothing() throws Exception {
        Path backup = Files.createDirectory(work.resolve("backup"));
        shopKeys.copyInto(backup);

        Optional<Path> aside = shopKeys.replaceWith(KeyFiles.inBackup(backup).orElseThrow(), Instant.now());

        assertTrue(aside.isEmpty());
        assertEquals("keystore of the shop", Files.readString(shopKeys.keystore()));
        try (var files = Files.list(etc)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void secondRestoreKeepsBothReplacedSets() throws Exception {
        Path backup = Files.createDirectory(work.resolve("backup"));
        Path folder = Files.createDirectory(backup.resolve(KeyFiles.FOLDER));
        Files.writeString(folder.resolve(KeyFiles.KEYSTORE_NAME), "keystore of the backup");
        Files.writeString(folder.resolve(KeyFiles.PASSWORD_NAME), "password of the backup");
        Instant now = Instant.parse("2026-03-05T01:30:00Z");
        shopKeys.replaceWith(KeyFiles.inBackup(backup).orElseThrow(), now);
        Files.writeString(folder.resolve(KeyFiles.KEYSTORE_NAME), "keystore of another backup");

        Optional<Path> second = shopKeys.replaceWith(KeyFiles.inBackup(backup).orElseThrow(), now);

        assertTrue(second.orElseThrow().getFileName().toString().endsWith("-2"), second.toString());
        assertEquals("keystore of the backup", Files.readString(second.get().resolve(KeyFiles.KEYSTORE_NAME)));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
