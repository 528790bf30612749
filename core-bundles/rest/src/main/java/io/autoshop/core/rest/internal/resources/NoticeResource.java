package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.notice.NoticeOutbox;
import io.autoshop.api.notice.NoticeStatus;
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
 * The customer notices of a work order and their delivery state, without message text or phone number.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/work-orders/{id}/notices")
@Produces(MediaTypes.JSON)
public final class NoticeResource {

    private final NoticeOutbox notices;
    private final WorkOrderService workOrders;

    @Activate
    public NoticeResource(@Reference NoticeOutbox notices, @Reference WorkOrderService workOrders) {
        this.notices = notices;
        this.workOrders = workOrders;
    }

    @RequiresPermission(Permissions.NOTICES_READ)
    @GET
    public Page<NoticeStatus> list(@PathParam("id") long id) {
        workOrders.get(id);
        List<NoticeStatus> items = notices.list(id);
        return new Page<>(items, items.size(), items.size(), 0);
    }
}
