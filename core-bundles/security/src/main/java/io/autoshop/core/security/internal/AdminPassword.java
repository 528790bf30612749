package io.autoshop.core.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the password of the {@code admin} account created on first start: the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, else the content of the password file if an administrator placed one there,
 * else a random password that is written to that file, readable by the owner only, and to the log once.
 */
final class AdminPassword {

    static final String ENVIRONMENT_VARIABLE = "AUTOSHOP_ADMIN_PASSWORD";
    /** Password file below the Karaf data folder. */
    static final String FILE = "autoshop/admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(AdminPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AdminPassword() {
    }

    /** The chosen password and where it came from, for the log. */
    record Choice(String password, String source) {
    }

    /**
     * Chooses the password.
     *
     * @param environment looks up environment variables
     * @param file the password file, normally {@code <karaf.data>/autoshop/admin-password}
     */
    static Choice choose(UnaryOperator<String> environment, Path file, SecureRandom random) throws IOException {
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            if (fromEnvironment.length() >= PasswordHasher.MIN_LENGTH) {
                return new Choice(fromEnvironment, "environment variable " + ENVIRONMENT_VARIABLE);
            }
            LOG.error("Ignoring environment variable {}: the password must have at least {} characters",
                    ENVIRONMENT_VARIABLE, PasswordHasher.MIN_LENGTH);
        }

        if (Files.isRegularFile(file)) {
            String fromFile = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (fromFile.length() >= PasswordHasher.MIN_LENGTH) {
                restrictToOwner(file);
                return new Choice(fromFile, "file " + file);
            }
            LOG.error("Ignoring password file {}: the password must have at least {} characters", file,
                    PasswordHasher.MIN_LENGTH);
            Files.delete(file);
        }

        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writeOwnerOnly(file, generated);
        return new Choice(generated, "random, written to " + file);
    }

    /** Writes the password to a new file that only its owner may read and write. */
    static void writeOwnerOnly(Path file, String password) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] content = (password + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        if (supportsPosix()) {
            // Created with its permissions in one step, so that the password is never readable by others.
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.write(Files.createFile(file, ownerOnly), content);
        } else {
            Files.write(file, content);
            LOG.warn("The file system of {} has no POSIX permissions; restrict access to the file by hand", file);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (supportsPosix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
