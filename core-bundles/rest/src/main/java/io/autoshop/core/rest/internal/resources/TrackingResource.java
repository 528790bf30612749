package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.api.workorder.TrackingService;
import io.autoshop.api.workorder.TrackingView;
import io.autoshop.core.rest.internal.MediaTypes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer's progress view as JSON, the same content as the {@code /track/<token>} page; no login needed.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/tracking/{token}")
@Produces(MediaTypes.JSON)
public final class TrackingResource {

    private final TrackingService tracking;

    @Activate
    public TrackingResource(@Reference TrackingService tracking) {
        this.tracking = tracking;
    }

    @PublicEndpoint
    @GET
    public TrackingView get(@PathParam("token") String token) {
        return tracking.find(token).orElseThrow(() -> new NotFoundException("The tracking link is unknown or expired"));
    }
}
