package io.autoshop.api.inventory;

/**
 * Step of a stock count: counted quantities are entered while {@code OPEN}; {@code POSTED} counts are final.
 */
public enum StockCountStatus {
    OPEN,
    POSTED
}
