package io.autoshop.api.workorder;

import java.time.OffsetDateTime;

/**
 * One change of a work order. Status changes have different {@code from} and {@code to}; other changes,
 * such as an added parts line, keep the status and describe themselves in {@code note}.
 *
 * @param event what happened, for example {@code STATUS_CHANGED} or {@code PART_ADDED}
 * @param from status before the change, {@code null} for the creation
 * @param to status after the change
 * @param at time of the change in shop time
 * @param by who made the change
 * @param note free text
 */
public record HistoryEntry(String event, WorkOrderStatus from, WorkOrderStatus to, OffsetDateTime at, String by,
        String note) {
}
