package io.autoshop.api.workorder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public view of a work order: nothing personal beyond the masked plate.
 *
 * @param maskedPlate the plate with all but the first two and last two characters replaced by {@code *}
 * @param status current status
 * @param statusLabel current status in Chinese
 * @param steps the workflow steps in order, each with the time it was last reached
 * @param promisedAt when the car was promised back, may be {@code null}
 * @param total the amount paid, {@code null} until the order is settled
 * @param expiresAt when the link stops working, {@code null} while the order is open
 */
public record TrackingView(String maskedPlate, WorkOrderStatus status, String statusLabel, List<Step> steps,
        OffsetDateTime promisedAt, BigDecimal total, OffsetDateTime expiresAt) {

    public TrackingView {
        steps = List.copyOf(steps);
    }

    /**
     * One step of the workflow.
     *
     * @param status the step
     * @param label the step in Chinese
     * @param reachedAt when the order last entered this step, {@code null} when it has not
     */
    public record Step(WorkOrderStatus status, String label, OffsetDateTime reachedAt) {
    }
}
