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
 * @param location bin location, may be {@code null}
 * @param onHand quantity in stock over all batches
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 */
public record Part(long id, String code, String name, String spec, String unit, BigDecimal salePrice,
        BigDecimal safetyStock, String location, BigDecimal onHand, long version, OffsetDateTime createdAt) {
}
