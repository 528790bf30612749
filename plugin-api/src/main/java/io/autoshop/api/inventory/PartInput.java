package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * The fields a caller sets when creating a part. The location is given either as one text in
 * {@code location}, whose segments separated by {@code /} or {@code -} fill warehouse, shelf and bin from the
 * left, or as {@code binLocation}; not both.
 */
public record PartInput(String code, String name, String spec, String unit, BigDecimal salePrice,
        BigDecimal safetyStock, String location, BinLocation binLocation, Long preferredSupplierId) {
}
