package io.autoshop.api.customer;

/**
 * Whether a customer is a private person or a company.
 */
public enum CustomerType {
    INDIVIDUAL,
    COMPANY
}
