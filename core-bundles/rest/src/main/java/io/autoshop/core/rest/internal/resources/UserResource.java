package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.rest.internal.Versions;
import io.autoshop.core.security.UserAccount;
import io.autoshop.core.security.UserAdministration;
import io.autoshop.core.security.UserInput;
import io.autoshop.core.security.UserUpdate;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * User accounts: create, list, read, and change role, password, employee link or disabled state.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/users")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
@RequiresPermission(Permissions.USERS_ADMIN)
public final class UserResource {

    private final UserAdministration users;

    @Activate
    public UserResource(@Reference UserAdministration users) {
        this.users = users;
    }

    @POST
    public Response create(UserInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        UserAccount created = users.createUser(input);

        URI location = uriInfo.getBaseUriBuilder().path(UserResource.class).path(Long.toString(created.id())).build();
        return Responses.created(location, created, created.version());
    }

    @GET
    public Page<UserAccount> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return users.listUsers(page);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        UserAccount user = users.getUser(id);

        return Responses.versioned(user, user.version());
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            UserUpdate update) {
        Responses.requireBody(update);
        Long expectedVersion = Versions.parseIfMatch(ifMatch);

        UserAccount updated = users.updateUser(id, update, expectedVersion);

        return Responses.versioned(updated, updated.version());
    }
}
