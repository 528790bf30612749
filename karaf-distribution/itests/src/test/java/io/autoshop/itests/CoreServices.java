package io.autoshop.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Snapshot of the service ids of the core services. A refresh or restart of a core bundle registers its services
 * again under new ids, so equal snapshots before and after an operation prove that the core kept running.
 */
final class CoreServices {

    private static final List<String> INTERFACES = List.of("javax.sql.DataSource",
            "io.autoshop.core.persistence.Transactions", "io.autoshop.api.customer.CustomerService",
            "io.autoshop.api.inventory.InventoryService", "io.autoshop.api.workorder.WorkOrderService",
            "io.autoshop.api.workorder.TrackingService", "io.autoshop.api.notice.NoticeOutbox",
            "javax.servlet.Servlet");

    private CoreServices() {
    }

    static Map<String, List<Long>> ids(BundleContext context) throws InvalidSyntaxException {
        Map<String, List<Long>> ids = new TreeMap<>();
        for (String type : INTERFACES) {
            List<Long> found = new ArrayList<>();
            ServiceReference<?>[] references = context.getAllServiceReferences(type, null);
            if (references != null) {
                for (ServiceReference<?> reference : references) {
                    if (reference.getBundle().getSymbolicName().startsWith("io.autoshop.autoshop-core")
                            || type.equals("javax.sql.DataSource")) {
                        found.add((Long) reference.getProperty(Constants.SERVICE_ID));
                    }
                }
            }
            found.sort(null);
            ids.put(type, found);
        }
        return ids;
    }
}
