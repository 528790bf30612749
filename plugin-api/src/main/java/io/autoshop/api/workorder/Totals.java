package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * Money of a work order in yuan: sums of line amounts, the discount, what was paid and what remains.
 */
public record Totals(BigDecimal labor, BigDecimal parts, BigDecimal discount, BigDecimal total, BigDecimal paid,
        BigDecimal balance) {
}
