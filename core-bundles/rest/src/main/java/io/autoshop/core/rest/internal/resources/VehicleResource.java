package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.customer.VehicleInput;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import io.autoshop.core.rest.internal.Responses;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * Vehicles: register, look up by plate, read.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/vehicles")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class VehicleResource {

    private final CustomerService customers;

    @Activate
    public VehicleResource(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @RequiresPermission(Permissions.VEHICLES_WRITE)
    @POST
    public Response create(VehicleInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Vehicle created = customers.createVehicle(input);

        URI location = uriInfo.getBaseUriBuilder().path(VehicleResource.class).path(Long.toString(created.id()))
                .build();
        return Responses.created(location, created, created.version());
    }

    @RequiresPermission(Permissions.VEHICLES_READ)
    @GET
    public Page<Vehicle> findByPlate(@QueryParam("plate") String plate) {
        QueryParams params = new QueryParams();
        String wanted = params.optionalText(plate);
        if (wanted == null) {
            params.missing("plate", "is required; vehicles are looked up by plate, for example ?plate=浙B7G2K1");
        }
        params.throwIfAny();

        Optional<Vehicle> vehicle = customers.findVehicleByPlate(wanted);

        return Responses.wholeList(vehicle.map(List::of).orElse(List.of()));
    }

    @RequiresPermission(Permissions.VEHICLES_READ)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Vehicle vehicle = customers.getVehicle(id);

        return Responses.versioned(vehicle, vehicle.version());
    }
}
