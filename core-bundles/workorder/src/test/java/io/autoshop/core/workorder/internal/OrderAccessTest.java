package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.security.AccessDeniedException;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.UserRole;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderUpdate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Object-level rules of work orders for the default role grants, with a caller bound to the thread and with none.
 */
class OrderAccessTest {

    private static final long TECHNICIAN_EMPLOYEE = 7L;
    private static final long OTHER_EMPLOYEE = 8L;

    private static final Set<String> ADVISOR = Set.of(Permissions.ORDERS_READ, Permissions.ORDERS_CREATE,
            Permissions.ORDERS_UPDATE, Permissions.ORDERS_DIAGNOSE, Permissions.ORDERS_LABOR, Permissions.ORDERS_PARTS,
            Permissions.ORDERS_TRANSITION, Permissions.ORDERS_FINISH_REPAIR, Permissions.ORDERS_SETTLE);
    private static final Set<String> TECHNICIAN = Set.of(Permissions.ORDERS_READ_ASSIGNED, Permissions.ORDERS_DIAGNOSE,
            Permissions.ORDERS_LABOR, Permissions.ORDERS_PARTS, Permissions.ORDERS_FINISH_REPAIR, Permissions.TASKS_OWN,
            Permissions.PARTS_READ);
    private static final Set<String> PARTS_CLERK = Set.of(Permissions.PARTS_READ, Permissions.PARTS_WRITE,
            Permissions.ORDERS_PARTS);
    private static final Set<String> CASHIER = Set.of(Permissions.ORDERS_READ, Permissions.ORDERS_SETTLE);

    private static Caller caller(UserRole role, Long employeeId, Set<String> permissions) {
        return new Caller(1L, "user-" + role, role, employeeId, permissions);
    }

    private static Caller technician() {
        return caller(UserRole.TECHNICIAN, TECHNICIAN_EMPLOYEE, TECHNICIAN);
    }

    @Test
    void systemSeesEveryOrder() {
        assertEquals(Optional.empty(), OrderAccess.assignedScope());
        assertTrue(OrderAccess.canSee(List.of()));
        assertTrue(OrderAccess.canSee(List.of(OTHER_EMPLOYEE)));
        assertDoesNotThrow(() -> OrderAccess.checkVisible(5L, List.of()));
    }

    @Test
    void technicianSeesOnlyAssignedOrders() {
        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            assertEquals(Optional.of(TECHNICIAN_EMPLOYEE), OrderAccess.assignedScope());
            assertTrue(OrderAccess.canSee(List.of(TECHNICIAN_EMPLOYEE)));
            assertTrue(OrderAccess.canSee(List.of(OTHER_EMPLOYEE, TECHNICIAN_EMPLOYEE)));
            assertFalse(OrderAccess.canSee(List.of(OTHER_EMPLOYEE)));
            assertFalse(OrderAccess.canSee(List.of()));
        }
    }

    @Test
    void hiddenOrderIsNotFound() {
        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            NotFoundException error = assertThrows(NotFoundException.class,
                    () -> OrderAccess.checkVisible(42L, List.of(OTHER_EMPLOYEE)));
            assertEquals(NotFoundException.of("Work order", 42L).getMessage(), error.getMessage());
            assertDoesNotThrow(() -> OrderAccess.checkVisible(43L, List.of(TECHNICIAN_EMPLOYEE)));
        }
    }

    @Test
    void technicianWithoutEmployeeSeesNothing() {
        try (CallerContext.Scope scope = CallerContext.bind(caller(UserRole.TECHNICIAN, null, TECHNICIAN))) {
            assertEquals(Optional.of(OrderAccess.NO_EMPLOYEE), OrderAccess.assignedScope());
            assertFalse(OrderAccess.canSee(List.of(TECHNICIAN_EMPLOYEE)));
            assertFalse(OrderAccess.canSee(List.of()));
        }
    }

    @Test
    void readPermissionLiftsTheLimit() {
        Set<String> both = Set.of(Permissions.ORDERS_READ, Permissions.ORDERS_READ_ASSIGNED);
        try (CallerContext.Scope scope = CallerContext.bind(caller(UserRole.TECHNICIAN, TECHNICIAN_EMPLOYEE, both))) {
            assertEquals(Optional.empty(), OrderAccess.assignedScope());
            assertTrue(OrderAccess.canSee(List.of(OTHER_EMPLOYEE)));
        }
    }

    @Test
    void partsClerkIsNotLimited() {
        try (CallerContext.Scope scope = CallerContext.bind(caller(UserRole.PARTS_CLERK, null, PARTS_CLERK))) {
            assertEquals(Optional.empty(), OrderAccess.assignedScope());
            assertTrue(OrderAccess.canSee(List.of(OTHER_EMPLOYEE)));
            assertTrue(OrderAccess.canSee(List.of()));
        }
    }

    @Test
    void scopeEndsWithTheBinding() {
        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            assertTrue(OrderAccess.assignedScope().isPresent());
        }
        assertEquals(Optional.empty(), OrderAccess.assignedScope());
    }

    @ParameterizedTest(name = "{0} -> {1}: advisor {2}, technician {3}, cashier {4}, clerk {5}")
    @CsvSource({
        "RECEIVED,   OPEN,        true,  false, false, false",
        "OPEN,       IN_REPAIR,   true,  false, false, false",
        "IN_REPAIR,  INSPECTION,  true,  true,  false, false",
        "INSPECTION, IN_REPAIR,   true,  false, false, false",
        "INSPECTION, SETTLED,     true,  false, true,  false",
        "RECEIVED,   CANCELLED,   true,  false, false, false",
        "OPEN,       CANCELLED,   true,  false, false, false",
        "RECEIVED,   SETTLED,     true,  false, true,  false",
        "IN_REPAIR,  OPEN,        true,  false, false, false"
    })
    void statusMovesNeedTheirPermission(WorkOrderStatus from, WorkOrderStatus to, boolean advisor, boolean technician,
            boolean cashier, boolean clerk) {
        assertEquals(advisor, movePermitted(caller(UserRole.ADVISOR, null, ADVISOR), from, to), "advisor");
        assertEquals(technician, movePermitted(technician(), from, to), "technician");
        assertEquals(cashier, movePermitted(caller(UserRole.CASHIER, null, CASHIER), from, to), "cashier");
        assertEquals(clerk, movePermitted(caller(UserRole.PARTS_CLERK, null, PARTS_CLERK), from, to), "parts clerk");
        assertDoesNotThrow(() -> OrderAccess.checkTransition(from, to), "system");
    }

    @Test
    void finishRepairAloneAllowsInspection() {
        Caller finisher = caller(UserRole.TECHNICIAN, 3L, Set.of(Permissions.ORDERS_FINISH_REPAIR));
        Caller mover = caller(UserRole.ADVISOR, null, Set.of(Permissions.ORDERS_TRANSITION));

        assertTrue(movePermitted(finisher, WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION));
        assertTrue(movePermitted(mover, WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION));
        assertFalse(movePermitted(mover, WorkOrderStatus.INSPECTION, WorkOrderStatus.SETTLED));
        assertFalse(movePermitted(finisher, WorkOrderStatus.OPEN, WorkOrderStatus.IN_REPAIR));
    }

    @Test
    void deniedMoveNamesThePermission() {
        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            AccessDeniedException error = assertThrows(AccessDeniedException.class,
                    () -> OrderAccess.checkTransition(WorkOrderStatus.INSPECTION, WorkOrderStatus.SETTLED));
            assertTrue(error.getMessage().contains(Permissions.ORDERS_SETTLE), error.getMessage());
        }
    }

    @Test
    void diagnoseOnlyUpdatesDiagnosisAndPlan() {
        WorkOrderUpdate diagnosis = new WorkOrderUpdate(null, "worn pads", "replace pads", null, null, null);
        WorkOrderUpdate complaint = new WorkOrderUpdate("noise", "worn pads", null, null, null, null);
        WorkOrderUpdate discount = new WorkOrderUpdate(null, null, null, null, new BigDecimal("10.00"), null);
        WorkOrderUpdate technicians = new WorkOrderUpdate(null, "x", null, null, null, List.of(TECHNICIAN_EMPLOYEE));
        WorkOrderUpdate promised = new WorkOrderUpdate(null, null, null, OffsetDateTime.now(), null, null);

        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            assertDoesNotThrow(() -> OrderAccess.checkUpdate(diagnosis));
            assertThrows(AccessDeniedException.class, () -> OrderAccess.checkUpdate(complaint));
            assertThrows(AccessDeniedException.class, () -> OrderAccess.checkUpdate(discount));
            assertThrows(AccessDeniedException.class, () -> OrderAccess.checkUpdate(technicians));
            assertThrows(AccessDeniedException.class, () -> OrderAccess.checkUpdate(promised));
        }
    }

    @Test
    void updatePermissionChangesEveryField() {
        WorkOrderUpdate everything = new WorkOrderUpdate("noise", "worn pads", "replace pads", OffsetDateTime.now(),
                new BigDecimal("10.00"), List.of(TECHNICIAN_EMPLOYEE));

        try (CallerContext.Scope scope = CallerContext.bind(caller(UserRole.ADVISOR, null, ADVISOR))) {
            assertDoesNotThrow(() -> OrderAccess.checkUpdate(everything));
        }
        assertDoesNotThrow(() -> OrderAccess.checkUpdate(everything), "system");
    }

    @Test
    void updateWithoutPermissionIsDenied() {
        WorkOrderUpdate diagnosis = new WorkOrderUpdate(null, "worn pads", null, null, null, null);

        try (CallerContext.Scope scope = CallerContext.bind(caller(UserRole.CASHIER, null, CASHIER))) {
            assertThrows(AccessDeniedException.class, () -> OrderAccess.checkUpdate(diagnosis));
        }
    }

    @Test
    void fieldsBeyondDiagnosisAreListed() {
        WorkOrderUpdate update = new WorkOrderUpdate("noise", "d", "p", OffsetDateTime.now(), BigDecimal.ONE,
                List.of());

        assertEquals(List.of("complaint", "promisedAt", "discount", "technicianIds"),
                OrderAccess.fieldsBeyondDiagnosis(update));
    }

    @Test
    void searchOfTechnicianIsScoped() {
        WorkOrderReader reader = new WorkOrderReader(null, null);
        WorkOrderQuery byOther = new WorkOrderQuery(null, null, null, null, null, OTHER_EMPLOYEE, null, null);

        try (CallerContext.Scope scope = CallerContext.bind(technician())) {
            WorkOrderReader.Filter filter = reader.filterOf(byOther);

            assertEquals(TECHNICIAN_EMPLOYEE, filter.parameters().get("assignee"));
            assertEquals(OTHER_EMPLOYEE, filter.parameters().get("tech"));
            assertTrue(filter.where().contains("t.employeeId = :tech"), filter.where());
            assertTrue(filter.where().contains("a.employeeId = :assignee"), filter.where());
        }
    }

    @Test
    void searchOfSystemIsNotScoped() {
        WorkOrderReader reader = new WorkOrderReader(null, null);

        WorkOrderReader.Filter filter = reader.filterOf(
                new WorkOrderQuery(null, null, null, null, null, null, null, null));

        assertEquals("", filter.where());
        assertFalse(filter.parameters().containsKey("assignee"));
    }

    private static boolean movePermitted(Caller caller, WorkOrderStatus from, WorkOrderStatus to) {
        try (CallerContext.Scope scope = CallerContext.bind(caller)) {
            OrderAccess.checkTransition(from, to);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
