package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Computes reorder figures from a part's weekly demand by simple exponential smoothing.
 *
 * <p>With weekly net issue quantities d(1) … d(n), oldest first, over the last n weeks:
 * <pre>
 * level(1) = d(1)
 * level(t) = α · d(t) + (1 − α) · level(t − 1)          weekly demand forecast F = level(n)
 * forecast demand D = F · L / 7                          L = the supplier's lead time in days
 * reorder point   R = D + safety stock
 * target level   T = R + F · review weeks
 * position       P = on hand + on order (draft and open purchase orders not yet received)
 * suggested      Q = ceiling(T − P) when P ≤ R, otherwise 0
 * </pre>
 * The level is carried with six decimals; F, D, R and T are rounded half-up to three decimals, each from the
 * rounded figures before it, so that they can be recomputed from the published values. Q is a whole number.
 */
final class ReorderCalculator {

    /** Smoothing factor α: the weight of the latest week. */
    static final BigDecimal ALPHA = new BigDecimal("0.3");

    /** Number of whole weeks of history that feed the forecast. */
    static final int HISTORY_WEEKS = 12;

    /** Weeks of demand an order covers beyond the reorder point. */
    static final int REVIEW_WEEKS = 2;

    /** Lead time assumed for a part without a preferred supplier. */
    static final int DEFAULT_LEAD_TIME_DAYS = 7;

    private static final int LEVEL_SCALE = 6;
    private static final int QUANTITY_SCALE = 3;
    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    /**
     * The reorder figures of one part.
     */
    record Figures(BigDecimal weeklyDemand, BigDecimal forecastDemand, BigDecimal reorderPoint,
            BigDecimal targetLevel, BigDecimal suggestedQuantity) {
    }

    private ReorderCalculator() {
    }

    /**
     * Returns the smoothed weekly demand F, rounded to three decimals; 0 without history.
     */
    static BigDecimal weeklyForecast(List<BigDecimal> weeklyDemandOldestFirst) {
        if (weeklyDemandOldestFirst.isEmpty()) {
            return BigDecimal.ZERO.setScale(QUANTITY_SCALE);
        }
        BigDecimal keep = BigDecimal.ONE.subtract(ALPHA);
        BigDecimal level = weeklyDemandOldestFirst.get(0).setScale(LEVEL_SCALE, RoundingMode.HALF_UP);
        for (BigDecimal demand : weeklyDemandOldestFirst.subList(1, weeklyDemandOldestFirst.size())) {
            level = ALPHA.multiply(demand).add(keep.multiply(level)).setScale(LEVEL_SCALE, RoundingMode.HALF_UP);
        }
        return level.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    static Figures compute(List<BigDecimal> weeklyDemandOldestFirst, int leadTimeDays, BigDecimal safetyStock,
            BigDecimal onHand, BigDecimal onOrder) {
        BigDecimal weekly = weeklyForecast(weeklyDemandOldestFirst);
        BigDecimal forecast = weekly.multiply(BigDecimal.valueOf(leadTimeDays))
                .divide(DAYS_PER_WEEK, QUANTITY_SCALE, RoundingMode.HALF_UP);
        BigDecimal reorderPoint = forecast.add(safetyStock).setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        BigDecimal target = reorderPoint.add(weekly.multiply(BigDecimal.valueOf(REVIEW_WEEKS)))
                .setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        BigDecimal position = onHand.add(onOrder);
        BigDecimal suggested = BigDecimal.ZERO;
        if (position.compareTo(reorderPoint) <= 0 && target.compareTo(position) > 0) {
            suggested = target.subtract(position).setScale(0, RoundingMode.CEILING);
        }
        return new Figures(weekly, forecast, reorderPoint, target, suggested);
    }

    /**
     * Sums signed demand into weekly buckets ending at {@code now}: bucket {@code i} (0 = oldest) covers
     * {@code [now − (weeks − i) · 7 days, now − (weeks − i − 1) · 7 days)}. A week whose returns exceed its
     * issues counts as 0.
     *
     * @param demand pairs of epoch milliseconds and quantity, issues positive and returns negative
     */
    static List<BigDecimal> weeklyBuckets(List<Demand> demand, long now, int weeks) {
        long weekMillis = 7L * 24 * 60 * 60 * 1000;
        long start = now - weeks * weekMillis;
        BigDecimal[] buckets = new BigDecimal[weeks];
        Arrays.fill(buckets, BigDecimal.ZERO);
        for (Demand entry : demand) {
            if (entry.at() < start || entry.at() >= now) {
                continue;
            }
            int index = (int) ((entry.at() - start) / weekMillis);
            buckets[index] = buckets[index].add(entry.quantity());
        }
        return Arrays.stream(buckets).map(b -> b.signum() < 0 ? BigDecimal.ZERO : b).toList();
    }

    /**
     * Demand at one time: an issue as a positive quantity, a return as a negative one.
     */
    record Demand(long at, BigDecimal quantity) {
    }
}
