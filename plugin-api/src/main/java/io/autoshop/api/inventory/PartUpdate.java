package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * Changes to a part; a {@code null} field stays as it is. The location is given as in {@link PartInput}, and
 * an empty {@code location} text removes it.
 */
public record PartUpdate(String name, String spec, BigDecimal salePrice, BigDecimal safetyStock, String location,
        BinLocation binLocation, Long preferredSupplierId) {
}
