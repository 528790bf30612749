package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.core.rest.internal.MediaTypes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health check of the application and its database. It needs no other service, so it is the first endpoint up.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/health")
@Produces(MediaTypes.JSON)
public final class HealthResource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    /** Response body of the health check. */
    public record Health(String status, String version, String database) {
    }

    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(dataSourceName=autoshop)")
    private volatile DataSource dataSource;

    @Activate
    public HealthResource(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    HealthResource(String version) {
        this.version = version;
    }

    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PublicEndpoint
    @GET
    public Response health() {
        boolean databaseUp = databaseUp();

        Health health = new Health(databaseUp ? UP : DOWN, version, databaseUp ? UP : DOWN);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health).cacheControl(noStore).build();
    }

    private boolean databaseUp() {
        DataSource current = dataSource;
        if (current == null) {
            LOG.debug("Health check: no data source");
            return false;
        }
        try (Connection connection = current.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Health check: database unreachable: {}", e.getMessage());
            return false;
        }
    }
}
