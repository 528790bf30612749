package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * A delivery against a purchase order; each line becomes a stock batch of the order's supplier.
 *
 * @param lines at least one line, each part at most once
 */
public record PurchaseReceiptInput(List<Line> lines) {

    /**
     * The quantity of one ordered part that arrived.
     *
     * @param partId the part, which must be on the purchase order
     * @param quantity quantity received, positive and at most what is still open on the line
     * @param batch the supplier's batch number, generated when {@code null}
     * @param unitCost the cost per unit when it differs from the line's agreed cost, otherwise {@code null}
     */
    public record Line(Long partId, BigDecimal quantity, String batch, BigDecimal unitCost) {
    }
}
