package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;
import java.util.List;
import java.util.Set;

/**
 * The permission catalogue (core permissions and those of every registered
 * {@link io.autoshop.api.security.PermissionProvider}) and the permissions each role holds.
 */
public interface RoleAdministration {

    /** Returns the catalogue sorted by name. */
    List<PermissionInfo> permissions();

    /** Returns every role with its permissions. */
    List<RoleInfo> roles();

    /** Returns the permissions a role has now: every one in the catalogue for the owner, none for no role. */
    Set<String> permissionsOf(UserRole role);

    /**
     * Replaces the permissions a role holds.
     *
     * @throws io.autoshop.api.ValidationException when a name is not in the catalogue
     * @throws io.autoshop.api.ConflictException for the owner, whose permissions cannot change
     */
    RoleInfo setPermissions(UserRole role, List<String> permissions);
}
