package io.autoshop.api.customer;

import java.time.OffsetDateTime;

/**
 * A customer of the shop. Phone, ID number and address are stored encrypted and returned in plain text.
 *
 * @param id database id
 * @param name person or company name
 * @param phone mainland mobile number, 11 digits
 * @param type individual or company
 * @param notes free text, may be {@code null}
 * @param idNumber resident identity number, 18 characters, with a check character X in upper case; may be
 *            {@code null}
 * @param address postal address, may be {@code null}
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 * @param updatedAt time of the last change in shop time
 */
public record Customer(long id, String name, String phone, CustomerType type, String notes, String idNumber,
        String address, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /**
     * Creates a customer without ID number and address.
     *
     * @since 1.1
     */
    public Customer(long id, String name, String phone, CustomerType type, String notes, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(id, name, phone, type, notes, null, null, version, createdAt, updatedAt);
    }
}
