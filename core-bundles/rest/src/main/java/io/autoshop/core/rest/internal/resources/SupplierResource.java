package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.inventory.PurchasingService;
import io.autoshop.api.inventory.Supplier;
import io.autoshop.api.inventory.SupplierInput;
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
 * Suppliers of parts with their lead times.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/suppliers")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class SupplierResource {

    private final PurchasingService purchasing;

    @Activate
    public SupplierResource(@Reference PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    @RequiresPermission(Permissions.PURCHASING)
    @POST
    public Response create(SupplierInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Supplier created = purchasing.createSupplier(input);

        URI location = uriInfo.getBaseUriBuilder().path(SupplierResource.class).path(Long.toString(created.id()))
                .build();
        return Responses.created(location, created, created.version());
    }

    @RequiresPermission(Permissions.PURCHASING)
    @GET
    public Page<Supplier> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return purchasing.listSuppliers(page);
    }

    @RequiresPermission(Permissions.PURCHASING)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Supplier supplier = purchasing.getSupplier(id);

        return Responses.versioned(supplier, supplier.version());
    }
}
