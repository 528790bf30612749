package io.autoshop.api.inventory;

import java.math.BigDecimal;

/**
 * The net quantity of one stock batch that went to one work order: issues minus returns.
 *
 * @param batch the batch
 * @param workOrderId the work order
 * @param quantity quantity issued and not returned, positive
 */
public record BatchIssue(StockBatch batch, long workOrderId, BigDecimal quantity) {
}
