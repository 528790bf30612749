package io.autoshop.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Checks that a shop on PostgreSQL rejects the online backup, which copies embedded Derby files, with 409 and a
 * message that names the database. Runs only with -Ditests.database=postgresql (see the itests-postgresql profile).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BackupConflictIT extends AutoShopTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void backupRejectedOnPostgresql() throws Exception {
        awaitReady("/backups");
        JsonNode error = expect(409, post("/backups", ""));
        String message = error.toString();
        assertTrue(message, message.contains("PostgreSQL"));
        assertTrue(message, message.contains("only on the embedded Derby database"));
    }
}
