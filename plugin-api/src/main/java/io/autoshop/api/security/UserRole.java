package io.autoshop.api.security;

/**
 * Role of a user account. Each role has a set of permissions that the owner may change; {@link #OWNER} always
 * has every permission, including those contributed by plugins.
 */
public enum UserRole {
    OWNER,
    ADVISOR,
    TECHNICIAN,
    PARTS_CLERK,
    CASHIER
}
