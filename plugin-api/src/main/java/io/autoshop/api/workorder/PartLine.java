package io.autoshop.api.workorder;

import io.autoshop.api.inventory.IssuedQuantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A parts line of a work order with the batches the quantity was taken from.
 *
 * @param id database id
 * @param partId the part
 * @param partCode part code at the time of issue
 * @param partName part name at the time of issue
 * @param quantity quantity issued
 * @param unitPrice sale price per unit in yuan
 * @param amount quantity × unit price rounded half-up to the fen
 * @param batches the batches the quantity came from, oldest first
 */
public record PartLine(long id, long partId, String partCode, String partName, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal amount, List<IssuedQuantity> batches) {

    public PartLine {
        batches = List.copyOf(batches);
    }
}
