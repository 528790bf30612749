package io.autoshop.api.inventory;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Suppliers, purchase orders and reorder suggestions.
 *
 * <p>A receipt against a purchase order is one transaction: it either books every line as a new stock batch
 * of the order's supplier or, when a line would take the received quantity above the ordered one, throws
 * {@link io.autoshop.api.ConflictException} and changes nothing.
 */
@ProviderType
public interface PurchasingService {

    Supplier createSupplier(SupplierInput input);

    Supplier getSupplier(long id);

    Page<Supplier> listSuppliers(PageRequest page);

    /**
     * Creates a purchase order in status {@link PurchaseOrderStatus#DRAFT}.
     */
    PurchaseOrder createPurchaseOrder(PurchaseOrderInput input);

    PurchaseOrder getPurchaseOrder(long id);

    /**
     * Lists purchase orders, newest first, optionally only those of one status or supplier.
     */
    Page<PurchaseOrder> searchPurchaseOrders(PurchaseOrderStatus status, Long supplierId, PageRequest page);

    /**
     * Moves a purchase order to {@code ORDERED} or {@code CANCELLED}; the received statuses follow from
     * receipts. Any other move throws {@link io.autoshop.api.ConflictException}.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to skip the check
     */
    PurchaseOrder transitionPurchaseOrder(long id, PurchaseOrderStatus to, Long expectedVersion);

    /**
     * Books a delivery against an ordered purchase order and moves it to {@code PARTLY_RECEIVED} or
     * {@code RECEIVED}.
     */
    PurchaseOrder receivePurchaseOrder(long id, PurchaseReceiptInput input);

    /**
     * Computes reorder suggestions from the issue history, by part code.
     *
     * @param all {@code true} for every part, {@code false} for the parts with a suggested quantity above zero
     */
    List<ReorderSuggestion> reorderSuggestions(boolean all);

    /**
     * Turns the current suggestions of the given parts into draft purchase orders, one per preferred supplier.
     * Every part needs a preferred supplier and a suggested quantity above zero.
     *
     * @return the draft purchase orders created, by supplier id
     */
    List<PurchaseOrder> createPurchaseOrdersFromSuggestions(List<Long> partIds);
}
