package io.autoshop.api.inventory;

/**
 * Cause of a stock change.
 */
public enum MovementType {
    RECEIPT,
    ISSUE,
    RETURN,
    ADJUSTMENT
}
