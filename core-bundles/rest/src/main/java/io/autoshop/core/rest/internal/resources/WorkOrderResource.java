package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.dispatch.ClockInput;
import io.autoshop.api.dispatch.DispatchRanking;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.JobClock;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.workorder.LaborLineInput;
import io.autoshop.api.workorder.LaborLineUpdate;
import io.autoshop.api.workorder.PartLineInput;
import io.autoshop.api.workorder.TransitionInput;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderInput;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderSummary;
import io.autoshop.api.workorder.WorkOrderUpdate;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.rest.internal.Versions;
import java.net.URI;
import java.time.LocalDate;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * Work orders: reception, search, updates, labour and parts lines, status transitions, dispatch suggestions and
 * job clocks. Every response with an order sends its version as ETag, and every write of the order accepts
 * If-Match. Job clocks do not change the order's version.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/work-orders")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class WorkOrderResource {

    private final WorkOrderService workOrders;
    private final DispatchService dispatch;

    @Activate
    public WorkOrderResource(@Reference WorkOrderService workOrders, @Reference DispatchService dispatch) {
        this.workOrders = workOrders;
        this.dispatch = dispatch;
    }

    @RequiresPermission(Permissions.ORDERS_CREATE)
    @POST
    public Response create(WorkOrderInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        WorkOrder created = workOrders.create(input);

        return Responses.created(location(uriInfo, created.id()), created, created.version());
    }

    @RequiresPermission({ Permissions.ORDERS_READ, Permissions.ORDERS_READ_ASSIGNED })
    @GET
    public Page<WorkOrderSummary> search(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("plate") String plate, @QueryParam("customerId") String customerId,
            @QueryParam("technicianId") String technicianId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        LocalDate fromDate = params.optionalDate("from", from);
        LocalDate toDate = params.optionalDate("to", to);
        WorkOrderQuery query = new WorkOrderQuery(params.optionalText(q),
                params.optionalEnum("status", status, WorkOrderStatus.class), params.optionalText(plate),
                params.optionalId("customerId", customerId), null, params.optionalId("technicianId", technicianId),
                fromDate, toDate);
        params.checkRange("from", fromDate, "to", toDate);
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return workOrders.search(query, page);
    }

    @RequiresPermission({ Permissions.ORDERS_READ, Permissions.ORDERS_READ_ASSIGNED })
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        WorkOrder order = workOrders.get(id);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission({ Permissions.ORDERS_UPDATE, Permissions.ORDERS_DIAGNOSE })
    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            WorkOrderUpdate update) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(update);

        WorkOrder order = workOrders.update(id, update, expectedVersion);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission(Permissions.ORDERS_LABOR)
    @POST
    @Path("/{id}/labor")
    public Response addLaborLine(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LaborLineInput input, @Context UriInfo uriInfo) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(input);

        WorkOrder order = workOrders.addLaborLine(id, input, expectedVersion);

        return Responses.created(location(uriInfo, id), order, order.version());
    }

    @RequiresPermission(Permissions.ORDERS_LABOR)
    @DELETE
    @Path("/{id}/labor/{lineId}")
    public Response removeLaborLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);

        WorkOrder order = workOrders.removeLaborLine(id, lineId, expectedVersion);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission(Permissions.ORDERS_LABOR)
    @PUT
    @Path("/{id}/labor/{lineId}")
    public Response updateLaborLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LaborLineUpdate update) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(update);

        WorkOrder order = workOrders.updateLaborLine(id, lineId, update, expectedVersion);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission(Permissions.ORDERS_LABOR)
    @POST
    @Path("/{id}/labor/{lineId}/clock")
    public JobClock clock(@PathParam("id") long id, @PathParam("lineId") long lineId, ClockInput input) {
        Responses.requireBody(input);

        return dispatch.clock(id, lineId, input.action());
    }

    @RequiresPermission({ Permissions.ORDERS_READ, Permissions.ORDERS_READ_ASSIGNED })
    @GET
    @Path("/{id}/labor/{lineId}/clock")
    public JobClock getClock(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return dispatch.getClock(id, lineId);
    }

    @RequiresPermission(Permissions.DISPATCH)
    @GET
    @Path("/{id}/dispatch-suggestions")
    public DispatchRanking suggestions(@PathParam("id") long id) {
        return dispatch.suggest(id);
    }

    @RequiresPermission(Permissions.ORDERS_PARTS)
    @POST
    @Path("/{id}/parts")
    public Response addPartLine(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PartLineInput input, @Context UriInfo uriInfo) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(input);

        WorkOrder order = workOrders.addPartLine(id, input, expectedVersion);

        return Responses.created(location(uriInfo, id), order, order.version());
    }

    @RequiresPermission(Permissions.ORDERS_PARTS)
    @DELETE
    @Path("/{id}/parts/{lineId}")
    public Response removePartLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);

        WorkOrder order = workOrders.removePartLine(id, lineId, expectedVersion);

        return Responses.versioned(order, order.version());
    }

    @RequiresPermission({ Permissions.ORDERS_TRANSITION, Permissions.ORDERS_FINISH_REPAIR, Permissions.ORDERS_SETTLE })
    @POST
    @Path("/{id}/transitions")
    public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TransitionInput input) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(input);

        WorkOrder order = workOrders.transition(id, input, expectedVersion);

        return Responses.versioned(order, order.version());
    }

    static URI location(UriInfo uriInfo, long id) {
        return uriInfo.getBaseUriBuilder().path(WorkOrderResource.class).path(Long.toString(id)).build();
    }
}
