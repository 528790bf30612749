package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * A part's location and on-hand quantity, the result of a "where is part X" lookup.
 *
 * @param partId the part
 * @param code part code
 * @param name part name
 * @param unit unit of issue
 * @param location the location as one text, {@code null} when the part has none
 * @param binLocation the location by warehouse, shelf and bin, {@code null} when the part has none
 * @param onHand quantity in stock
 */
public record PartLocation(long partId, String code, String name, String unit, String location,
        BinLocation binLocation, BigDecimal onHand) {
}
