package io.autoshop.api.inventory;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Parts and stock. Stock never goes negative: an issue that finds too little stock throws
 * {@link io.autoshop.api.ConflictException} and changes nothing, also when requests race for the same units.
 *
 * <p>When a change takes a part's on-hand quantity from at or above its safety stock to below it, the event
 * {@link io.autoshop.api.event.Topics#STOCK_LOW} is posted once; the next one follows only after stock has been
 * back at or above the safety stock.
 */
@ProviderType
public interface InventoryService {

    Part createPart(PartInput input);

    /**
     * Changes the fields of a part that the update sets.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to skip the check
     */
    Part updatePart(long id, PartUpdate update, Long expectedVersion);

    Part getPart(long id);

    /**
     * Searches parts by code or name substring; with {@code belowSafetyStock} only parts whose on-hand
     * quantity is below their safety stock.
     */
    Page<Part> searchParts(String query, boolean belowSafetyStock, PageRequest page);

    /**
     * Finds where parts are kept: parts whose code equals or contains the text, or whose name contains it.
     */
    Page<PartLocation> locateParts(String query, PageRequest page);

    /**
     * Receives stock into a new batch and records a receipt movement.
     */
    StockBatch receive(ReceiptInput input);

    List<StockBatch> listBatches(long partId);

    /**
     * Returns the batches with the given ids; unknown ids are left out.
     */
    List<StockBatch> findBatches(Collection<Long> batchIds);

    /**
     * Returns every batch with the given batch number, oldest first; several parts or suppliers may share one.
     */
    List<StockBatch> findBatchesByNumber(String batch);

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

    /**
     * Lists, for every batch with the given batch number, each work order that received parts from it and
     * still has them: issues minus returns above zero. Ordered by batch, then work order.
     *
     * @throws io.autoshop.api.NotFoundException when no batch has that number
     */
    List<BatchIssue> traceBatch(String batch);

    /**
     * Values the stock on hand at FIFO cost: every remaining batch quantity at its own unit cost.
     */
    StockValuation valuation();
}
