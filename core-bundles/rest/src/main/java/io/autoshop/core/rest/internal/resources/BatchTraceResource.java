package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.inventory.BatchIssue;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
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
 * Recall trace of a batch: the work orders, vehicles and customers that received parts from it and kept them.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/batches")
@Produces(MediaTypes.JSON)
public final class BatchTraceResource {

    private final InventoryService inventory;
    private final WorkOrderService workOrders;
    private final CustomerService customers;

    @Activate
    public BatchTraceResource(@Reference InventoryService inventory, @Reference WorkOrderService workOrders,
            @Reference CustomerService customers) {
        this.inventory = inventory;
        this.workOrders = workOrders;
        this.customers = customers;
    }

    @RequiresPermission(Permissions.BATCH_TRACE)
    @GET
    @Path("/{batch}/trace")
    public Traces.BatchTrace trace(@PathParam("batch") String batch) {
        List<BatchIssue> issues = inventory.traceBatch(batch);

        List<StockBatch> batches = inventory.findBatchesByNumber(batch);
        return Traces.batchTrace(batch.strip(), batches, issues, workOrders, customers);
    }
}
