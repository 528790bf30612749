package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.Task;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.security.AuthenticationException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The logged-in user's task list: what {@code GET /employees/{id}/tasks} returns for the employee record linked
 * to the user.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/me/tasks")
@Produces(MediaTypes.JSON)
public final class MyTasksResource {

    private final DispatchService dispatch;

    @Activate
    public MyTasksResource(@Reference DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @GET
    @RequiresPermission(Permissions.TASKS_OWN)
    public Page<Task> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();
        Caller caller = CallerContext.current().orElseThrow(() -> new AuthenticationException("No user is logged in"));
        if (caller.employeeId() == null) {
            throw new NotFoundException("User '" + caller.username() + "' is linked to no employee record, so it has "
                    + "no task list; an administrator sets employeeId with PUT /api/v1/users/" + caller.userId());
        }

        return dispatch.tasks(caller.employeeId(), page);
    }
}
