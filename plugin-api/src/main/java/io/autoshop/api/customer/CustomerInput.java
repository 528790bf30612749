package io.autoshop.api.customer;

/**
 * The fields a caller sets when creating or updating a customer; the service validates them.
 *
 * @param name person or company name
 * @param phone mobile number in any common notation ({@code +86 138-0013-8000}); normalised to 11 digits
 * @param type individual or company; {@code null} means individual
 * @param notes free text, may be {@code null}
 */
public record CustomerInput(String name, String phone, CustomerType type, String notes) {
}
