package io.autoshop.core.workorder.internal;

import io.autoshop.api.dispatch.DispatchRanking;
import javax.persistence.EntityManager;

/**
 * The part of the dispatch service that the work-order service calls inside its own transaction, for
 * auto-dispatch when an order opens.
 */
public interface OrderDispatcher {

    /**
     * Tells whether the shop setting {@code autoDispatch} is on.
     */
    boolean autoDispatchEnabled();

    /**
     * Ranks the technicians for an order read in the caller's transaction.
     */
    DispatchRanking rank(EntityManager em, WorkOrderEntity order);
}
