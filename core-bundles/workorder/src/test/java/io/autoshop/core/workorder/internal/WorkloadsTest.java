package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.autoshop.api.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    private static final Map<Long, WorkOrderStatus> STATUS = Map.of(10L, WorkOrderStatus.OPEN,
            11L, WorkOrderStatus.IN_REPAIR);

    @Test
    void assignedLineCountsStandardHours() {
        Map<Long, Workloads.Load> loads = Workloads.combine(STATUS, Map.of(),
                List.of(line(10, 5L, "1.80", "1.50")));

        assertEquals(new BigDecimal("1.50"), loads.get(5L).openStandardHours());
    }

    @Test
    void freeLineCountsChargedHours() {
        Map<Long, Workloads.Load> loads = Workloads.combine(STATUS, Map.of(), List.of(line(10, 5L, "2.25", null)));

        assertEquals(new BigDecimal("2.25"), loads.get(5L).openStandardHours());
    }

    @Test
    void unassignedLineIsSharedAmongOrderTechnicians() {
        Map<Long, Workloads.Load> loads = Workloads.combine(STATUS, Map.of(11L, List.of(5L, 6L)),
                List.of(line(11, null, "3", "3")));

        assertEquals(new BigDecimal("1.50"), loads.get(5L).openStandardHours());
        assertEquals(new BigDecimal("1.50"), loads.get(6L).openStandardHours());
    }

    @Test
    void unassignedLineOnUnassignedOrderCountsForNobody() {
        Map<Long, Workloads.Load> loads = Workloads.combine(STATUS, Map.of(), List.of(line(10, null, "3", "3")));

        assertFalse(loads.containsKey(5L));
    }

    @Test
    void ordersCountFromAssignmentsAndLines() {
        Map<Long, Workloads.Load> loads = Workloads.combine(STATUS, Map.of(10L, List.of(5L)),
                List.of(line(11, 5L, "1", "1"), line(10, 5L, "1", "1")));

        assertEquals(Map.of(10L, WorkOrderStatus.OPEN, 11L, WorkOrderStatus.IN_REPAIR), loads.get(5L).orders());
        assertEquals(new BigDecimal("2.00"), loads.get(5L).openStandardHours());
    }

    private static LaborLineEntity line(long orderId, Long technicianId, String hours, String standardHours) {
        LaborLineEntity line = new LaborLineEntity();
        line.workOrderId = orderId;
        line.technicianId = technicianId;
        line.hours = new BigDecimal(hours);
        line.standardHours = standardHours == null ? null : new BigDecimal(standardHours);
        return line;
    }
}
