package io.autoshop.api.notice;

import io.autoshop.api.workorder.WorkOrder;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The core's transactional outbox of customer notices.
 */
@ProviderType
public interface NoticeOutbox {

    /**
     * Writes the notices that the order's current status causes, one row per registered channel, in the
     * caller's transaction, so that they are stored exactly when the change commits. Does nothing when the shop
     * does not notify this status. A row whose idempotency key already exists is not written again.
     */
    void enqueue(WorkOrder order);

    /**
     * Returns the outbox rows of a work order, oldest first.
     */
    List<NoticeStatus> list(long workOrderId);

    /**
     * Returns the absolute link that customers open for a tracking path such as {@code /track/abc}, built from the
     * shop's public base URL, the same link the notices carry.
     *
     * @since 1.1
     */
    String publicLink(String trackingUrl);
}
