package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.TechnicianWorkload;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workload of every active technician.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/workload")
@Produces(MediaTypes.JSON)
public final class WorkloadResource {

    private final DispatchService dispatch;

    @Activate
    public WorkloadResource(@Reference DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @RequiresPermission(Permissions.DISPATCH)
    @GET
    public Page<TechnicianWorkload> list() {
        return Responses.wholeList(dispatch.workload());
    }
}
