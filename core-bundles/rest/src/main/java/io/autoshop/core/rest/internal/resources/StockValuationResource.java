package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.StockValuation;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stock value at FIFO cost, in total and per part.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/stock/valuation")
@Produces(MediaTypes.JSON)
public final class StockValuationResource {

    private final InventoryService inventory;

    @Activate
    public StockValuationResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @RequiresPermission(Permissions.STOCK_COST)
    @GET
    public StockValuation valuation() {
        return inventory.valuation();
    }
}
