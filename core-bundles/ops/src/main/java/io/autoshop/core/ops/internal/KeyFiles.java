package io.autoshop.core.ops.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The field cipher's keystore and password file, which a backup copies into its {@value #FOLDER} folder because
 * the encrypted columns of the database cannot be read without them. Copies are readable by their owner only.
 *
 * @param keystore the PKCS12 keystore
 * @param passwordFile the file containing the keystore's password
 */
record KeyFiles(Path keystore, Path passwordFile) {

    static final String FOLDER = "keys";
    static final String KEYSTORE_NAME = "autoshop-keys.p12";
    static final String PASSWORD_NAME = "autoshop-keys.pass";

    private static final String REPLACED_PREFIX = "autoshop-keys-replaced-";
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Returns the default files under Karaf's etc folder, as the crypto bundle creates them when not configured.
     */
    static KeyFiles defaults(String karafEtc) {
        Path etc = Path.of(karafEtc == null ? "etc" : karafEtc).toAbsolutePath();
        return new KeyFiles(etc.resolve(KEYSTORE_NAME), etc.resolve(PASSWORD_NAME));
    }

    /**
     * Returns the key files stored in a backup folder, or empty when the backup contains none.
     */
    static Optional<KeyFiles> inBackup(Path backup) {
        KeyFiles files = new KeyFiles(backup.resolve(FOLDER).resolve(KEYSTORE_NAME),
                backup.resolve(FOLDER).resolve(PASSWORD_NAME));
        return files.exist() ? Optional.of(files) : Optional.empty();
    }

    boolean exist() {
        return Files.isRegularFile(keystore) && Files.isRegularFile(passwordFile);
    }

    /**
     * Copies both files into the {@value #FOLDER} folder of a backup being written.
     *
     * @return false, copying nothing, when the keystore or its password file does not exist
     */
    boolean copyInto(Path backup) throws IOException {
        if (!exist()) {
            return false;
        }
        Path folder = backup.resolve(FOLDER);
        if (supportsPosix()) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwx------")));
        } else {
            Files.createDirectory(folder);
        }
        copyOwnerOnly(keystore, folder.resolve(KEYSTORE_NAME));
        copyOwnerOnly(passwordFile, folder.resolve(PASSWORD_NAME));
        return true;
    }

    /**
     * Installs the given files, from a backup, in place of these. Files with different content are first moved into
     * a new folder {@code autoshop-keys-replaced-<time>} next to the keystore, so that no key is lost.
     *
     * @return the folder that the replaced files were moved to, or empty when nothing had to be moved
     */
    Optional<Path> replaceWith(KeyFiles restored, Instant now) throws IOException {
        if (sameContent(keystore, restored.keystore()) && sameContent(passwordFile, restored.passwordFile())) {
            return Optional.empty();
        }
        Optional<Path> aside = Optional.empty();
        if (Files.exists(keystore) || Files.exists(passwordFile)) {
            Path folder = keystore.toAbsolutePath().getParent()
                    .resolve(REPLACED_PREFIX + FOLDER_TIME.format(now.atZone(ZoneId.systemDefault())));
            for (int n = 2; Files.exists(folder); n++) {
                folder = folder.resolveSibling(folder.getFileName() + "-" + n);
            }
            if (supportsPosix()) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rwx------")));
            } else {
                Files.createDirectory(folder);
            }
            for (Path file : new Path[] {keystore, passwordFile}) {
                if (Files.exists(file)) {
                    Files.move(file, folder.resolve(file.getFileName()));
                }
            }
            aside = Optional.of(folder);
        }
        copyOwnerOnly(restored.keystore(), keystore);
        copyOwnerOnly(restored.passwordFile(), passwordFile);
        return aside;
    }

    /**
     * Copies a file through a temporary file created with owner-only permissions and an atomic rename, so that the
     * copy is never readable by others.
     */
    static void copyOwnerOnly(Path source, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = supportsPosix()
                ? Files.createTempFile(folder, target.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, target.getFileName().toString(), ".tmp", new FileAttribute<?>[0]);
        try {
            Files.write(temporary, Files.readAllBytes(source));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.isRegularFile(a) && Files.isRegularFile(b)
                && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
