package io.autoshop.api.security;

/**
 * Names of the permissions of the core. Plugins name their own, prefixed with their plugin id, and publish them
 * through {@link PermissionProvider}. The roles that hold each one by default are listed in
 * {@code docs/security.md}; the owner may grant and withdraw them per role.
 */
public final class Permissions {

    /** Read customers with their phone numbers, ID numbers and addresses. */
    public static final String CUSTOMERS_READ = "customers.read";
    /** Create and change customers. */
    public static final String CUSTOMERS_WRITE = "customers.write";
    /** Read vehicles and their service history. */
    public static final String VEHICLES_READ = "vehicles.read";
    /** Create and change vehicles. */
    public static final String VEHICLES_WRITE = "vehicles.write";

    /** Read work orders; a caller linked to a technician without this reads only their own assigned orders. */
    public static final String ORDERS_READ = "orders.read";
    /** Read the work orders assigned to the caller's employee record, and nothing else. */
    public static final String ORDERS_READ_ASSIGNED = "orders.read-assigned";
    /** Open new work orders. */
    public static final String ORDERS_CREATE = "orders.create";
    /** Change complaint, repair plan, promised time, discount and assigned technicians. */
    public static final String ORDERS_UPDATE = "orders.update";
    /** Record the diagnosis and the repair plan. */
    public static final String ORDERS_DIAGNOSE = "orders.diagnose";
    /** Add, change and remove labour lines and run their job clocks. */
    public static final String ORDERS_LABOR = "orders.labor";
    /** Add and remove parts lines, which issues and returns stock. */
    public static final String ORDERS_PARTS = "orders.parts";
    /** Every status move except settlement. */
    public static final String ORDERS_TRANSITION = "orders.transition";
    /** Only the move from IN_REPAIR to INSPECTION. */
    public static final String ORDERS_FINISH_REPAIR = "orders.finish-repair";
    /** Settle an order with its payment. */
    public static final String ORDERS_SETTLE = "orders.settle";

    /** Dispatch suggestions, the workload board and any employee's task list. */
    public static final String DISPATCH = "dispatch";
    /** One's own task list. */
    public static final String TASKS_OWN = "tasks.own";

    /** Read parts, stock on hand, bin locations and movements (without costs). */
    public static final String PARTS_READ = "parts.read";
    /** Create and change parts. */
    public static final String PARTS_WRITE = "parts.write";
    /** Receive stock. */
    public static final String STOCK_RECEIVE = "stock.receive";
    /** See purchase costs: valuation, movement costs, batches, margins. */
    public static final String STOCK_COST = "stock.cost";
    /** Run stock counts and post their adjustments. */
    public static final String STOCK_COUNT = "stock.count";
    /** Suppliers, purchase orders and reorder suggestions. */
    public static final String PURCHASING = "purchasing";
    /** Trace a batch to the orders, vehicles and customers that received it. */
    public static final String BATCH_TRACE = "batches.trace";

    /** Read employees, skills and service items. */
    public static final String STAFF_READ = "staff.read";
    /** Create and change employees, skills and service items. */
    public static final String STAFF_WRITE = "staff.write";

    /** Read the notices sent for an order. */
    public static final String NOTICES_READ = "notices.read";
    /** List installed plugins. */
    public static final String PLUGINS_READ = "plugins.read";

    /** Create, change and disable user accounts. */
    public static final String USERS_ADMIN = "users.admin";
    /** Grant and withdraw permissions of roles. */
    public static final String ROLES_ADMIN = "roles.admin";
    /** Read the audit log. */
    public static final String AUDIT_READ = "audit.read";
    /** Take and list backups. */
    public static final String BACKUPS = "backups";
    /** Import legacy data. */
    public static final String IMPORTS = "imports";
    /** Export customers, vehicles, orders and stock. */
    public static final String EXPORTS = "exports";

    private Permissions() {
    }
}
