package io.autoshop.api.inventory;

/**
 * The fields a caller sets when creating a supplier.
 *
 * @param leadTimeDays days from ordering to delivery, 0 to 365
 */
public record SupplierInput(String name, String contact, String phone, Integer leadTimeDays) {
}
