package io.autoshop.core.console.internal;

import io.autoshop.api.console.ConsoleExtension;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The folders of static files that plugins publish through {@link ConsoleExtension} services, by extension id.
 * When two services claim the same id, the older service wins, as in the REST list of entries.
 */
final class PluginFolders {

    /** The bundle and folder that serve one extension's files. */
    record Folder(Bundle bundle, String root) {
    }

    private record Registration(String id, Folder folder) {
    }

    private final ConcurrentNavigableMap<Long, Registration> byServiceId = new ConcurrentSkipListMap<>();

    /** Adds the folder of an extension, or returns false when its id is invalid. */
    boolean add(ServiceReference<?> reference, ConsoleExtension extension) {
        String id = extension.id();
        if (id == null || !ConsoleExtension.ID_PATTERN.matcher(id).matches()) {
            return false;
        }
        String root = extension.resourceRoot() == null ? "/" : extension.resourceRoot();
        byServiceId.put(serviceId(reference), new Registration(id, new Folder(reference.getBundle(), root)));
        return true;
    }

    void remove(ServiceReference<?> reference) {
        byServiceId.remove(serviceId(reference));
    }

    Optional<Folder> find(String id) {
        for (Map.Entry<Long, Registration> entry : byServiceId.entrySet()) {
            if (entry.getValue().id().equals(id)) {
                return Optional.of(entry.getValue().folder());
            }
        }
        return Optional.empty();
    }

    private static Long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }
}
