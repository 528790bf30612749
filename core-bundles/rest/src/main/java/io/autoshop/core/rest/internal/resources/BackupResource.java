package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Backups of the shop database for the owner. The API has no authentication yet, so anyone who reaches it can start
 * a backup; see docs/backup.md.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/backups")
@Produces(MediaTypes.JSON)
public final class BackupResource {

    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @RequiresPermission(Permissions.BACKUPS)
    @POST
    public Response start() {
        return Response.accepted(backups.start()).build();
    }

    @RequiresPermission(Permissions.BACKUPS)
    @GET
    public Page<Backup> list() {
        List<Backup> items = backups.list();
        return new Page<>(items, items.size(), items.size(), 0);
    }
}
