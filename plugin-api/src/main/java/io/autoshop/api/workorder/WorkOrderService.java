package io.autoshop.api.workorder;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Work orders and their workflow. Every change is one transaction: it completes whole or changes nothing.
 * Each write accepts the version the caller last read ({@code null} skips the check) and throws
 * {@link io.autoshop.api.StaleVersionException} when it is stale; a settled or cancelled order throws
 * {@link io.autoshop.api.ConflictException} on any change.
 */
@ProviderType
public interface WorkOrderService {

    WorkOrder create(WorkOrderInput input);

    WorkOrder get(long id);

    Optional<WorkOrder> find(long id);

    /**
     * Returns the order with the given readable number.
     */
    Optional<WorkOrder> findByNumber(String number);

    /**
     * Searches orders, newest reception first.
     */
    Page<WorkOrderSummary> search(WorkOrderQuery query, PageRequest page);

    WorkOrder update(long id, WorkOrderUpdate update, Long expectedVersion);

    WorkOrder addLaborLine(long id, LaborLineInput input, Long expectedVersion);

    WorkOrder removeLaborLine(long id, long lineId, Long expectedVersion);

    /**
     * Assigns a labour line to a technician or leaves it unassigned. A line with a running job clock keeps its
     * technician until the clock is stopped.
     *
     * @since 1.1
     */
    WorkOrder updateLaborLine(long id, long lineId, LaborLineUpdate update, Long expectedVersion);

    /**
     * Adds a parts line and takes its quantity out of stock, oldest batch first.
     */
    WorkOrder addPartLine(long id, PartLineInput input, Long expectedVersion);

    /**
     * Removes a parts line and puts its quantity back into the batches it came from.
     */
    WorkOrder removePartLine(long id, long lineId, Long expectedVersion);

    /**
     * Moves the order to another status; an illegal move throws {@link io.autoshop.api.ConflictException}.
     */
    WorkOrder transition(long id, TransitionInput input, Long expectedVersion);
}
