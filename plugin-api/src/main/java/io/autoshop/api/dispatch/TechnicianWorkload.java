package io.autoshop.api.dispatch;

import io.autoshop.api.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One technician's share of the shop's work.
 *
 * @param employeeId the technician's employee id
 * @param name the technician's name
 * @param openStandardHours standard hours of the technician's labour on open orders
 * @param clockedHoursToday hours on the technician's job clocks today in shop time, a running clock up to now
 * @param clockRunning whether one of the technician's clocks runs now
 * @param ordersByStatus number of the technician's open orders per status, every open status present
 */
public record TechnicianWorkload(long employeeId, String name, BigDecimal openStandardHours,
        BigDecimal clockedHoursToday, boolean clockRunning, Map<WorkOrderStatus, Integer> ordersByStatus) {

    public TechnicianWorkload {
        ordersByStatus = Map.copyOf(ordersByStatus);
    }
}
