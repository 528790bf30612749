package io.autoshop.core.security.internal;

import static io.autoshop.api.security.UserRole.ADVISOR;
import static io.autoshop.api.security.UserRole.CASHIER;
import static io.autoshop.api.security.UserRole.PARTS_CLERK;
import static io.autoshop.api.security.UserRole.TECHNICIAN;

import io.autoshop.api.security.PermissionDefinition;
import io.autoshop.api.security.PermissionProvider;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.UserRole;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Publishes every permission of {@link Permissions} with its description and the roles that hold it by default.
 * Permissions without default roles belong to the owner alone until the owner grants them.
 */
@Component(service = PermissionProvider.class)
public final class CorePermissions implements PermissionProvider {

    static final List<PermissionDefinition> DEFINITIONS = List.of(
            define(Permissions.CUSTOMERS_READ, "Read customers with their phone numbers, ID numbers and addresses",
                    ADVISOR),
            define(Permissions.CUSTOMERS_WRITE, "Create and change customers", ADVISOR),
            define(Permissions.VEHICLES_READ, "Read vehicles and their service history", ADVISOR),
            define(Permissions.VEHICLES_WRITE, "Create and change vehicles", ADVISOR),
            define(Permissions.ORDERS_READ, "Read all work orders", ADVISOR, CASHIER),
            define(Permissions.ORDERS_READ_ASSIGNED, "Read only the work orders assigned to one's employee record",
                    TECHNICIAN),
            define(Permissions.ORDERS_CREATE, "Open new work orders", ADVISOR),
            define(Permissions.ORDERS_UPDATE,
                    "Change complaint, repair plan, promised time, discount and assigned technicians", ADVISOR),
            define(Permissions.ORDERS_DIAGNOSE, "Record the diagnosis and the repair plan", ADVISOR, TECHNICIAN),
            define(Permissions.ORDERS_LABOR, "Add, change and remove labour lines and run their job clocks", ADVISOR,
                    TECHNICIAN),
            define(Permissions.ORDERS_PARTS, "Add and remove parts lines, which issues and returns stock", ADVISOR,
                    TECHNICIAN, PARTS_CLERK),
            define(Permissions.ORDERS_TRANSITION, "Move work orders between statuses, except settlement", ADVISOR),
            define(Permissions.ORDERS_FINISH_REPAIR, "Move a work order from IN_REPAIR to INSPECTION", ADVISOR,
                    TECHNICIAN),
            define(Permissions.ORDERS_SETTLE, "Settle a work order with its payment", ADVISOR, CASHIER),
            define(Permissions.DISPATCH, "Dispatch suggestions, the workload board and any employee's task list",
                    ADVISOR),
            define(Permissions.TASKS_OWN, "Read one's own task list", TECHNICIAN),
            define(Permissions.PARTS_READ, "Read parts, stock on hand, bin locations and movements without costs",
                    ADVISOR, TECHNICIAN, PARTS_CLERK),
            define(Permissions.PARTS_WRITE, "Create and change parts", PARTS_CLERK),
            define(Permissions.STOCK_RECEIVE, "Receive stock", PARTS_CLERK),
            define(Permissions.STOCK_COST, "See purchase costs: valuation, movement costs, batches, margins",
                    PARTS_CLERK),
            define(Permissions.STOCK_COUNT, "Run stock counts and post their adjustments", PARTS_CLERK),
            define(Permissions.PURCHASING, "Suppliers, purchase orders and reorder suggestions", PARTS_CLERK),
            define(Permissions.BATCH_TRACE, "Trace a batch to the orders, vehicles and customers that received it"),
            define(Permissions.STAFF_READ, "Read employees, skills and service items", ADVISOR),
            define(Permissions.STAFF_WRITE, "Create and change employees, skills and service items"),
            define(Permissions.NOTICES_READ, "Read the notices sent for a work order", ADVISOR),
            define(Permissions.PLUGINS_READ, "List installed plugins", ADVISOR),
            define(Permissions.USERS_ADMIN, "Create, change and disable user accounts"),
            define(Permissions.ROLES_ADMIN, "Grant and withdraw permissions of roles"),
            define(Permissions.AUDIT_READ, "Read the audit log"),
            define(Permissions.BACKUPS, "Take and list backups"),
            define(Permissions.IMPORTS, "Import legacy data"),
            define(Permissions.EXPORTS, "Export customers, vehicles, orders and stock"));

    @Override
    public List<PermissionDefinition> permissions() {
        return DEFINITIONS;
    }

    private static PermissionDefinition define(String name, String description, UserRole... defaultRoles) {
        return new PermissionDefinition(name, description, Set.of(defaultRoles));
    }
}
