package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * The job clock of one labour line.
 *
 * @param workOrderId the order
 * @param laborLineId the labour line
 * @param technicianId the line's technician, whose clock it is, {@code null} when the line has none
 * @param running whether the clock runs now
 * @param standardHours the line's standard hours, or its charged hours when it has no service item
 * @param actualHours the sum of the intervals
 * @param intervals every start/stop pair, oldest first
 */
public record JobClock(long workOrderId, long laborLineId, Long technicianId, boolean running,
        BigDecimal standardHours, BigDecimal actualHours, List<ClockInterval> intervals) {

    public JobClock {
        intervals = List.copyOf(intervals);
    }
}
