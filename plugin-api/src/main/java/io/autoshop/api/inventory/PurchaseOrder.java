package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order of parts from one supplier.
 *
 * @param id database id
 * @param supplierId the supplier
 * @param supplierName the supplier's name
 * @param status current step
 * @param lines one line per part
 * @param total sum of the line amounts in yuan
 * @param note free text, may be {@code null}
 * @param createdAt creation time in shop time
 * @param orderedAt when it was sent to the supplier, {@code null} while a draft
 * @param version optimistic-locking version
 */
public record PurchaseOrder(long id, long supplierId, String supplierName, PurchaseOrderStatus status,
        List<PurchaseOrderLine> lines, BigDecimal total, String note, OffsetDateTime createdAt,
        OffsetDateTime orderedAt, long version) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }
}
