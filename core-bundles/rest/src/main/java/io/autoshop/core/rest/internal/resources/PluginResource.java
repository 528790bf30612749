package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.QueryParams;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Lists the installed AutoShop plugins: the bundles whose symbolic name starts with {@value #PLUGIN_PREFIX}.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/plugins")
@Produces(MediaTypes.JSON)
public final class PluginResource {

    static final String PLUGIN_PREFIX = "io.autoshop.plugin.";

    /** One installed plugin. */
    public record Plugin(String id, String name, String version, String state) {
    }

    private final BundleContext context;

    @Activate
    public PluginResource(BundleContext context) {
        this.context = context;
    }

    @RequiresPermission(Permissions.PLUGINS_READ)
    @GET
    public Page<Plugin> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(limit, offset);
        params.throwIfAny();

        List<Plugin> plugins = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PLUGIN_PREFIX))
                .map(PluginResource::toPlugin)
                .sorted(Comparator.comparing(Plugin::id))
                .toList();
        List<Plugin> items = plugins.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, plugins.size(), page.limit(), page.offset());
    }

    static Plugin toPlugin(Bundle bundle) {
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        return new Plugin(bundle.getSymbolicName(), name == null ? bundle.getSymbolicName() : name,
                bundle.getVersion().toString(), state(bundle.getState()));
    }

    static String state(int state) {
        switch (state) {
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            case Bundle.UNINSTALLED:
                return "UNINSTALLED";
            default:
                return "UNKNOWN";
        }
    }
}
