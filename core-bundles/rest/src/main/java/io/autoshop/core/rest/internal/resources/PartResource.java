package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.PartInput;
import io.autoshop.api.inventory.PartLocation;
import io.autoshop.api.inventory.PartUpdate;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.inventory.StockMovement;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.rest.internal.Versions;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
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
 * Parts: create, change, search (optionally only those below safety stock), find where they are kept, read with
 * on-hand quantity and bin location, and list their batches and stock movements.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/parts")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class PartResource {

    private final InventoryService inventory;

    @Activate
    public PartResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @RequiresPermission(Permissions.PARTS_WRITE)
    @POST
    public Response create(PartInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Part created = inventory.createPart(input);

        return Responses.created(location(uriInfo, created.id()), created, created.version());
    }

    @RequiresPermission(Permissions.PARTS_READ)
    @GET
    public Page<Part> search(@QueryParam("q") String q, @QueryParam("belowSafetyStock") String belowSafetyStock,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        String query = params.optionalText(q);
        boolean lowOnly = params.flag("belowSafetyStock", belowSafetyStock);
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return inventory.searchParts(query, lowOnly, page);
    }

    @RequiresPermission(Permissions.PARTS_READ)
    @GET
    @Path("/locate")
    public Page<PartLocation> locate(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        String query = params.optionalText(q);
        if (query == null) {
            params.missing("q", "is required: a part code or a part of its name");
        }
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return inventory.locateParts(query, page);
    }

    @RequiresPermission(Permissions.PARTS_WRITE)
    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PartUpdate update) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(update);

        Part part = inventory.updatePart(id, update, expectedVersion);

        return Responses.versioned(part, part.version());
    }

    @RequiresPermission(Permissions.PARTS_READ)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Part part = inventory.getPart(id);

        return Responses.versioned(part, part.version());
    }

    @RequiresPermission(Permissions.STOCK_COST)
    @GET
    @Path("/{id}/batches")
    public Page<StockBatch> batches(@PathParam("id") long id) {
        inventory.getPart(id);

        return Responses.wholeList(inventory.listBatches(id));
    }

    @RequiresPermission(Permissions.PARTS_READ)
    @GET
    @Path("/{id}/movements")
    public Page<StockMovement> movements(@PathParam("id") long id, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        inventory.getPart(id);

        Page<StockMovement> movements = inventory.listMovements(id, page);
        boolean seesCost = CallerContext.current().map(caller -> caller.has(Permissions.STOCK_COST)).orElse(true);
        if (seesCost) {
            return movements;
        }
        List<StockMovement> withoutCost = movements.items().stream().map(PartResource::withoutCost).toList();
        return new Page<>(withoutCost, movements.total(), movements.limit(), movements.offset());
    }

    /** Returns the movement with its unit cost left out, for callers without {@link Permissions#STOCK_COST}. */
    static StockMovement withoutCost(StockMovement m) {
        return new StockMovement(m.id(), m.partId(), m.batchId(), m.batch(), m.type(), m.quantity(), null,
                m.workOrderId(), m.note(), m.at());
    }

    static URI location(UriInfo uriInfo, long id) {
        return uriInfo.getBaseUriBuilder().path(PartResource.class).path(Long.toString(id)).build();
    }
}
