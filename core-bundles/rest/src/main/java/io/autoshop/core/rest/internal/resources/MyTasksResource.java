package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.Task;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import javax.ws.rs.GET;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The logged-in user's task list: what {@code GET /employees/{id}/tasks} returns for the employee linked to the
 * account. An account without a linked employee gets 404, because it has no task list at all.
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
    public Page<Task> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        Caller caller = CallerContext.current().orElseThrow(() -> new NotAuthorizedException(
                "Login required: the task list belongs to the logged-in user", "Bearer"));
        if (caller.employeeId() == null) {
            throw new NotFoundException("User '" + caller.username() + "' is not linked to an employee, so it has "
                    + "no task list; an administrator links it with PUT /api/v1/users/{id} and an employeeId");
        }

        return dispatch.tasks(caller.employeeId(), page);
    }
}
