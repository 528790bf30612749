package io.autoshop.api.inventory;

/**
 * Step of a purchase order: {@code DRAFT → ORDERED → PARTLY_RECEIVED → RECEIVED}; a draft or an ordered
 * purchase order with nothing received yet may be {@code CANCELLED}.
 */
public enum PurchaseOrderStatus {
    DRAFT,
    ORDERED,
    PARTLY_RECEIVED,
    RECEIVED,
    CANCELLED
}
