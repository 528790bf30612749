package io.autoshop.api.dispatch;

import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An open work order on a technician's task list.
 *
 * @param workOrderId the order
 * @param number the order's readable number
 * @param status the order's status
 * @param plate the vehicle's plate
 * @param complaint the customer's description of the fault
 * @param promisedAt when the car was promised back, may be {@code null}
 * @param receivedAt reception time
 * @param assignedToOrder whether the technician is among the order's {@code technicianIds}
 * @param laborLines the order's labour lines assigned to the technician
 */
public record Task(long workOrderId, String number, WorkOrderStatus status, String plate, String complaint,
        OffsetDateTime promisedAt, OffsetDateTime receivedAt, boolean assignedToOrder, List<LaborLine> laborLines) {

    public Task {
        laborLines = List.copyOf(laborLines);
    }
}
