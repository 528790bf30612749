package io.autoshop.api.inventory;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.math.BigDecimal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stock counts (盘点): start a count, enter counted quantities, review the differences and post them as
 * {@link MovementType#ADJUSTMENT} movements.
 *
 * <p>A shortfall is taken from the part's batches oldest first, like an issue. A surplus goes into a new batch
 * named {@code CNT<count id>-<part id>} at the unit cost of the part's most recently received batch (0.00 when
 * the part was never received), so that it is issued last.
 */
@ProviderType
public interface StockCountService {

    /**
     * Starts a count of the parts whose location begins with the given segments, or of all parts when the
     * location is {@code null} or blank. Each line records the on-hand quantity at the start.
     */
    StockCount startCount(String location);

    StockCount getCount(long id);

    Page<StockCount> listCounts(PageRequest page);

    /**
     * Records the quantity found of one part of an open count, replacing an earlier entry.
     */
    StockCount enterCounted(long countId, long partId, BigDecimal counted);

    /**
     * Posts an adjustment movement for every counted line with a difference and closes the count. Lines
     * without a counted quantity are left as they are.
     *
     * @throws io.autoshop.api.ConflictException when the count is already posted or a shortfall exceeds the
     *         current stock; nothing changes then
     */
    StockCount postCount(long countId, String reason);
}
