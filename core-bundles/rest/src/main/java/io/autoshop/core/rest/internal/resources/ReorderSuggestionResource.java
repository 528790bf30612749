package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.inventory.PurchaseOrder;
import io.autoshop.api.inventory.PurchasingService;
import io.autoshop.api.inventory.ReorderSuggestion;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reorder suggestions from the issue history, and the action that turns accepted suggestions into draft
 * purchase orders, one per supplier.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/reorder-suggestions")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class ReorderSuggestionResource {

    /**
     * Body of the purchase-order action.
     *
     * @param partIds the parts whose suggestions were accepted
     */
    public record AcceptedSuggestions(List<Long> partIds) {
    }

    private final PurchasingService purchasing;

    @Activate
    public ReorderSuggestionResource(@Reference PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    @RequiresPermission(Permissions.PURCHASING)
    @GET
    public Page<ReorderSuggestion> list(@QueryParam("all") String all) {
        QueryParams params = new QueryParams();
        boolean everyPart = params.flag("all", all);
        params.throwIfAny();

        return Responses.wholeList(purchasing.reorderSuggestions(everyPart));
    }

    @RequiresPermission(Permissions.PURCHASING)
    @POST
    @Path("/purchase-orders")
    public Response createPurchaseOrders(AcceptedSuggestions body) {
        Responses.requireBody(body);

        List<PurchaseOrder> created = purchasing.createPurchaseOrdersFromSuggestions(body.partIds());

        return Response.status(Response.Status.CREATED).entity(Responses.wholeList(created)).build();
    }
}
