package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;
import java.util.List;

/**
 * A permission of the catalogue.
 *
 * @param name unique name
 * @param description what it allows
 * @param defaultRoles roles that received it when it was first seen, besides the owner
 */
public record PermissionInfo(String name, String description, List<UserRole> defaultRoles) {

    public PermissionInfo {
        defaultRoles = List.copyOf(defaultRoles);
    }
}
