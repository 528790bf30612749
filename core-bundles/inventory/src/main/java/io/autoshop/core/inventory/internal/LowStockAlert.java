package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;

/**
 * Decides when a part's low-stock event is due: once when on-hand falls below the safety stock, and again only
 * after on-hand has been back at or above it, which re-arms the alert.
 */
final class LowStockAlert {

    /**
     * The alert state after a change and whether the change raises the event.
     */
    record Outcome(boolean alerted, boolean raise) {
    }

    private LowStockAlert() {
    }

    static Outcome evaluate(boolean alerted, BigDecimal onHand, BigDecimal safetyStock) {
        boolean below = onHand.compareTo(safetyStock) < 0;
        if (!below) {
            return new Outcome(false, false);
        }
        return new Outcome(true, !alerted);
    }
}
