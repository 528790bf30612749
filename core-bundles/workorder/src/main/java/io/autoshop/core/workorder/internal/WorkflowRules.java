package io.autoshop.core.workorder.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.util.stream.Collectors;

/**
 * Decides whether a work order may move from one status to another, and what the move means.
 */
final class WorkflowRules {

    /**
     * Effects of a permitted move beyond the change of status.
     *
     * @param rework the move records a failed inspection
     * @param settles the move settles the order and needs the balance paid
     * @param returnsParts the move puts the order's parts back into stock
     */
    record Move(WorkOrderStatus from, WorkOrderStatus to, boolean rework, boolean settles, boolean returnsParts) {
    }

    private WorkflowRules() {
    }

    /**
     * Checks a move and describes it.
     *
     * @param passed the inspection result sent with the move, {@code null} when none was sent
     * @throws ConflictException when the workflow does not allow the move
     * @throws ValidationException when the inspection result contradicts the move
     */
    static Move check(WorkOrderStatus from, WorkOrderStatus to, Boolean passed) {
        if (!from.canMoveTo(to)) {
            throw new ConflictException("A work order cannot move from " + from + " to " + to + allowed(from));
        }
        boolean leavesInspection = from == WorkOrderStatus.INSPECTION;
        if (leavesInspection && to == WorkOrderStatus.SETTLED && Boolean.FALSE.equals(passed)) {
            throw new ValidationException("passed",
                    "a failed inspection sends the order back to IN_REPAIR, it cannot be settled");
        }
        if (leavesInspection && to == WorkOrderStatus.IN_REPAIR && Boolean.TRUE.equals(passed)) {
            throw new ValidationException("passed",
                    "a passed inspection moves on to SETTLED; going back to IN_REPAIR means it failed");
        }
        if (!leavesInspection && passed != null) {
            throw new ValidationException("passed", "applies only when the order leaves INSPECTION");
        }
        boolean rework = leavesInspection && to == WorkOrderStatus.IN_REPAIR;
        return new Move(from, to, rework, to == WorkOrderStatus.SETTLED, to == WorkOrderStatus.CANCELLED);
    }

    private static String allowed(WorkOrderStatus from) {
        if (from.next().isEmpty()) {
            return "; a " + from + " order can no longer change";
        }
        return "; allowed from " + from + ": "
                + from.next().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
