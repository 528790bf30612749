package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import javax.ws.rs.GET;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;

/**
 * The logged-in technician's task list.
 *
 * <p>NOTE: AutoShop has no authentication yet, so there is no logged-in user and this always returns 401. Once
 * logins exist it will return what {@code GET /employees/{id}/tasks} returns for the user's employee.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/me/tasks")
@Produces(MediaTypes.JSON)
public final class MyTasksResource {

    @RequiresPermission(Permissions.TASKS_OWN)
    @GET
    public Response list() {
        throw new NotAuthorizedException("Login required: the task list of the logged-in technician needs a login, "
                + "which this shop does not support yet; use GET /api/v1/employees/{id}/tasks", "Bearer");
    }
}
