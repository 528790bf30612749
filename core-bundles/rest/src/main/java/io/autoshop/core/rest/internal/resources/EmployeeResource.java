package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.Task;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.staff.Employee;
import io.autoshop.api.staff.EmployeeInput;
import io.autoshop.api.staff.EmployeeRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Employees of the shop: create, list (optionally by role), read, and a technician's task list.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/employees")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class EmployeeResource {

    private final EmployeeService employees;
    private final DispatchService dispatch;

    @Activate
    public EmployeeResource(@Reference EmployeeService employees, @Reference DispatchService dispatch) {
        this.employees = employees;
        this.dispatch = dispatch;
    }

    @RequiresPermission(Permissions.STAFF_WRITE)
    @POST
    public Response create(EmployeeInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Employee created = employees.createEmployee(input);

        URI location = uriInfo.getBaseUriBuilder().path(EmployeeResource.class).path(Long.toString(created.id()))
                .build();
        return Responses.created(location, created);
    }

    @RequiresPermission(Permissions.STAFF_READ)
    @GET
    public Page<Employee> list(@QueryParam("role") String role, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        EmployeeRole wanted = params.optionalEnum("role", role, EmployeeRole.class);
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return employees.listEmployees(wanted, page);
    }

    @RequiresPermission(Permissions.STAFF_READ)
    @GET
    @Path("/{id}")
    public Employee get(@PathParam("id") long id) {
        return employees.getEmployee(id);
    }

    @RequiresPermission(Permissions.DISPATCH)
    @GET
    @Path("/{id}/tasks")
    public Page<Task> tasks(@PathParam("id") long id, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return dispatch.tasks(id, page);
    }
}
