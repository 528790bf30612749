package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.AuditEntry;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lists the audit log, newest entry first. The log is read only: no method changes or deletes an entry, so PUT,
 * POST and DELETE on {@code /audit} return 405.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/audit")
@Produces(MediaTypes.JSON)
@RequiresPermission(Permissions.AUDIT_READ)
public final class AuditResource {

    /** Entity kinds as the audit log names them, for example {@code work-order}. */
    private static final Pattern ENTITY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_ENTITY = 40;

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        String kind = params.optionalText(entity);
        if (kind != null && (kind.length() > MAX_ENTITY || !ENTITY.matcher(kind).matches())) {
            params.missing("entity", "must be an entity kind in lower case with hyphens such as work-order, got '"
                    + entity + "'");
        }
        Long entityId = params.optionalId("id", id);
        if (entityId != null && kind == null) {
            params.missing("id", "needs entity as well, because ids are unique only within one kind of entity");
        }
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        return audit.find(kind, entityId, page);
    }
}
