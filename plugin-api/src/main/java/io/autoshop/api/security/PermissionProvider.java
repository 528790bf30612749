package io.autoshop.api.security;

import java.util.List;

/**
 * Publishes the permissions a bundle defines. Register an implementation as an OSGi service; its permissions
 * become grantable while the service is registered, and the roles named as defaults receive them the first time
 * they are seen. A resource names them in {@link RequiresPermission}.
 */
public interface PermissionProvider {

    List<PermissionDefinition> permissions();
}
