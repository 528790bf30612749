package io.autoshop.core.inventory.internal;

import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.ReorderSuggestion;
import io.autoshop.core.persistence.ShopClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * Reads what {@link ReorderCalculator} needs from the database: each part's weekly demand over the last
 * {@value ReorderCalculator#HISTORY_WEEKS} weeks, its supplier's lead time and its quantity on open purchase
 * orders. Demand is the quantity issued to work orders minus the quantity returned from them.
 */
final class ReorderPlanner {

    private static final long WEEK_MILLIS = 7L * 24 * 60 * 60 * 1000;

    private final ShopClock clock;

    ReorderPlanner(ShopClock clock) {
        this.clock = clock;
    }

    /**
     * Returns the suggestions of the given parts, or of every part when {@code partIds} is {@code null}, by
     * part code.
     */
    List<ReorderSuggestion> suggest(EntityManager em, Collection<Long> partIds) {
        long now = clock.now().toEpochMilli();
        long start = now - ReorderCalculator.HISTORY_WEEKS * WEEK_MILLIS;
        List<PartEntity> parts = partIds == null
                ? em.createQuery("SELECT p FROM Part p ORDER BY p.code", PartEntity.class).getResultList()
                : em.createQuery("SELECT p FROM Part p WHERE p.id IN :ids ORDER BY p.code", PartEntity.class)
                        .setParameter("ids", List.copyOf(partIds)).getResultList();
        Map<Long, List<ReorderCalculator.Demand>> demand = demandSince(em, start);
        Map<Long, BigDecimal> onOrder = onOrder(em);
        Map<Long, Integer> leadTimes = new HashMap<>();
        em.createQuery("SELECT s FROM Supplier s", SupplierEntity.class).getResultList()
                .forEach(s -> leadTimes.put(s.id, s.leadTimeDays));

        List<ReorderSuggestion> suggestions = new ArrayList<>();
        for (PartEntity part : parts) {
            int leadTime = part.preferredSupplierId == null ? ReorderCalculator.DEFAULT_LEAD_TIME_DAYS
                    : leadTimes.getOrDefault(part.preferredSupplierId, ReorderCalculator.DEFAULT_LEAD_TIME_DAYS);
            BigDecimal ordered = onOrder.getOrDefault(part.id, BigDecimal.ZERO);
            List<BigDecimal> weekly = ReorderCalculator.weeklyBuckets(demand.getOrDefault(part.id, List.of()), now,
                    ReorderCalculator.HISTORY_WEEKS);
            ReorderCalculator.Figures figures = ReorderCalculator.compute(weekly, leadTime, part.safetyStock,
                    part.onHand, ordered);
            suggestions.add(new ReorderSuggestion(part.id, part.code, part.name, part.preferredSupplierId, leadTime,
                    figures.weeklyDemand(), figures.forecastDemand(), part.safetyStock, figures.reorderPoint(),
                    figures.targetLevel(), part.onHand, ordered, figures.suggestedQuantity()));
        }
        return suggestions;
    }

    private static Map<Long, List<ReorderCalculator.Demand>> demandSince(EntityManager em, long start) {
        List<Object[]> rows = em.createQuery("SELECT m.partId, m.type, m.quantity, m.at FROM StockMovement m"
                + " WHERE m.type IN :types AND m.at >= :start AND m.workOrderId IS NOT NULL", Object[].class)
                .setParameter("types", List.of(MovementType.ISSUE.name(), MovementType.RETURN.name()))
                .setParameter("start", start).getResultList();
        Map<Long, List<ReorderCalculator.Demand>> demand = new HashMap<>();
        for (Object[] row : rows) {
            // Issues are stored negative and returns positive; demand counts issues positive.
            BigDecimal quantity = ((BigDecimal) row[2]).negate();
            demand.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new ReorderCalculator.Demand((Long) row[3], quantity));
        }
        return demand;
    }

    private static Map<Long, BigDecimal> onOrder(EntityManager em) {
        List<Object[]> rows = em.createQuery("SELECT l.partId, SUM(l.quantity - l.receivedQuantity)"
                + " FROM PurchaseOrderLine l, PurchaseOrder o WHERE l.purchaseOrderId = o.id AND o.status IN :open"
                + " GROUP BY l.partId", Object[].class).setParameter("open", PurchasingServiceImpl.openStatuses())
                .getResultList();
        Map<Long, BigDecimal> onOrder = new HashMap<>();
        for (Object[] row : rows) {
            onOrder.put((Long) row[0], (BigDecimal) row[1]);
        }
        return onOrder;
    }
}
