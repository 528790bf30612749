package io.autoshop.core.workorder;

import io.autoshop.api.workorder.WorkOrder;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores work orders of a legacy system as they were: original number, reception and settlement dates, lines and
 * totals. Imported orders appear in searches and in a vehicle's history like the shop's own, but they move no stock
 * and post no events or customer notices.
 *
 * <p>An imported number in the shop's own format {@code WOyyyymmdd-nnnn} raises that day's sequence to at least
 * its {@code nnnn}, so that the shop never hands the same number out again.
 */
@ProviderType
public interface HistoricalOrderService {

    /**
     * Inserts one historical order in the current transaction, or a new one.
     *
     * @throws io.autoshop.api.ValidationException for invalid fields, an unknown vehicle or part
     * @throws io.autoshop.api.ConflictException when an order with that number exists
     */
    WorkOrder importOrder(HistoricalOrder order);
}
