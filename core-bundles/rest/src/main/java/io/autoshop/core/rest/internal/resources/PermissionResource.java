package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.security.PermissionInfo;
import io.autoshop.core.security.RoleAdministration;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The permission catalogue: core permissions and those of installed plugins, with descriptions.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/permissions")
@Produces(MediaTypes.JSON)
public final class PermissionResource {

    private final RoleAdministration roles;

    @Activate
    public PermissionResource(@Reference RoleAdministration roles) {
        this.roles = roles;
    }

    @GET
    @RequiresPermission({ Permissions.ROLES_ADMIN, Permissions.USERS_ADMIN })
    public Page<PermissionInfo> list() {
        return Responses.wholeList(roles.permissions());
    }
}
