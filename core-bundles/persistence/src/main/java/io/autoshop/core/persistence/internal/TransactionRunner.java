package io.autoshop.core.persistence.internal;

import io.autoshop.core.persistence.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread-bound resource-local transactions over the units of a {@link UnitManager}.
 */
final class TransactionRunner implements Transactions {

    static final int MAX_ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);
    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    private final UnitManager units;

    TransactionRunner(UnitManager units) {
        this.units = units;
    }

    @Override
    public <T> T required(Function<EntityManager, T> work) {
        Context outer = CURRENT.get();
        if (outer != null) {
            return joined(outer, work);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return runNew(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !PersistenceErrors.isRetryable(e)) {
                    throw PersistenceErrors.translate(e);
                }
                LOG.info("Transaction attempt {} hit a lock conflict (SQL state {}), retrying",
                        attempt, PersistenceErrors.sqlState(e));
                pause(attempt);
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        Context context = CURRENT.get();
        if (context == null) {
            runQuietly(action);
        } else {
            context.afterCommit.add(action);
        }
    }

    private static <T> T joined(Context outer, Function<EntityManager, T> work) {
        try {
            return work.apply(outer.entityManager);
        } catch (RuntimeException e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private <T> T runNew(Function<EntityManager, T> work) {
        UnitManager.Unit unit = units.acquire();
        EntityManager entityManager = unit.factory.createEntityManager();
        Context context = new Context(entityManager);
        CURRENT.set(context);
        EntityTransaction transaction = entityManager.getTransaction();
        T result;
        try {
            transaction.begin();
            result = work.apply(entityManager);
            if (context.rollbackOnly) {
                throw new IllegalStateException("A nested step failed, so the transaction was rolled back");
            }
            entityManager.flush();
            transaction.commit();
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            CURRENT.remove();
            entityManager.close();
            unit.release();
        }
        context.afterCommit.forEach(TransactionRunner::runQuietly);
        return result;
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Action after commit failed: {}", e.getMessage(), e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a transaction", e);
        }
    }

    private static final class Context {

        final EntityManager entityManager;
        final List<Runnable> afterCommit = new ArrayList<>();
        boolean rollbackOnly;

        Context(EntityManager entityManager) {
            this.entityManager = entityManager;
        }
    }
}
