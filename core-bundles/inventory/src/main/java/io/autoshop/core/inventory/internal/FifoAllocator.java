package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an issue over batches, oldest first.
 */
final class FifoAllocator {

    /**
     * Stock of one batch, as input to the allocation.
     */
    record Available(long batchId, BigDecimal remaining) {
    }

    /**
     * Quantity to take from one batch.
     */
    record Take(long batchId, BigDecimal quantity) {
    }

    private FifoAllocator() {
    }

    /**
     * Takes the quantity from the batches in the given order, which must be oldest first.
     *
     * @return the quantities to take, or an empty list when the batches together hold less than the quantity
     */
    static List<Take> allocate(List<Available> oldestFirst, BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("Quantity must be positive, got " + quantity);
        }
        List<Take> takes = new ArrayList<>();
        BigDecimal open = quantity;
        for (Available batch : oldestFirst) {
            if (open.signum() == 0) {
                break;
            }
            if (batch.remaining().signum() <= 0) {
                continue;
            }
            BigDecimal take = batch.remaining().min(open);
            takes.add(new Take(batch.batchId(), take));
            open = open.subtract(take);
        }
        return open.signum() == 0 ? takes : List.of();
    }
}
