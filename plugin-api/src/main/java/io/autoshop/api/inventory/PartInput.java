package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * The fields a caller sets when creating a part.
 */
public record PartInput(String code, String name, String spec, String unit, BigDecimal salePrice,
        BigDecimal safetyStock, String location) {
}
