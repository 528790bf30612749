package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * A delivery of one part into stock; it becomes a new batch.
 *
 * @param partId the part received
 * @param quantity quantity received, positive
 * @param unitCost purchase cost per unit in yuan
 * @param batch supplier's batch number, generated when {@code null}
 * @param supplier supplier name, may be {@code null}
 */
public record ReceiptInput(Long partId, BigDecimal quantity, BigDecimal unitCost, String batch, String supplier) {
}
