package io.autoshop.core.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;

/**
 * Runs work in a database transaction bound to the calling thread.
 *
 * <p>A call inside another call joins the outer transaction, so that services of different core bundles
 * change data atomically. The outermost call commits, or rolls back when the work throws; it retries the
 * whole work a few times when the database reports a deadlock or lock time-out. Persistence exceptions leave
 * as the domain exceptions of {@code io.autoshop.api}: a unique-key violation as a conflict, an optimistic-lock
 * failure as a stale version.
 */
public interface Transactions {

    /**
     * Runs the work in the current transaction, or in a new one when there is none.
     */
    <T> T required(Function<EntityManager, T> work);

    /**
     * Runs an action after the current transaction has committed, for example to post an event; an action
     * registered outside a transaction runs at once. Failures of the action are logged, not thrown.
     */
    void afterCommit(Runnable action);
}
