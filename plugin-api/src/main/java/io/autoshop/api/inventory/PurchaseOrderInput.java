package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new purchase order, created as a draft.
 *
 * @param supplierId the supplier
 * @param lines at least one line, each part at most once
 * @param note free text, may be {@code null}
 */
public record PurchaseOrderInput(Long supplierId, List<Line> lines, String note) {

    /**
     * One part to order.
     *
     * @param partId the part
     * @param quantity quantity to order, positive
     * @param unitCost agreed cost per unit in yuan
     */
    public record Line(Long partId, BigDecimal quantity, BigDecimal unitCost) {
    }
}
