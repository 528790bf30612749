package io.autoshop.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.ConflictException;
import io.autoshop.api.StaleVersionException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionRunnerTest {

    private static final String NOTE_COUNT = "SELECT COUNT(*) FROM TEST_NOTE";

    @TempDir
    Path folder;

    private DerbyDatabase database;
    private UnitManager units;
    private TransactionRunner transactions;

    @BeforeEach
    void createUnit() {
        database = new DerbyDatabase(folder);
        new SchemaMigrator(database.dataSource()).migrate("test", List.of(NoteEntity.MIGRATION));
        units = new UnitManager(database.dataSource(), folder.resolve("unit-root").toFile());
        units.add("test", List.of(NoteEntity.class));
        transactions = new TransactionRunner(units);
    }

    @AfterEach
    void closeUnit() throws SQLException {
        units.close();
        database.shutdown();
    }

    private Void persist(EntityManager em, String title) {
        em.persist(NoteEntity.of(title, 1));
        em.flush();
        return null;
    }

    @Test
    void requiredCommitsWork() throws SQLException {
        Long id = transactions.required(em -> {
            NoteEntity note = NoteEntity.of("brake pads", 12);
            em.persist(note);
            em.flush();
            return note.id;
        });

        assertEquals(List.of("brake pads"), database.queryStrings("SELECT TITLE FROM TEST_NOTE WHERE ID = ?", id));
    }

    @Test
    void requiredReturnsResultOfWork() {
        transactions.required(em -> persist(em, "brake pads"));

        long count = transactions.required(
                em -> em.createQuery("SELECT COUNT(n) FROM Note n", Long.class).getSingleResult());

        assertEquals(1, count);
    }

    @Test
    void exceptionRollsBackAndPropagates() throws SQLException {
        IllegalStateException failure = new IllegalStateException("Technician is not on shift");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> transactions.required(em -> {
            persist(em, "brake pads");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(0, database.queryLong(NOTE_COUNT));
    }

    @Test
    void nestedCallJoinsOuterTransaction() throws SQLException {
        List<EntityManager> managers = new ArrayList<>();

        transactions.required(outer -> {
            managers.add(outer);
            persist(outer, "brake pads");
            return transactions.required(inner -> {
                managers.add(inner);
                return persist(inner, "oil filter");
            });
        });

        assertSame(managers.get(0), managers.get(1));
        assertEquals(2, database.queryLong(NOTE_COUNT));
    }

    @Test
    void nestedFailureRollsBackOuter() throws SQLException {
        assertThrows(IllegalStateException.class, () -> transactions.required(outer -> {
            persist(outer, "brake pads");
            return transactions.required(inner -> {
                persist(inner, "oil filter");
                throw new IllegalStateException("Part is out of stock");
            });
        }));

        assertEquals(0, database.queryLong(NOTE_COUNT));
    }

    @Test
    void caughtNestedFailureRollsBackOuter() throws SQLException {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> transactions.required(outer -> {
                    persist(outer, "brake pads");
                    try {
                        transactions.required(inner -> {
                            throw new IllegalStateException("Part is out of stock");
                        });
                    } catch (IllegalStateException e) {
                        // The outer work goes on as if the step were optional.
                    }
                    return persist(outer, "oil filter");
                }));

        assertTrue(thrown.getMessage().contains("nested step failed"), thrown.getMessage());
        assertEquals(0, database.queryLong(NOTE_COUNT));
    }

    @Test
    void afterCommitRunsOnceCommitted() throws SQLException {
        List<Long> countsSeen = new ArrayList<>();

        transactions.required(em -> {
            persist(em, "brake pads");
            transactions.afterCommit(() -> countsSeen.add(countNotes()));
            assertTrue(countsSeen.isEmpty());
            return null;
        });

        assertEquals(List.of(1L), countsSeen);
    }

    @Test
    void afterCommitSkippedOnRollback() {
        List<String> actions = new ArrayList<>();

        assertThrows(IllegalStateException.class, () -> transactions.required(em -> {
            transactions.afterCommit(() -> actions.add("event posted"));
            throw new IllegalStateException("Order is already settled");
        }));

        assertTrue(actions.isEmpty());
    }

    @Test
    void afterCommitOutsideTransactionRunsAtOnce() {
        List<String> actions = new ArrayList<>();

        transactions.afterCommit(() -> actions.add("event posted"));

        assertEquals(List.of("event posted"), actions);
    }

    @Test
    void failingAfterCommitActionKeepsCommit() throws SQLException {
        String result = transactions.required(em -> {
            persist(em, "brake pads");
            transactions.afterCommit(() -> {
                throw new IllegalStateException("Event admin is gone");
            });
            return "stored";
        });

        assertEquals("stored", result);
        assertEquals(1, database.queryLong(NOTE_COUNT));
    }

    @Test
    void uniqueViolationBecomesConflict() throws SQLException {
        transactions.required(em -> persist(em, "brake pads"));

        assertThrows(ConflictException.class, () -> transactions.required(em -> persist(em, "brake pads")));

        assertEquals(1, database.queryLong(NOTE_COUNT));
    }

    @Test
    void uniqueViolationIsRetriedBeforeConflict() {
        transactions.required(em -> persist(em, "brake pads"));
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(ConflictException.class, () -> transactions.required(em -> {
            attempts.incrementAndGet();
            return persist(em, "brake pads");
        }));

        assertEquals(TransactionRunner.MAX_ATTEMPTS, attempts.get());
    }

    @Test
    void checkViolationIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(ConflictException.class, () -> transactions.required(em -> {
            attempts.incrementAndGet();
            em.persist(NoteEntity.of("brake pads", -1));
            return null;
        }));

        assertEquals(1, attempts.get());
    }

    @Test
    void checkViolationBecomesConflict() throws SQLException {
        assertThrows(ConflictException.class, () -> transactions.required(em -> {
            em.persist(NoteEntity.of("brake pads", -1));
            return null;
        }));

        assertEquals(0, database.queryLong(NOTE_COUNT));
    }

    @Test
    void concurrentUpdateBecomesStaleVersion() throws SQLException {
        Long id = transactions.required(em -> {
            NoteEntity note = NoteEntity.of("brake pads", 12);
            em.persist(note);
            em.flush();
            return note.id;
        });

        assertThrows(StaleVersionException.class, () -> transactions.required(em -> {
            NoteEntity note = em.find(NoteEntity.class, id);
            updateElsewhere("UPDATE TEST_NOTE SET PAGES = 13, VERSION = VERSION + 1 WHERE ID = " + id);
            note.pages = 14;
            return null;
        }));

        assertEquals(13, database.queryLong("SELECT PAGES FROM TEST_NOTE WHERE ID = ?", id));
    }

    @Test
    void lockConflictIsRetried() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();

        transactions.required(em -> {
            persist(em, "brake pads");
            if (attempts.incrementAndGet() == 1) {
                throw new PersistenceException("Flush failed",
                        new SQLTransactionRollbackException("deadlock", "40001"));
            }
            return null;
        });

        assertEquals(2, attempts.get());
        assertEquals(1, database.queryLong(NOTE_COUNT));
    }

    @Test
    void retriesStopAfterMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        PersistenceException thrown = assertThrows(PersistenceException.class, () -> transactions.required(em -> {
            attempts.incrementAndGet();
            throw new PersistenceException("Flush failed", new SQLTransactionRollbackException("lock", "40XL1"));
        }));

        assertEquals(TransactionRunner.MAX_ATTEMPTS, attempts.get());
        assertInstanceOf(SQLTransactionRollbackException.class, thrown.getCause());
    }

    @Test
    void otherFailureIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(ConflictException.class, () -> transactions.required(em -> {
            attempts.incrementAndGet();
            throw new ConflictException("Order WO20260305-0001 is already paid");
        }));

        assertEquals(1, attempts.get());
    }

    private long countNotes() {
        try {
            return database.queryLong(NOTE_COUNT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void updateElsewhere(String sql) {
        try {
            database.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
