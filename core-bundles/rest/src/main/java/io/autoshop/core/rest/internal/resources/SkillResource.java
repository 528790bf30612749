package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.api.staff.Skill;
import io.autoshop.api.staff.SkillInput;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The skill catalogue: list and add skills.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/skills")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class SkillResource {

    private final EmployeeService employees;

    @Activate
    public SkillResource(@Reference EmployeeService employees) {
        this.employees = employees;
    }

    @RequiresPermission(Permissions.STAFF_READ)
    @GET
    public Page<Skill> list() {
        return Responses.wholeList(employees.listSkills());
    }

    @RequiresPermission(Permissions.STAFF_WRITE)
    @POST
    public Response create(SkillInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Skill created = employees.createSkill(input);

        URI location = uriInfo.getBaseUriBuilder().path(SkillResource.class).build();
        return Responses.created(location, created);
    }
}
