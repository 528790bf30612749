package io.autoshop.api.inventory;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Parts and stock. Stock never goes negative: an issue that finds too little stock throws
 * {@link io.autoshop.api.ConflictException} and changes nothing, also when requests race for the same units.
 */
@ProviderType
public interface InventoryService {

    Part createPart(PartInput input);

    Part getPart(long id);

    /**
     * Searches parts by code or name substring; with {@code belowSafetyStock} only parts whose on-hand
     * quantity is below their safety stock.
     */
    Page<Part> searchParts(String query, boolean belowSafetyStock, PageRequest page);

    /**
     * Receives stock into a new batch and records a receipt movement.
     */
    StockBatch receive(ReceiptInput input);

    List<StockBatch> listBatches(long partId);

    Page<StockMovement> listMovements(long partId, PageRequest page);

    /**
     * Issues a quantity to a work order from the oldest batches first and records one issue movement per
     * batch touched. Joins the caller's transaction when there is one.
     *
     * @return the quantities taken, oldest batch first
     */
    List<IssuedQuantity> issueToWorkOrder(long partId, BigDecimal quantity, long workOrderId);

    /**
     * Puts issued quantities back into the batches they came from and records return movements. Joins the
     * caller's transaction when there is one.
     */
    void returnFromWorkOrder(long partId, List<IssuedQuantity> issued, long workOrderId, String note);
}
