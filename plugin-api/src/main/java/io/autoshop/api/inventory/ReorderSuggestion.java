package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * The reorder figures of one part, derived from its issue history. Quantities are in the part's unit with three
 * decimals; the suggested quantity is a whole number.
 *
 * @param partId the part
 * @param partCode part code
 * @param partName part name
 * @param supplierId the part's preferred supplier, {@code null} when it has none
 * @param leadTimeDays the supplier's lead time, or the default lead time without a supplier
 * @param weeklyDemand forecast demand per week
 * @param forecastDemand forecast demand over the lead time
 * @param safetyStock the part's safety stock
 * @param reorderPoint forecast demand over the lead time plus safety stock
 * @param targetLevel the stock an order should bring the part up to
 * @param onHand quantity in stock
 * @param onOrder quantity on draft and open purchase orders not yet received
 * @param suggestedQuantity quantity to order now, 0 while stock and open orders are above the reorder point
 */
public record ReorderSuggestion(long partId, String partCode, String partName, Long supplierId, int leadTimeDays,
        BigDecimal weeklyDemand, BigDecimal forecastDemand, BigDecimal safetyStock, BigDecimal reorderPoint,
        BigDecimal targetLevel, BigDecimal onHand, BigDecimal onOrder, BigDecimal suggestedQuantity) {
}
