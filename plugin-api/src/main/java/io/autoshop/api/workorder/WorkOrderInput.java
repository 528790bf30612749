package io.autoshop.api.workorder;

import java.time.OffsetDateTime;

/**
 * The fields of a new work order.
 *
 * @param vehicleId the vehicle received
 * @param odometerKm odometer reading at reception in kilometres
 * @param complaint the customer's description of the fault
 * @param promisedAt when the car is promised back, may be {@code null}
 * @param receivedAt when the car was received, {@code null} for now; a past time back-dates the order
 */
public record WorkOrderInput(Long vehicleId, Integer odometerKm, String complaint, OffsetDateTime promisedAt,
        OffsetDateTime receivedAt) {
}
