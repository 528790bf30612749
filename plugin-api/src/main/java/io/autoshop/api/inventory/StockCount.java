package io.autoshop.api.inventory;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stock count (盘点) of the parts at one location or of all parts.
 *
 * @param id database id
 * @param location the location prefix counted, for example {@code 主库/A3}, {@code null} for all parts
 * @param status current step
 * @param reason the reason given when the adjustments were posted, {@code null} before
 * @param lines one line per part, by part code
 * @param createdAt when the count was started
 * @param postedAt when the adjustments were posted, {@code null} before
 * @param version optimistic-locking version
 */
public record StockCount(long id, String location, StockCountStatus status, String reason,
        List<StockCountLine> lines, OffsetDateTime createdAt, OffsetDateTime postedAt, long version) {

    public StockCount {
        lines = List.copyOf(lines);
    }
}
