package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.ReceiptInput;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import java.net.URI;
import javax.ws.rs.Consumes;
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
 * Goods receipts: each delivery of a part becomes a new stock batch, listed under the part's batches.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/stock/receipts")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class StockReceiptResource {

    private final InventoryService inventory;

    @Activate
    public StockReceiptResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @RequiresPermission(Permissions.STOCK_RECEIVE)
    @POST
    public Response receive(ReceiptInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        StockBatch batch = inventory.receive(input);

        URI location = uriInfo.getBaseUriBuilder().path(PartResource.class).path(Long.toString(batch.partId()))
                .path("batches").build();
        return Responses.created(location, batch);
    }
}
