package io.autoshop.api.inventory;

/**
 * Why stock changed.
 */
public enum MovementType {
    RECEIPT,
    ISSUE,
    RETURN,
    ADJUSTMENT
}
