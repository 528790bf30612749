package io.autoshop.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.ConflictException;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.PessimisticLockException;
import javax.persistence.RollbackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersistenceErrorsTest {

    /** Wraps an SQL exception the way a JPA provider reports a failed flush. */
    private static PersistenceException flushFailure(SQLException cause) {
        return new PersistenceException("Flush failed", new IllegalStateException("Statement failed", cause));
    }

    @Test
    void uniqueViolationBecomesConflict() {
        PersistenceException error = flushFailure(
                new SQLIntegrityConstraintViolationException("duplicate key value", "23505"));

        RuntimeException translated = PersistenceErrors.translate(error);

        assertInstanceOf(ConflictException.class, translated);
    }

    @Test
    void checkViolationBecomesConflict() {
        PersistenceException error = flushFailure(
                new SQLIntegrityConstraintViolationException("check constraint failed", "23513"));

        RuntimeException translated = PersistenceErrors.translate(error);

        assertInstanceOf(ConflictException.class, translated);
    }

    @Test
    void innermostSqlStateDecides() {
        SQLException inner = new SQLIntegrityConstraintViolationException("duplicate key value", "23505");
        PersistenceException error = flushFailure(new SQLException("batch failed", "XJ208", inner));

        RuntimeException translated = PersistenceErrors.translate(error);

        assertInstanceOf(ConflictException.class, translated);
    }

    @Test
    void optimisticLockBecomesStaleVersion() {
        RollbackException error = new RollbackException("Commit failed",
                new OptimisticLockException("The object was changed by another transaction"));

        RuntimeException translated = PersistenceErrors.translate(error);

        assertInstanceOf(StaleVersionException.class, translated);
    }

    @Test
    void domainExceptionsStayUnchanged() {
        RuntimeException conflict = new ConflictException("Order WO20260305-0001 is already paid");
        RuntimeException missing = new NotFoundException("Customer 42 not found");
        RuntimeException stale = new StaleVersionException("Customer 42 is at version 3");
        RuntimeException invalid = new ValidationException("phone", "is required");

        assertSame(conflict, PersistenceErrors.translate(conflict));
        assertSame(missing, PersistenceErrors.translate(missing));
        assertSame(stale, PersistenceErrors.translate(stale));
        assertSame(invalid, PersistenceErrors.translate(invalid));
    }

    @Test
    void otherFailuresStayUnchanged() {
        PersistenceException error = flushFailure(new SQLException("Table 'AS_NOPE' does not exist", "42X05"));

        RuntimeException translated = PersistenceErrors.translate(error);

        assertSame(error, translated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40XL1", "40XL2", "40P01"})
    void lockConflictIsRetryable(String state) {
        PersistenceException error = flushFailure(new SQLTransactionRollbackException("lock conflict", state));

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertTrue(retryable, state);
    }

    @Test
    void uniqueViolationIsRetryable() {
        PersistenceException error = flushFailure(
                new SQLIntegrityConstraintViolationException("duplicate key value", "23505"));

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertTrue(retryable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23513", "42X05", "08006"})
    void otherSqlStateIsNotRetryable(String state) {
        PersistenceException error = flushFailure(new SQLException("failed", state));

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertFalse(retryable, state);
    }

    @Test
    void pessimisticLockFailureIsRetryable() {
        PersistenceException error = new PessimisticLockException("Lock not granted");

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertTrue(retryable);
    }

    @Test
    void lockTimeoutIsRetryable() {
        PersistenceException error = new LockTimeoutException("Lock wait timed out");

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertTrue(retryable);
    }

    @Test
    void failureWithoutSqlExceptionIsNotRetryable() {
        IllegalStateException error = new IllegalStateException("Entity manager is closed");

        boolean retryable = PersistenceErrors.isRetryable(error);

        assertFalse(retryable);
    }

    @Test
    void sqlStateIsNullWithoutSqlException() {
        IllegalStateException error = new IllegalStateException("no database involved");

        String state = PersistenceErrors.sqlState(error);

        assertNull(state);
    }

    @Test
    void sqlStateComesFromCauseChain() {
        PersistenceException error = flushFailure(new SQLTransactionRollbackException("deadlock", "40001"));

        String state = PersistenceErrors.sqlState(error);

        assertEquals("40001", state);
    }
}
