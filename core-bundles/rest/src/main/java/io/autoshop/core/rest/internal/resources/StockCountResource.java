package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.inventory.StockCount;
import io.autoshop.api.inventory.StockCountService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import java.math.BigDecimal;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * Stock counts (盘点): start one for a location or all parts, enter counted quantities, read the differences
 * and post them as adjustment movements.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/stock-counts")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class StockCountResource {

    /**
     * Body of a new count.
     *
     * @param location the location prefix to count, such as 主库/A3; missing or blank counts all parts
     */
    public record StartBody(String location) {
    }

    /**
     * Body of a counted quantity.
     *
     * @param counted the quantity found
     */
    public record CountedBody(BigDecimal counted) {
    }

    /**
     * Body of the posting.
     *
     * @param reason why the stock differed, kept on every adjustment movement
     */
    public record PostBody(String reason) {
    }

    private final StockCountService counts;

    @Activate
    public StockCountResource(@Reference StockCountService counts) {
        this.counts = counts;
    }

    @RequiresPermission(Permissions.STOCK_COUNT)
    @POST
    public Response start(StartBody body, @Context UriInfo uriInfo) {
        Responses.requireBody(body);

        StockCount count = counts.startCount(body.location());

        URI location = uriInfo.getBaseUriBuilder().path(StockCountResource.class).path(Long.toString(count.id()))
                .build();
        return Responses.created(location, count, count.version());
    }

    @RequiresPermission(Permissions.STOCK_COUNT)
    @GET
    public Page<StockCount> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return counts.listCounts(page);
    }

    @RequiresPermission(Permissions.STOCK_COUNT)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        StockCount count = counts.getCount(id);

        return Responses.versioned(count, count.version());
    }

    @RequiresPermission(Permissions.STOCK_COUNT)
    @PUT
    @Path("/{id}/lines/{partId}")
    public Response enterCounted(@PathParam("id") long id, @PathParam("partId") long partId, CountedBody body) {
        Responses.requireBody(body);

        StockCount count = counts.enterCounted(id, partId, body.counted());

        return Responses.versioned(count, count.version());
    }

    @RequiresPermission(Permissions.STOCK_COUNT)
    @POST
    @Path("/{id}/post")
    public Response post(@PathParam("id") long id, PostBody body) {
        Responses.requireBody(body);

        StockCount count = counts.postCount(id, body.reason());

        return Responses.versioned(count, count.version());
    }
}
