package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * The part of an issue that was taken from one batch.
 *
 * @param batchId the batch
 * @param batch the batch number
 * @param quantity quantity taken from it
 * @param unitCost cost per unit of the batch in yuan
 */
public record IssuedQuantity(long batchId, String batch, BigDecimal quantity, BigDecimal unitCost) {
}
