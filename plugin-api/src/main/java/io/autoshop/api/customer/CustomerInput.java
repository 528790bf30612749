package io.autoshop.api.customer;

/**
 * The fields a caller sets when creating or updating a customer; the service validates them.
 *
 * @param name person or company name
 * @param phone mobile number in any common notation ({@code +86 138-0013-8000}); normalised to 11 digits
 * @param type individual or company; {@code null} means individual
 * @param notes free text, may be {@code null}
 * @param idNumber resident identity number (18 characters with a valid check character, or a legacy 15-digit
 *            number, which is upgraded to 18), may be {@code null}
 * @param address postal address of at most 200 characters, may be {@code null}
 */
public record CustomerInput(String name, String phone, CustomerType type, String notes, String idNumber,
        String address) {

    /**
     * Creates an input without ID number and address.
     *
     * @since 1.1
     */
    public CustomerInput(String name, String phone, CustomerType type, String notes) {
        this(name, phone, type, notes, null, null);
    }
}
