package io.autoshop.api.workorder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A work order without its lines and history, as returned by searches.
 *
 * @param statusSince when the order entered its current status
 * @param total amount due after discount in yuan
 * @param paid amount paid in yuan
 */
public record WorkOrderSummary(long id, String number, WorkOrderStatus status, long customerId, long vehicleId,
        String plate, String complaint, List<Long> technicianIds, OffsetDateTime receivedAt,
        OffsetDateTime promisedAt, OffsetDateTime statusSince, BigDecimal total, BigDecimal paid, int reworkCount,
        long version) {

    public WorkOrderSummary {
        technicianIds = List.copyOf(technicianIds);
    }
}
