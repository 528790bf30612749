package io.autoshop.api.inventory;

import java.time.OffsetDateTime;

/**
 * A supplier of parts.
 *
 * @param id database id
 * @param name supplier name, unique
 * @param contact contact person, may be {@code null}
 * @param phone phone number as entered, may be {@code null}
 * @param leadTimeDays days from ordering to delivery, used by reorder suggestions
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 */
public record Supplier(long id, String name, String contact, String phone, int leadTimeDays, long version,
        OffsetDateTime createdAt) {
}
