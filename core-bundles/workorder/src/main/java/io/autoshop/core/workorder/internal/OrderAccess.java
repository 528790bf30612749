package io.autoshop.core.workorder.internal;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.security.AccessDeniedException;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Object-level access rules of work orders, applied to the caller bound to the thread by {@link CallerContext}.
 * With no caller bound the code runs as the system and every rule passes.
 *
 * <p>A caller that has {@code orders.read-assigned} but not {@code orders.read} is limited to the orders whose
 * assigned technicians contain the caller's employee. Every other order is reported as not found, so that its
 * existence stays hidden. Such a caller without a linked employee sees no order at all.
 */
final class OrderAccess {

    /** Employee id that no assignment names, used as the scope of a limited caller without an employee record. */
    static final long NO_EMPLOYEE = -1L;

    private OrderAccess() {
    }

    /**
     * Returns the employee whose assigned orders are all that the current caller may see, or empty when the caller
     * may see every order. A limited caller without an employee record gets {@link #NO_EMPLOYEE}.
     */
    static Optional<Long> assignedScope() {
        return CallerContext.current().filter(OrderAccess::isLimited)
                .map(caller -> caller.employeeId() == null ? NO_EMPLOYEE : caller.employeeId());
    }

    /** Returns whether the current caller may see an order with these assigned technicians. */
    static boolean canSee(Collection<Long> technicianIds) {
        Optional<Long> scope = assignedScope();
        return scope.isEmpty() || technicianIds.contains(scope.get());
    }

    /**
     * Raises {@link NotFoundException} for an order the current caller may not see, with the same message as for
     * an order that does not exist.
     */
    static void checkVisible(long orderId, Collection<Long> technicianIds) {
        if (!canSee(technicianIds)) {
            throw NotFoundException.of("Work order", orderId);
        }
    }

    /**
     * Raises {@link AccessDeniedException} when the current caller lacks the permission for a status move:
     * settling needs {@code orders.settle}, IN_REPAIR to INSPECTION needs {@code orders.finish-repair} or
     * {@code orders.transition}, and every other move needs {@code orders.transition}.
     */
    static void checkTransition(WorkOrderStatus from, WorkOrderStatus to) {
        Optional<Caller> current = CallerContext.current();
        if (current.isEmpty()) {
            return;
        }
        Caller caller = current.get();
        List<String> allowedBy = permissionsForMove(from, to);
        if (!caller.hasAny(allowedBy.toArray(String[]::new))) {
            throw new AccessDeniedException("Moving a work order from " + from + " to " + to + " needs the "
                    + "permission " + String.join(" or ", allowedBy) + ", which user '" + caller.username()
                    + "' does not have");
        }
    }

    /** Returns the permissions of which a caller needs one to move an order between the two statuses. */
    static List<String> permissionsForMove(WorkOrderStatus from, WorkOrderStatus to) {
        if (to == WorkOrderStatus.SETTLED) {
            return List.of(Permissions.ORDERS_SETTLE);
        }
        if (from == WorkOrderStatus.IN_REPAIR && to == WorkOrderStatus.INSPECTION) {
            return List.of(Permissions.ORDERS_FINISH_REPAIR, Permissions.ORDERS_TRANSITION);
        }
        return List.of(Permissions.ORDERS_TRANSITION);
    }

    /**
     * Raises {@link AccessDeniedException} when the current caller may not make the update. A caller with
     * {@code orders.update} may change every field. A caller with {@code orders.diagnose} alone may change only
     * the diagnosis and the repair plan, and the update is rejected whole when it names another field.
     */
    static void checkUpdate(WorkOrderUpdate update) {
        Optional<Caller> current = CallerContext.current();
        if (current.isEmpty() || current.get().has(Permissions.ORDERS_UPDATE)) {
            return;
        }
        Caller caller = current.get();
        if (!caller.has(Permissions.ORDERS_DIAGNOSE)) {
            throw new AccessDeniedException("Changing a work order needs the permission " + Permissions.ORDERS_UPDATE
                    + " or " + Permissions.ORDERS_DIAGNOSE + ", which user '" + caller.username()
                    + "' does not have");
        }
        List<String> others = fieldsBeyondDiagnosis(update);
        if (!others.isEmpty()) {
            throw new AccessDeniedException("User '" + caller.username() + "' may change only diagnosis and "
                    + "repairPlan, because changing " + String.join(", ", others) + " needs the permission "
                    + Permissions.ORDERS_UPDATE);
        }
    }

    /** Returns the names of the fields an update sets other than the diagnosis and the repair plan. */
    static List<String> fieldsBeyondDiagnosis(WorkOrderUpdate update) {
        List<String> fields = new ArrayList<>();
        if (update.complaint() != null) {
            fields.add("complaint");
        }
        if (update.promisedAt() != null) {
            fields.add("promisedAt");
        }
        if (update.discount() != null) {
            fields.add("discount");
        }
        if (update.technicianIds() != null) {
            fields.add("technicianIds");
        }
        return fields;
    }

    private static boolean isLimited(Caller caller) {
        return caller.has(Permissions.ORDERS_READ_ASSIGNED) && !caller.has(Permissions.ORDERS_READ);
    }
}
