package io.autoshop.core.inventory.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Entity kinds and values that the inventory services record in the audit log.
 */
final class InventoryAudit {

    static final String PART = "part";
    static final String STOCK_MOVEMENT = "stock-movement";
    static final String PURCHASE_ORDER = "purchase-order";
    static final String STOCK_COUNT = "stock-count";
    static final String SUPPLIER = "supplier";

    private InventoryAudit() {
    }

    /**
     * Returns the fields of a part that a create or update sets.
     */
    static Map<String, Object> part(PartEntity part) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", part.code);
        values.put("name", part.name);
        values.put("spec", part.spec);
        values.put("unit", part.unit);
        values.put("salePrice", part.salePrice);
        values.put("safetyStock", part.safetyStock);
        values.put("location", part.location);
        values.put("preferredSupplierId", part.preferredSupplierId);
        return values;
    }

    /**
     * Returns a stock movement with its batch: the signed quantity, the unit cost and the work order if any.
     */
    static Map<String, Object> movement(StockMovementEntity movement, StockBatchEntity batch) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("partId", movement.partId);
        values.put("batchId", movement.batchId);
        values.put("batch", batch.batch);
        values.put("type", movement.type);
        values.put("quantity", movement.quantity);
        values.put("unitCost", movement.unitCost);
        values.put("remaining", batch.remaining);
        if (movement.workOrderId != null) {
            values.put("workOrderId", movement.workOrderId);
        }
        values.put("note", movement.note);
        return values;
    }

    /**
     * Returns the audit action of a movement type, for example {@code receipt} for {@code RECEIPT}.
     */
    static String action(String movementType) {
        return movementType.toLowerCase(Locale.ROOT);
    }
}
