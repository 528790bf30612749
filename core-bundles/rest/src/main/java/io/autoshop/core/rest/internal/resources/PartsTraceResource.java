package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.core.rest.internal.MediaTypes;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The batch, supplier and cost of every part on a work order, with the order's cost of parts and margin.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/work-orders/{id}/parts-trace")
@Produces(MediaTypes.JSON)
public final class PartsTraceResource {

    private final WorkOrderService workOrders;
    private final InventoryService inventory;

    @Activate
    public PartsTraceResource(@Reference WorkOrderService workOrders, @Reference InventoryService inventory) {
        this.workOrders = workOrders;
        this.inventory = inventory;
    }

    @RequiresPermission(Permissions.STOCK_COST)
    @GET
    public Traces.PartsTrace trace(@PathParam("id") long id) {
        WorkOrder order = workOrders.get(id);

        List<Long> batchIds = order.partLines().stream().flatMap(l -> l.batches().stream())
                .map(IssuedQuantity::batchId).distinct().toList();
        List<StockBatch> batches = inventory.findBatches(batchIds);
        return Traces.partsTrace(order, batches);
    }
}
