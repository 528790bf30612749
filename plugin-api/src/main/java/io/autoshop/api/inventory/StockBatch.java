package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One delivery of a part, issued first-in first-out.
 *
 * @param id database id
 * @param partId the part
 * @param batch batch number
 * @param supplier supplier name, may be {@code null}
 * @param supplierId the supplier record, {@code null} for receipts that named no registered supplier
 * @param purchaseOrderId the purchase order it was received against, may be {@code null}
 * @param unitCost purchase cost per unit in yuan
 * @param receivedQuantity quantity originally received
 * @param remaining quantity still in stock
 * @param receivedAt time of receipt in shop time
 */
public record StockBatch(long id, long partId, String batch, String supplier, Long supplierId,
        Long purchaseOrderId, BigDecimal unitCost, BigDecimal receivedQuantity, BigDecimal remaining,
        OffsetDateTime receivedAt) {
}
