package io.autoshop.core.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.core.inventory.internal.FifoAllocator.Available;
import io.autoshop.core.inventory.internal.FifoAllocator.Take;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FifoAllocatorTest {

    private static final List<Available> THREE_BATCHES = List.of(
            new Available(1, new BigDecimal("2")),
            new Available(2, new BigDecimal("5")),
            new Available(3, new BigDecimal("10")));

    @Test
    void takesFromOldestBatchFirst() {
        List<Take> takes = FifoAllocator.allocate(THREE_BATCHES, new BigDecimal("1"));

        assertEquals(List.of(new Take(1, new BigDecimal("1"))), takes);
    }

    @Test
    void spillsOverIntoNextBatches() {
        List<Take> takes = FifoAllocator.allocate(THREE_BATCHES, new BigDecimal("8"));

        assertEquals(3, takes.size());
        assertEquals(new Take(1, new BigDecimal("2")), takes.get(0));
        assertEquals(new Take(2, new BigDecimal("5")), takes.get(1));
        assertEquals(new Take(3, new BigDecimal("1")), takes.get(2));
    }

    @Test
    void emptiesEveryBatchWhenQuantityEqualsStock() {
        List<Take> takes = FifoAllocator.allocate(THREE_BATCHES, new BigDecimal("17"));

        BigDecimal total = takes.stream().map(Take::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("17").compareTo(total));
        assertEquals(3, takes.size());
    }

    @Test
    void returnsNothingWhenStockIsShort() {
        List<Take> takes = FifoAllocator.allocate(THREE_BATCHES, new BigDecimal("17.001"));

        assertTrue(takes.isEmpty());
    }

    @Test
    void skipsEmptyBatches() {
        List<Available> batches = List.of(new Available(1, BigDecimal.ZERO), new Available(2, new BigDecimal("3")));

        List<Take> takes = FifoAllocator.allocate(batches, new BigDecimal("2.5"));

        assertEquals(List.of(new Take(2, new BigDecimal("2.5"))), takes);
    }

    @Test
    void splitsFractionalQuantities() {
        List<Available> batches = List.of(new Available(7, new BigDecimal("0.750")),
                new Available(8, new BigDecimal("4.000")));

        List<Take> takes = FifoAllocator.allocate(batches, new BigDecimal("1.5"));

        assertEquals(0, new BigDecimal("0.75").compareTo(takes.get(0).quantity()));
        assertEquals(0, new BigDecimal("0.75").compareTo(takes.get(1).quantity()));
    }

    @Test
    void rejectsNonPositiveQuantity() {
        assertThrows(IllegalArgumentException.class, () -> FifoAllocator.allocate(THREE_BATCHES, BigDecimal.ZERO));
    }
}
