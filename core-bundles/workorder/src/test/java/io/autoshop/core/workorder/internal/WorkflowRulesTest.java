package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.ConflictException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowRulesTest {

    @ParameterizedTest
    @CsvSource({
        "RECEIVED, OPEN",
        "OPEN, IN_REPAIR",
        "IN_REPAIR, INSPECTION",
        "INSPECTION, SETTLED",
        "INSPECTION, IN_REPAIR",
        "RECEIVED, CANCELLED",
        "OPEN, CANCELLED"
    })
    void allowedMovesPass(WorkOrderStatus from, WorkOrderStatus to) {
        WorkflowRules.Move move = WorkflowRules.check(from, to, null);

        assertEquals(to, move.to());
    }

    @Test
    void everyOtherMoveIsConflict() {
        Set<String> allowed = Set.of("RECEIVED>OPEN", "OPEN>IN_REPAIR", "IN_REPAIR>INSPECTION",
                "INSPECTION>SETTLED", "INSPECTION>IN_REPAIR", "RECEIVED>CANCELLED", "OPEN>CANCELLED");
        int rejected = 0;
        for (WorkOrderStatus from : WorkOrderStatus.values()) {
            for (WorkOrderStatus to : WorkOrderStatus.values()) {
                if (!allowed.contains(from + ">" + to)) {
                    assertThrows(ConflictException.class, () -> WorkflowRules.check(from, to, null),
                            from + " to " + to);
                    rejected++;
                }
            }
        }
        assertEquals(36 - 7, rejected);
    }

    @Test
    void failedInspectionCountsAsRework() {
        WorkflowRules.Move move = WorkflowRules.check(WorkOrderStatus.INSPECTION, WorkOrderStatus.IN_REPAIR, false);

        assertTrue(move.rework());
        assertFalse(move.settles());
    }

    @Test
    void backToRepairWithoutResultIsRework() {
        WorkflowRules.Move move = WorkflowRules.check(WorkOrderStatus.INSPECTION, WorkOrderStatus.IN_REPAIR, null);

        assertTrue(move.rework());
    }

    @Test
    void passedInspectionSettles() {
        WorkflowRules.Move move = WorkflowRules.check(WorkOrderStatus.INSPECTION, WorkOrderStatus.SETTLED, true);

        assertTrue(move.settles());
        assertFalse(move.rework());
    }

    @Test
    void failedInspectionCannotSettle() {
        assertThrows(ValidationException.class,
                () -> WorkflowRules.check(WorkOrderStatus.INSPECTION, WorkOrderStatus.SETTLED, false));
    }

    @Test
    void passedInspectionCannotGoBackToRepair() {
        assertThrows(ValidationException.class,
                () -> WorkflowRules.check(WorkOrderStatus.INSPECTION, WorkOrderStatus.IN_REPAIR, true));
    }

    @Test
    void inspectionResultOutsideInspectionIsInvalid() {
        assertThrows(ValidationException.class,
                () -> WorkflowRules.check(WorkOrderStatus.RECEIVED, WorkOrderStatus.OPEN, true));
    }

    @Test
    void cancellationReturnsParts() {
        WorkflowRules.Move move = WorkflowRules.check(WorkOrderStatus.OPEN, WorkOrderStatus.CANCELLED, null);

        assertTrue(move.returnsParts());
    }

    @ParameterizedTest
    @EnumSource(value = WorkOrderStatus.class, names = {"SETTLED", "CANCELLED"})
    void finalStatusesAllowNoMove(WorkOrderStatus status) {
        assertTrue(status.isFinal());
        assertEquals(EnumSet.noneOf(WorkOrderStatus.class), status.next());
    }

    @Test
    void conflictMessageListsAllowedTargets() {
        ConflictException error = assertThrows(ConflictException.class,
                () -> WorkflowRules.check(WorkOrderStatus.RECEIVED, WorkOrderStatus.SETTLED, null));

        assertEquals("A work order cannot move from RECEIVED to SETTLED; allowed from RECEIVED: CANCELLED, OPEN",
                error.getMessage());
    }
}
