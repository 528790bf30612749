package io.autoshop.api.security;

import java.util.Set;

/**
 * The logged-in user on whose behalf a service call runs.
 *
 * @param userId id of the user account
 * @param username login name, also written to order history and the audit log
 * @param role the user's role, {@code null} for an account without a role
 * @param employeeId the employee record linked to the account (for technicians, what orders name in
 *     {@code technicianIds}), may be {@code null}
 * @param permissions the permissions the role holds when the request is authenticated
 */
public record Caller(long userId, String username, UserRole role, Long employeeId, Set<String> permissions) {

    public Caller {
        permissions = Set.copyOf(permissions);
    }

    /** Returns whether the caller has the permission. */
    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    /** Returns whether the caller has at least one of the permissions. */
    public boolean hasAny(String... names) {
        for (String name : names) {
            if (permissions.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
