package io.autoshop.api.inventory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A part in the shop's catalogue with its current stock.
 *
 * @param id database id
 * @param code the shop's unique part code
 * @param name part name
 * @param spec specification, may be {@code null}
 * @param unit unit of issue, for example 个 or 桶
 * @param salePrice default sale price per unit in yuan
 * @param safetyStock quantity below which the part counts as low on stock
 * @param location bin location as one text, for example {@code 主库/A3/02}, may be {@code null}
 * @param binLocation the same location by warehouse, shelf and bin, may be {@code null}
 * @param preferredSupplierId the supplier that reorder suggestions order from, may be {@code null}
 * @param onHand quantity in stock over all batches
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 */
public record Part(long id, String code, String name, String spec, String unit, BigDecimal salePrice,
        BigDecimal safetyStock, String location, BinLocation binLocation, Long preferredSupplierId,
        BigDecimal onHand, long version, OffsetDateTime createdAt) {

    /**
     * Tells whether the on-hand quantity is below the safety stock.
     */
    public boolean belowSafetyStock() {
        return onHand.compareTo(safetyStock) < 0;
    }
}
