package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.security.UserRole;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.security.RoleAdministration;
import io.autoshop.core.security.RoleInfo;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Roles with the permissions they hold, and the owner's changes to them.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/roles")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class RoleResource {

    /** Body of a change of a role's permissions. */
    public record RolePermissions(List<String> permissions) {
    }

    private final RoleAdministration roles;

    @Activate
    public RoleResource(@Reference RoleAdministration roles) {
        this.roles = roles;
    }

    @GET
    @RequiresPermission({ Permissions.ROLES_ADMIN, Permissions.USERS_ADMIN })
    public Page<RoleInfo> list() {
        return Responses.wholeList(roles.roles());
    }

    @PUT
    @Path("/{role}/permissions")
    @RequiresPermission(Permissions.ROLES_ADMIN)
    public RoleInfo setPermissions(@PathParam("role") String role, RolePermissions body) {
        UserRole parsed = parseRole(role);
        Responses.requireBody(body);

        return roles.setPermissions(parsed, body.permissions());
    }

    private static UserRole parseRole(String name) {
        try {
            return UserRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Role '" + name + "' was not found; roles are OWNER, ADVISOR, TECHNICIAN, "
                    + "PARTS_CLERK and CASHIER");
        }
    }
}
