package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.autoshop.api.Money;
import io.autoshop.api.workorder.Totals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTotalsTest {

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void lineAmountRoundsHalfUpToFen() {
        assertEquals(yuan("2.35"), Money.lineAmount(yuan("1"), yuan("2.345")));
        assertEquals(yuan("0.01"), Money.lineAmount(yuan("0.005"), yuan("1")));
        assertEquals(yuan("183.34"), Money.lineAmount(yuan("1.5"), yuan("122.225")));
    }

    @Test
    void lineAmountOfFractionalQuantity() {
        assertEquals(yuan("155.40"), Money.lineAmount(yuan("3.7"), yuan("42.00")));
    }

    @Test
    void totalsSumRoundedLineAmounts() {
        Totals totals = OrderTotals.of(List.of(yuan("240.00"), yuan("60.50")),
                List.of(yuan("35.00"), yuan("380.00"), yuan("0.01")), yuan("15.51"), Money.ZERO);

        assertEquals(yuan("300.50"), totals.labor());
        assertEquals(yuan("415.01"), totals.parts());
        assertEquals(yuan("15.51"), totals.discount());
        assertEquals(yuan("700.00"), totals.total());
        assertEquals(yuan("700.00"), totals.balance());
    }

    @Test
    void paymentReducesBalance() {
        Totals totals = OrderTotals.of(List.of(yuan("100.00")), List.of(), Money.ZERO, yuan("100.00"));

        assertEquals(yuan("100.00"), totals.paid());
        assertEquals(yuan("0.00"), totals.balance());
    }

    @Test
    void fullDiscountGivesZero() {
        Totals totals = OrderTotals.of(List.of(yuan("88.80")), List.of(yuan("11.20")), yuan("100.00"), Money.ZERO);

        assertEquals(yuan("0.00"), totals.total());
    }

    @Test
    void emptyOrderTotalsAreZeroWithTwoDecimals() {
        Totals totals = OrderTotals.of(List.of(), List.of(), Money.ZERO, Money.ZERO);

        assertEquals("0.00", totals.total().toPlainString());
    }

    @Test
    void discountAboveSubtotalIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderTotals.of(List.of(yuan("10.00")), List.of(), yuan("10.01"), Money.ZERO));
    }

    @Test
    void moneyWithThreeDecimalsIsDetected() {
        assertEquals(true, Money.hasFractionOfFen(yuan("1.001")));
        assertEquals(false, Money.hasFractionOfFen(yuan("1.100")));
    }
}
