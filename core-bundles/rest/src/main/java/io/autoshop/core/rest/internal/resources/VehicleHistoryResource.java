package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderSummary;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Work orders of one vehicle, newest first. The resource exists only while the work-order service does.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/vehicles/{id}/history")
@Produces(MediaTypes.JSON)
public final class VehicleHistoryResource {

    private final CustomerService customers;
    private final WorkOrderService workOrders;

    @Activate
    public VehicleHistoryResource(@Reference CustomerService customers, @Reference WorkOrderService workOrders) {
        this.customers = customers;
        this.workOrders = workOrders;
    }

    @RequiresPermission(Permissions.VEHICLES_READ)
    @GET
    public Page<WorkOrderSummary> history(@PathParam("id") long id, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        customers.getVehicle(id);

        WorkOrderQuery query = new WorkOrderQuery(null, null, null, null, id, null, null, null);
        return workOrders.search(query, page);
    }
}
