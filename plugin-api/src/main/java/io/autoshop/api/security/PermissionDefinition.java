package io.autoshop.api.security;

import java.util.Set;

/**
 * A permission a bundle defines.
 *
 * @param name unique name, for plugins prefixed with the plugin id, for example {@code sms.settings}
 * @param description what it allows, shown to the owner when granting it
 * @param defaultRoles roles that hold it until the owner changes their grants; the owner always has it
 */
public record PermissionDefinition(String name, String description, Set<UserRole> defaultRoles) {

    public PermissionDefinition {
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
