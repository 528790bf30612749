package io.autoshop.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {

    @TempDir
    Path data;

    private final SecureRandom random = new SecureRandom();

    @Test
    void environmentVariableWins() throws Exception {
        Path file = data.resolve(AdminPassword.FILE);

        AdminPassword.Choice choice = AdminPassword.choose(
                Map.of(AdminPassword.ENVIRONMENT_VARIABLE, "from-the-environment")::get, file, random);

        assertEquals("from-the-environment", choice.password());
        assertFalse(Files.exists(file));
    }

    @Test
    void shortEnvironmentVariableIsIgnored() throws Exception {
        Path file = data.resolve(AdminPassword.FILE);

        AdminPassword.Choice choice = AdminPassword.choose(
                Map.of(AdminPassword.ENVIRONMENT_VARIABLE, "short")::get, file, random);

        assertTrue(choice.password().length() >= 20);
        assertTrue(Files.exists(file));
    }

    @Test
    void randomPasswordIsWrittenOwnerOnly() throws Exception {
        Path file = data.resolve(AdminPassword.FILE);

        AdminPassword.Choice choice = AdminPassword.choose(name -> null, file, random);

        assertEquals(choice.password(), Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(choice.password().matches("[A-Za-z0-9_-]{24}"), choice.password());
    }

    @Test
    void preparedFileIsUsedAndRestricted() throws Exception {
        Path file = data.resolve(AdminPassword.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "prepared-password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        AdminPassword.Choice choice = AdminPassword.choose(name -> null, file, random);

        assertEquals("prepared-password", choice.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void shortPreparedFileIsReplaced() throws Exception {
        Path file = data.resolve(AdminPassword.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "short\n");

        AdminPassword.Choice choice = AdminPassword.choose(name -> null, file, random);

        assertTrue(choice.password().length() >= 20);
        assertEquals(choice.password(), Files.readString(file).strip());
    }
}
