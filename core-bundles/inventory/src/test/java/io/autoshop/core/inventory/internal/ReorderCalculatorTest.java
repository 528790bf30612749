package io.autoshop.core.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autoshop.core.inventory.internal.ReorderCalculator.Demand;
import io.autoshop.core.inventory.internal.ReorderCalculator.Figures;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderCalculatorTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final long NOW = 1_772_000_000_000L;

    /**
     * Twelve weeks of oil filters issued to work orders, oldest week first: a shop selling five to ten a week,
     * busier lately.
     */
    private static final List<BigDecimal> OIL_FILTER_WEEKS = quantities(6, 4, 7, 5, 8, 6, 5, 9, 7, 6, 8, 10);

    @Test
    void smoothsWeeklyDemandByHand() {
        // α = 0.3, level kept with six decimals (half-up):
        // l1  = 6
        // l2  = 0.3·4  + 0.7·6        = 1.2 + 4.2        = 5.4
        // l3  = 0.3·7  + 0.7·5.4      = 2.1 + 3.78       = 5.88
        // l4  = 0.3·5  + 0.7·5.88     = 1.5 + 4.116      = 5.616
        // l5  = 0.3·8  + 0.7·5.616    = 2.4 + 3.9312     = 6.3312
        // l6  = 0.3·6  + 0.7·6.3312   = 1.8 + 4.43184    = 6.23184
        // l7  = 0.3·5  + 0.7·6.23184  = 1.5 + 4.362288   = 5.862288
        // l8  = 0.3·9  + 0.7·5.862288 = 2.7 + 4.1036016  = 6.8036016 → 6.803602
        // l9  = 0.3·7  + 0.7·6.803602 = 2.1 + 4.7625214  = 6.8625214 → 6.862521
        // l10 = 0.3·6  + 0.7·6.862521 = 1.8 + 4.8037647  = 6.6037647 → 6.603765
        // l11 = 0.3·8  + 0.7·6.603765 = 2.4 + 4.6226355  = 7.0226355 → 7.022636
        // l12 = 0.3·10 + 0.7·7.022636 = 3.0 + 4.9158452  = 7.9158452 → 7.915845, so F = 7.916
        BigDecimal weekly = ReorderCalculator.weeklyForecast(OIL_FILTER_WEEKS);

        assertEquals(new BigDecimal("7.916"), weekly);
    }

    @Test
    void computesReorderFiguresByHand() {
        // F = 7.916 (above); lead time 10 days; safety stock 5; 9 on hand; 4 on an open purchase order.
        // D = 7.916 · 10 / 7 = 11.308571… → 11.309
        // R = 11.309 + 5 = 16.309
        // T = 16.309 + 2 · 7.916 = 32.141
        // P = 9 + 4 = 13 ≤ R, so Q = ceiling(32.141 − 13) = ceiling(19.141) = 20
        Figures figures = ReorderCalculator.compute(OIL_FILTER_WEEKS, 10, new BigDecimal("5"), new BigDecimal("9"),
                new BigDecimal("4"));

        assertEquals(new BigDecimal("7.916"), figures.weeklyDemand());
        assertEquals(new BigDecimal("11.309"), figures.forecastDemand());
        assertEquals(new BigDecimal("16.309"), figures.reorderPoint());
        assertEquals(new BigDecimal("32.141"), figures.targetLevel());
        assertEquals(new BigDecimal("20"), figures.suggestedQuantity());
    }

    @Test
    void suggestsNothingAboveReorderPoint() {
        // Same part with 12 on hand and 5 on order: P = 17 > R = 16.309, so nothing is ordered.
        Figures figures = ReorderCalculator.compute(OIL_FILTER_WEEKS, 10, new BigDecimal("5"), new BigDecimal("12"),
                new BigDecimal("5"));

        assertEquals(0, figures.suggestedQuantity().signum());
    }

    @Test
    void ordersUpToTargetAtExactlyReorderPoint() {
        // Brake fluid, 2 litres every week, supplier lead time 7 days, safety stock 1.5:
        // F = 2 (a constant series stays constant), D = 2 · 7 / 7 = 2, R = 3.5, T = 3.5 + 4 = 7.5.
        // P = 3.5 on hand = R, so Q = ceiling(7.5 − 3.5) = 4.
        List<BigDecimal> weeks = quantities(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);

        Figures figures = ReorderCalculator.compute(weeks, 7, new BigDecimal("1.5"), new BigDecimal("3.5"),
                BigDecimal.ZERO);

        assertEquals(new BigDecimal("2.000"), figures.weeklyDemand());
        assertEquals(new BigDecimal("3.500"), figures.reorderPoint());
        assertEquals(new BigDecimal("7.500"), figures.targetLevel());
        assertEquals(new BigDecimal("4"), figures.suggestedQuantity());
    }

    @Test
    void refillsSafetyStockWithoutHistory() {
        // No issues: F = 0, D = 0, R = T = safety stock 3; nothing on hand, so Q = 3.
        Figures figures = ReorderCalculator.compute(quantities(0, 0, 0), 14, new BigDecimal("3"), BigDecimal.ZERO,
                BigDecimal.ZERO);

        assertEquals(0, figures.forecastDemand().signum());
        assertEquals(new BigDecimal("3"), figures.suggestedQuantity());
    }

    @Test
    void bucketsDemandIntoWeeksEndingNow() {
        List<Demand> demand = List.of(
                new Demand(NOW - 20 * DAY, new BigDecimal("3")),  // 20 days ago: oldest of three weeks
                new Demand(NOW - 15 * DAY, new BigDecimal("2")),  // same week
                new Demand(NOW - 8 * DAY, new BigDecimal("4")),   // middle week
                new Demand(NOW - 8 * DAY, new BigDecimal("-1")),  // a return in the middle week
                new Demand(NOW - 1 * DAY, new BigDecimal("6")),   // latest week
                new Demand(NOW - 30 * DAY, new BigDecimal("9")),  // before the window
                new Demand(NOW, new BigDecimal("9")));            // the window ends before now

        List<BigDecimal> weeks = ReorderCalculator.weeklyBuckets(demand, NOW, 3);

        assertEquals(List.of(new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("6")), weeks);
    }

    @Test
    void countsWeekWithMoreReturnsAsZero() {
        List<Demand> demand = List.of(new Demand(NOW - DAY, new BigDecimal("-2")));

        List<BigDecimal> weeks = ReorderCalculator.weeklyBuckets(demand, NOW, 2);

        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ZERO), weeks);
    }

    private static List<BigDecimal> quantities(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
