package io.autoshop.api.notice;

import java.time.OffsetDateTime;

/**
 * Delivery state of one outbox row, without the message text or the phone number.
 *
 * @param id row id
 * @param idempotencyKey key unique per work order, event and channel
 * @param workOrderId the order
 * @param event the status that caused the notice
 * @param channel the channel id
 * @param state {@code PENDING}, {@code SENT}, {@code FAILED} or {@code SKIPPED}
 * @param attempts delivery attempts so far
 * @param lastError reason of the last failed attempt, {@code null} when none failed
 * @param createdAt when the row was written, in shop time
 * @param nextAttemptAt when a pending row is tried next, in shop time
 * @param sentAt when the provider accepted it, {@code null} until then
 */
public record NoticeStatus(long id, String idempotencyKey, long workOrderId, String event, String channel,
        String state, int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
        OffsetDateTime sentAt) {
}
