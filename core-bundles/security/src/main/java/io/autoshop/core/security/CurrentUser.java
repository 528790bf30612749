package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;
import java.util.List;

/**
 * The logged-in user with the permissions of its role, as the console shows it.
 *
 * @param id id of the account
 * @param username login name
 * @param role the role, {@code null} for an account without a role
 * @param employeeId the linked employee record, may be {@code null}
 * @param permissions the permissions the role holds, sorted by name
 */
public record CurrentUser(long id, String username, UserRole role, Long employeeId, List<String> permissions) {

    public CurrentUser {
        permissions = List.copyOf(permissions);
    }
}
