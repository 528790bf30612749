package io.autoshop.api.customer;

import java.time.OffsetDateTime;

/**
 * A customer of the shop.
 *
 * @param id database id
 * @param name person or company name
 * @param phone mainland mobile number, 11 digits
 * @param type individual or company
 * @param notes free text, may be {@code null}
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 * @param updatedAt time of the last change in shop time
 */
public record Customer(long id, String name, String phone, CustomerType type, String notes, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
