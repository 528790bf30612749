package io.autoshop.api.staff;

/**
 * Job of an employee in the shop.
 */
public enum EmployeeRole {
    OWNER,
    ADVISOR,
    TECHNICIAN,
    PARTS_CLERK,
    CASHIER
}
