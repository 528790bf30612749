package io.autoshop.core.persistence.internal;

import io.autoshop.api.AutoShopException;
import io.autoshop.api.ConflictException;
import io.autoshop.api.StaleVersionException;
import java.sql.SQLException;
import java.util.Set;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

/**
 * Turns persistence failures into domain exceptions and decides which failures are retried.
 */
final class PersistenceErrors {

    /**
     * Deadlock or serialisation failure (SQL standard, Derby, PostgreSQL), Derby lock time-out, and unique-key
     * violations: two transactions inserting the same new key, such as the first order number of a day, succeed
     * on a retry, and a lasting duplicate fails the service's own check on the retry with a precise message.
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40XL1", "40XL2", "40P01", "23505");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23513";

    private PersistenceErrors() {
    }

    static RuntimeException translate(RuntimeException error) {
        if (error instanceof AutoShopException) {
            return error;
        }
        if (find(error, OptimisticLockException.class) != null) {
            return new StaleVersionException("The record was changed by another request; reload it and try again");
        }
        String state = sqlState(error);
        if (UNIQUE_VIOLATION.equals(state)) {
            return new ConflictException("A record with the same unique value already exists");
        }
        if (CHECK_VIOLATION.equals(state)) {
            return new ConflictException("The change breaks a rule of the stored data, for example stock below zero");
        }
        return error;
    }

    static boolean isRetryable(Throwable error) {
        if (find(error, PessimisticLockException.class) != null || find(error, LockTimeoutException.class) != null) {
            return true;
        }
        String state = sqlState(error);
        return state != null && RETRYABLE_STATES.contains(state);
    }

    /**
     * Returns the SQL state of the innermost SQL exception in the cause chain, or {@code null}.
     */
    static String sqlState(Throwable error) {
        String state = null;
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
