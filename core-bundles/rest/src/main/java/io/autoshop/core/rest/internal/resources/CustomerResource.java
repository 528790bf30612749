package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerInput;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.rest.RestExtension;
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
 * Customers: create, search, read, update, and list their vehicles.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/customers")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class CustomerResource {

    private final CustomerService customers;

    @Activate
    public CustomerResource(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @RequiresPermission(Permissions.CUSTOMERS_WRITE)
    @POST
    public Response create(CustomerInput input, @Context UriInfo uriInfo) {
        Responses.requireBody(input);

        Customer created = customers.createCustomer(input);

        return Responses.created(location(uriInfo, created.id()), created, created.version());
    }

    @RequiresPermission(Permissions.CUSTOMERS_READ)
    @GET
    public Page<Customer> search(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        String query = params.optionalText(q);
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return customers.searchCustomers(query, page);
    }

    @RequiresPermission(Permissions.CUSTOMERS_READ)
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Customer customer = customers.getCustomer(id);

        return Responses.versioned(customer, customer.version());
    }

    @RequiresPermission(Permissions.CUSTOMERS_WRITE)
    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CustomerInput input) {
        Long expectedVersion = Versions.parseIfMatch(ifMatch);
        Responses.requireBody(input);

        Customer updated = customers.updateCustomer(id, input, expectedVersion);

        return Responses.versioned(updated, updated.version());
    }

    @RequiresPermission(Permissions.CUSTOMERS_READ)
    @GET
    @Path("/{id}/vehicles")
    public Page<Vehicle> vehicles(@PathParam("id") long id) {
        customers.getCustomer(id);

        List<Vehicle> vehicles = customers.listVehicles(id);

        return Responses.wholeList(vehicles);
    }

    static URI location(UriInfo uriInfo, long id) {
        return uriInfo.getBaseUriBuilder().path(CustomerResource.class).path(Long.toString(id)).build();
    }
}
