package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Page;
import io.autoshop.api.console.ConsoleExtension;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Authenticated;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the menu entries that plugins add to the web console, from the {@link ConsoleExtension} services present
 * at the time of the request.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/console/extensions")
@Produces(MediaTypes.JSON)
public final class ConsoleExtensionResource {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleExtensionResource.class);

    /** One plugin entry of the console menu; {@code url} and {@code icon} are absolute paths on this server. */
    public record Extension(String id, Map<String, String> labels, String icon, String url, int order) {
    }

    /** Extensions by service id, so that the oldest service wins when two plugins claim the same id. */
    private final ConcurrentNavigableMap<Long, ConsoleExtension> extensions = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(ConsoleExtension extension, Map<String, Object> properties) {
        Long serviceId = (Long) properties.get(Constants.SERVICE_ID);
        if (extension.id() == null || !ConsoleExtension.ID_PATTERN.matcher(extension.id()).matches()) {
            LOG.warn("Ignoring console extension service {} ({}): invalid id '{}', expected {}", serviceId,
                    extension.getClass().getName(), extension.id(), ConsoleExtension.ID_PATTERN.pattern());
            return;
        }
        extensions.put(serviceId, extension);
        LOG.info("Console extension '{}' added by service {}", extension.id(), serviceId);
    }

    void removeExtension(ConsoleExtension extension, Map<String, Object> properties) {
        Long serviceId = (Long) properties.get(Constants.SERVICE_ID);
        if (extensions.remove(serviceId) != null) {
            LOG.info("Console extension '{}' of service {} removed", extension.id(), serviceId);
        }
    }

    @Authenticated
    @GET
    public Response list() {
        Map<String, Extension> byId = new LinkedHashMap<>();
        for (ConsoleExtension extension : extensions.values()) {
            byId.putIfAbsent(extension.id(), toExtension(extension));
        }
        List<Extension> items = byId.values().stream()
                .sorted(Comparator.comparingInt(Extension::order).thenComparing(Extension::id))
                .toList();
        Page<Extension> page = Responses.wholeList(items);

        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }

    static Extension toExtension(ConsoleExtension extension) {
        String base = ConsoleExtension.PLUGIN_PATH + extension.id() + "/";
        String icon = extension.icon() == null ? null : base + stripLeadingSlash(extension.icon());
        Map<String, String> labels = extension.labels() == null ? Map.of() : Map.copyOf(extension.labels());
        return new Extension(extension.id(), labels, icon, base + stripLeadingSlash(extension.startPage()),
                extension.order());
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
