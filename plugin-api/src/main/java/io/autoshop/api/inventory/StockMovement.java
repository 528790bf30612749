package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One change of stock of one batch.
 *
 * @param id database id
 * @param partId the part
 * @param batchId the batch that changed
 * @param batch the batch number
 * @param type why stock changed
 * @param quantity signed change: positive for receipts, returns and count surpluses, negative for issues and
 *        count shortfalls
 * @param unitCost cost per unit of the batch in yuan
 * @param workOrderId the work order of an issue or return, otherwise {@code null}
 * @param note free text, may be {@code null}; an adjustment carries its stock count and reason
 * @param at time of the change in shop time
 */
public record StockMovement(long id, long partId, long batchId, String batch, MovementType type,
        BigDecimal quantity, BigDecimal unitCost, Long workOrderId, String note, OffsetDateTime at) {
}
