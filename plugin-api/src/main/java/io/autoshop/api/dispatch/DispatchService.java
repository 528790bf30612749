package io.autoshop.api.dispatch;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Dispatch of work orders to technicians: suggestions, task lists, job clocks and the workload view. An order is
 * open while it is {@code RECEIVED}, {@code OPEN}, {@code IN_REPAIR} or {@code INSPECTION}.
 */
@ProviderType
public interface DispatchService {

    /**
     * Ranks the active technicians for an order with the highest-ranked {@link DispatchStrategy}.
     */
    DispatchRanking suggest(long workOrderId);

    /**
     * Lists the open orders assigned to a technician, on the order or on a labour line, by promised time with
     * orders without one last, then by reception time.
     */
    Page<Task> tasks(long employeeId, PageRequest page);

    /**
     * Starts or stops the job clock of a labour line for the line's technician. A technician runs at most one
     * clock at a time, and clocks run only while the order is {@code IN_REPAIR}.
     */
    JobClock clock(long workOrderId, long laborLineId, ClockAction action);

    /**
     * Returns the job clock of a labour line.
     */
    JobClock getClock(long workOrderId, long laborLineId);

    /**
     * Returns the workload of every active technician, ordered by employee id.
     */
    List<TechnicianWorkload> workload();
}
