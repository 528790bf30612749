package io.autoshop.api.dispatch;

import java.util.List;

/**
 * The technicians suggested for a work order, best first.
 *
 * @param workOrderId the order
 * @param requiredSkills skills named by the service items of the order's labour lines
 * @param strategy name of the strategy that ranked
 * @param attendanceConsidered whether an attendance plugin supplied today's attendance
 * @param items the ranked technicians
 * @param total number of ranked technicians
 */
public record DispatchRanking(long workOrderId, List<String> requiredSkills, String strategy,
        boolean attendanceConsidered, List<RankedTechnician> items, int total) {

    public DispatchRanking {
        requiredSkills = List.copyOf(requiredSkills);
        items = List.copyOf(items);
    }
}
