package io.autoshop.api.workorder;

import java.time.OffsetDateTime;

/**
 * A move of a work order to another status.
 *
 * @param to the target status
 * @param note free text kept in the history
 * @param passed the inspection result when leaving {@link WorkOrderStatus#INSPECTION}; {@code false} with
 *        {@code to = IN_REPAIR} records rework
 * @param payment the payment that settles the balance, required for {@link WorkOrderStatus#SETTLED} unless
 *        the balance is already zero
 * @param at when the step happened, {@code null} for now; must not be in the future nor before the previous
 *        change
 */
public record TransitionInput(WorkOrderStatus to, String note, Boolean passed, PaymentInput payment,
        OffsetDateTime at) {
}
