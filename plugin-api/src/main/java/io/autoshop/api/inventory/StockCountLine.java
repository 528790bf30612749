package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * One part of a stock count. The difference compares the counted quantity with the book quantity at the
 * moment it was entered, so that issues and receipts during the count are not counted twice.
 *
 * @param partId the part
 * @param partCode part code
 * @param partName part name
 * @param location the part's location as one text, may be {@code null}
 * @param expected the on-hand quantity when the count started
 * @param counted the quantity found, {@code null} until entered
 * @param bookAtCount the on-hand quantity when the counted quantity was entered, {@code null} until entered
 * @param difference counted minus book quantity, {@code null} until entered
 */
public record StockCountLine(long partId, String partCode, String partName, String location, BigDecimal expected,
        BigDecimal counted, BigDecimal bookAtCount, BigDecimal difference) {
}
