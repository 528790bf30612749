package io.autoshop.api.workorder;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A work order (工单) with its lines, payments and history.
 *
 * @param id database id
 * @param number readable number, {@code WO} + reception date + daily sequence, for example WO20260305-0001
 * @param status current step
 * @param customerId owner of the vehicle at reception
 * @param vehicleId the vehicle
 * @param plate plate of the vehicle at reception
 * @param odometerKm odometer reading at reception in kilometres
 * @param complaint the customer's description of the fault (故障描述)
 * @param diagnosis the technician's finding, may be {@code null}
 * @param repairPlan planned work, may be {@code null}
 * @param promisedAt when the car was promised back, may be {@code null}
 * @param receivedAt reception time
 * @param technicianIds employees assigned to the order
 * @param laborLines labour lines in the order they were added
 * @param partLines parts lines in the order they were added
 * @param payments payments in the order they were made
 * @param totals money of the order
 * @param history every change, oldest first
 * @param reworkCount how many inspections failed
 * @param version optimistic-locking version, moved by every change including lines and payments
 * @param updatedAt time of the last change
 * @param trackingUrl path of the customer's public progress page, {@code /track/<token>}
 */
public record WorkOrder(long id, String number, WorkOrderStatus status, long customerId, long vehicleId,
        String plate, int odometerKm, String complaint, String diagnosis, String repairPlan,
        OffsetDateTime promisedAt, OffsetDateTime receivedAt, List<Long> technicianIds, List<LaborLine> laborLines,
        List<PartLine> partLines, List<Payment> payments, Totals totals, List<HistoryEntry> history,
        int reworkCount, long version, OffsetDateTime updatedAt, String trackingUrl) {

    public WorkOrder {
        technicianIds = List.copyOf(technicianIds);
        laborLines = List.copyOf(laborLines);
        partLines = List.copyOf(partLines);
        payments = List.copyOf(payments);
        history = List.copyOf(history);
    }
}
