package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * One part on a purchase order.
 *
 * @param id database id
 * @param partId the part
 * @param partCode the part's code
 * @param partName the part's name
 * @param quantity quantity ordered
 * @param unitCost agreed cost per unit in yuan
 * @param amount quantity × unit cost rounded half-up to the fen
 * @param receivedQuantity quantity received so far, at most the quantity ordered
 */
public record PurchaseOrderLine(long id, long partId, String partCode, String partName, BigDecimal quantity,
        BigDecimal unitCost, BigDecimal amount, BigDecimal receivedQuantity) {
}
