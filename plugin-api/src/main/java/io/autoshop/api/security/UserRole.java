package io.autoshop.api.security;

/**
 * Role of a user account. Each role holds a set of permissions that the owner may change; {@link #OWNER} always
 * holds every permission, including those contributed by plugins.
 */
public enum UserRole {
    OWNER,
    ADVISOR,
    TECHNICIAN,
    PARTS_CLERK,
    CASHIER
}
