package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.dispatch.ServiceItem;
import io.autoshop.api.dispatch.ServiceItemInput;
import io.autoshop.api.dispatch.ServiceItemService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
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
 * Standard service items: create, list and read.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/service-items")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class ServiceItemResource {

    private final ServiceItemService serviceItems;

    @Activate
    public ServiceItemResource(@Reference ServiceItemService serviceItems) {
        this.serviceItems = serviceItems;
    }

    @RequiresPermission(Permissions.STAFF_WRITE)
    @POST
    public Response create(ServiceItemInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        ServiceItem created = serviceItems.createServiceItem(input);

        URI location = uriInfo.getBaseUriBuilder().path(ServiceItemResource.class).path(Long.toString(created.id()))
                .build();
        return Responses.created(location, created);
    }

    @RequiresPermission(Permissions.STAFF_READ)
    @GET
    public Page<ServiceItem> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return serviceItems.listServiceItems(page);
    }

    @RequiresPermission(Permissions.STAFF_READ)
    @GET
    @Path("/{id}")
    public ServiceItem get(@PathParam("id") long id) {
        return serviceItems.getServiceItem(id);
    }
}
