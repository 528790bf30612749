package io.autoshop.api.workorder;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a work order. The order of steps is fixed; a failed inspection goes back to
 * {@link #IN_REPAIR} as rework, and only orders not yet in repair can be cancelled.
 */
public enum WorkOrderStatus {
    /** 接车: the car is at the shop. */
    RECEIVED,
    /** 开单: the order is opened with a repair plan. */
    OPEN,
    /** 维修: technicians are working on the car. */
    IN_REPAIR,
    /** 检验: the repair is being inspected. */
    INSPECTION,
    /** 结算: paid and closed; the order can no longer change. */
    SETTLED,
    /** 取消: abandoned before repair; parts went back to stock. */
    CANCELLED;

    /**
     * Returns the statuses that an order in this status may move to.
     */
    public Set<WorkOrderStatus> next() {
        switch (this) {
            case RECEIVED:
                return EnumSet.of(OPEN, CANCELLED);
            case OPEN:
                return EnumSet.of(IN_REPAIR, CANCELLED);
            case IN_REPAIR:
                return EnumSet.of(INSPECTION);
            case INSPECTION:
                return EnumSet.of(SETTLED, IN_REPAIR);
            default:
                return EnumSet.noneOf(WorkOrderStatus.class);
        }
    }

    public boolean canMoveTo(WorkOrderStatus target) {
        return next().contains(target);
    }

    /**
     * Returns the status in Chinese as customers read it, for example 维修中 for {@link #IN_REPAIR}.
     */
    public String label() {
        switch (this) {
            case RECEIVED:
                return "已接车";
            case OPEN:
                return "已开单";
            case IN_REPAIR:
                return "维修中";
            case INSPECTION:
                return "质检中";
            case SETTLED:
                return "已结算";
            default:
                return "已取消";
        }
    }

    /**
     * Tells whether the order can no longer change in this status.
     */
    public boolean isFinal() {
        return this == SETTLED || this == CANCELLED;
    }
}
