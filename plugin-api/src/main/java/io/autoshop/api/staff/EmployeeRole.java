package io.autoshop.api.staff;

/**
 * What an employee does in the shop.
 */
public enum EmployeeRole {
    OWNER,
    ADVISOR,
    TECHNICIAN,
    PARTS_CLERK,
    CASHIER
}
