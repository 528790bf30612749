package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.inventory.PurchaseOrder;
import io.autoshop.api.inventory.PurchaseOrderInput;
import io.autoshop.api.inventory.PurchaseOrderStatus;
import io.autoshop.api.inventory.PurchaseReceiptInput;
import io.autoshop.api.inventory.PurchasingService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.rest.internal.Versions;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
 * Purchase orders: create as draft, list, read, send to the supplier or cancel, and book deliveries.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/purchase-orders")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class PurchaseOrderResource {

    /**
     * Body of a status change.
     *
     * @param to the target status, {@code ORDERED} or {@code CANCELLED}
     */
    public record TransitionBody(PurchaseOrderStatus to) {
    }

    private final PurchasingService purchasing;

    @Activate
    public PurchaseOrderResource(@Reference PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    @RequiresPermission(Permissions.PURCHASING)
    @POST
    public Response create(PurchaseOrderInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        PurchaseOrder created = purchasing.createPurchaseOrder(input);

        return Responses.created(location(uriInfo, created.id()), created, created.version());
    }

    @RequiresPermission(Permissions.PURCHASING)
    @GET
    public Page<PurchaseOrder> search(@QueryParam("status") String status,
            @QueryParam("supplierId") String supplierId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PurchaseOrderStatus statusFilter = params.optionalEnum("status", status, PurchaseOrderStatus.class);
        Long supplier = params.optionalId("supplierId", supplierId);
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return purchasing.searchPurchaseOrders(statusFilter, supplier, page);
    }

    @RequiresPermission(Permissions.PURCHASING)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        PurchaseOrder order = purchasing.getPurchaseOrder(id);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission(Permissions.PURCHASING)
    @POST
    @Path("/{id}/transitions")
    public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TransitionBody body) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(body);

        PurchaseOrder order = purchasing.transitionPurchaseOrder(id, body.to(), expectedVersion);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission({ Permissions.PURCHASING, Permissions.STOCK_RECEIVE })
    @POST
    @Path("/{id}/receipts")
    public Response receive(@PathParam("id") long id, PurchaseReceiptInput input) {
        Responses.requireBody(input);

        PurchaseOrder order = purchasing.receivePurchaseOrder(id, input);

        return Responses.versioned(order, order.version());
    }

    static URI location(UriInfo uriInfo, long id) {
        return uriInfo.getBaseUriBuilder().path(PurchaseOrderResource.class).path(Long.toString(id)).build();
    }
}
