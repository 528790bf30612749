package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * Stock value of one part at FIFO cost.
 *
 * @param partId the part
 * @param code part code
 * @param name part name
 * @param unit unit of issue
 * @param onHand quantity in stock
 * @param value sum over the part's batches of remaining × unit cost, each product rounded half-up to the fen
 */
public record PartValuation(long partId, String code, String name, String unit, BigDecimal onHand,
        BigDecimal value) {
}
