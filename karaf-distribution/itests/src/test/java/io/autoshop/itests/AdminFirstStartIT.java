package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A first start without a prepared admin password generates one and writes it to a file only its owner can read.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminFirstStartIT extends AutoShopTestSupport {

    @Configuration
    public Option[] config() {
        return distributionWithGeneratedAdminPassword();
    }

    @Test
    public void generatedPasswordFileIsOwnerOnly() throws Exception {
        awaitReady("/me");
        Path file = Path.of(System.getProperty("karaf.data"), "autoshop", "admin-password");

        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 20);
        assertTrue(!password.equals(ADMIN_PASSWORD));
        assertEquals("OWNER", expect(200, loginReply(ADMIN, password)).at("/user/role").asText());
    }
}
