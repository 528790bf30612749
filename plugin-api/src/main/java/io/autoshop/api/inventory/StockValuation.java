package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Stock value at FIFO cost: what the stock on hand cost, batch by batch.
 *
 * @param total sum of the part values in yuan
 * @param parts every part with stock on hand, by part code
 * @param at when the value was taken
 */
public record StockValuation(BigDecimal total, List<PartValuation> parts, OffsetDateTime at) {

    public StockValuation {
        parts = List.copyOf(parts);
    }
}
