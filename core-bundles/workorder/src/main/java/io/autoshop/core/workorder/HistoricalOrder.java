package io.autoshop.core.workorder;

import io.autoshop.api.workorder.PaymentMethod;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A work order as a legacy system recorded it.
 *
 * @param number the original order number, at most 20 characters; stored upper-case
 * @param vehicleId the vehicle
 * @param odometerKm odometer reading at reception, {@code null} for 0
 * @param complaint the customer's description of the fault
 * @param diagnosis the finding, may be {@code null}
 * @param status the status to store, {@code null} for {@link WorkOrderStatus#SETTLED}
 * @param receivedAt reception time, not in the future
 * @param settledAt settlement time, required for a settled order and not before {@code receivedAt}
 * @param laborLines labour lines
 * @param partLines parts lines; they take nothing out of stock
 * @param discount discount in yuan, {@code null} for none
 * @param paymentMethod how a settled order was paid, {@code null} for cash
 */
public record HistoricalOrder(String number, Long vehicleId, Integer odometerKm, String complaint,
        String diagnosis, WorkOrderStatus status, OffsetDateTime receivedAt, OffsetDateTime settledAt,
        List<Labor> laborLines, List<Part> partLines, BigDecimal discount, PaymentMethod paymentMethod) {

    public HistoricalOrder {
        laborLines = laborLines == null ? List.of() : List.copyOf(laborLines);
        partLines = partLines == null ? List.of() : List.copyOf(partLines);
    }

    /**
     * A labour line: work done, hours charged and price per hour in yuan.
     */
    public record Labor(String name, BigDecimal hours, BigDecimal rate) {
    }

    /**
     * A parts line: the catalogue part, quantity and sale price per unit in yuan.
     */
    public record Part(Long partId, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
