package io.autoshop.core.workorder.internal;

import io.autoshop.api.Money;
import io.autoshop.api.workorder.Totals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Money of a work order: each line amount is rounded half-up to the fen on its own, totals are plain sums of
 * line amounts, and the discount is an amount in yuan of at most the subtotal.
 */
final class OrderTotals {

    private OrderTotals() {
    }

    static Totals of(List<BigDecimal> laborAmounts, List<BigDecimal> partAmounts, BigDecimal discount,
            BigDecimal paid) {
        BigDecimal labor = sum(laborAmounts);
        BigDecimal parts = sum(partAmounts);
        BigDecimal subtotal = labor.add(parts);
        if (discount.compareTo(subtotal) > 0) {
            throw new IllegalArgumentException("Discount " + discount + " exceeds subtotal " + subtotal);
        }
        BigDecimal total = subtotal.subtract(discount);
        return new Totals(labor, parts, Money.of(discount), total, Money.of(paid), total.subtract(paid));
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
