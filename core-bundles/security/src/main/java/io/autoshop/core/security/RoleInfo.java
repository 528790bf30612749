package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;
import java.util.List;

/**
 * A role with its permissions.
 *
 * @param role the role
 * @param permissions permission names, sorted
 * @param editable {@code false} for the owner, who always has every permission
 */
public record RoleInfo(UserRole role, List<String> permissions, boolean editable) {

    public RoleInfo {
        permissions = List.copyOf(permissions);
    }
}
