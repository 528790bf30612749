package io.autoshop.core.workorder.internal;

import io.autoshop.api.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;

/**
 * Computes each technician's open work: the open orders assigned to them and the standard hours of their labour.
 *
 * <p>A labour line counts fully for its technician. A line without technician on an order with assigned
 * technicians is shared equally among them, so that assigning a whole order also counts as work.
 */
final class Workloads {

    /** Statuses of open orders, in workflow order. */
    static final List<WorkOrderStatus> OPEN_STATUSES = List.of(WorkOrderStatus.RECEIVED, WorkOrderStatus.OPEN,
            WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION);

    /**
     * One technician's open work.
     *
     * @param openStandardHours standard hours of the technician's labour on open orders
     * @param orders status of each open order assigned to the technician, by order id
     */
    record Load(BigDecimal openStandardHours, Map<Long, WorkOrderStatus> orders) {

        static final Load NONE = new Load(BigDecimal.ZERO.setScale(2), Map.of());
    }

    private Workloads() {
    }

    static List<String> openStatusNames() {
        return OPEN_STATUSES.stream().map(Enum::name).toList();
    }

    /**
     * Returns the open work of every technician who has any, by employee id.
     */
    static Map<Long, Load> load(EntityManager em) {
        List<String> open = openStatusNames();
        Map<Long, WorkOrderStatus> statusByOrder = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.id, o.status FROM WorkOrder o WHERE o.status IN :open",
                Object[].class).setParameter("open", open).getResultList()) {
            statusByOrder.put((Long) row[0], WorkOrderStatus.valueOf((String) row[1]));
        }
        if (statusByOrder.isEmpty()) {
            return Map.of();
        }
        String openOrders = "(SELECT o.id FROM WorkOrder o WHERE o.status IN :open)";
        Map<Long, List<Long>> techniciansByOrder = new HashMap<>();
        for (TechnicianAssignmentEntity assignment : em.createQuery(
                "SELECT t FROM TechnicianAssignment t WHERE t.workOrderId IN " + openOrders + " ORDER BY t.id",
                TechnicianAssignmentEntity.class).setParameter("open", open).getResultList()) {
            techniciansByOrder.computeIfAbsent(assignment.workOrderId, id -> new ArrayList<>())
                    .add(assignment.employeeId);
        }
        List<LaborLineEntity> lines = em.createQuery(
                "SELECT l FROM LaborLine l WHERE l.workOrderId IN " + openOrders + " ORDER BY l.id",
                LaborLineEntity.class).setParameter("open", open).getResultList();
        return combine(statusByOrder, techniciansByOrder, lines);
    }

    static Map<Long, Load> combine(Map<Long, WorkOrderStatus> statusByOrder, Map<Long, List<Long>> techniciansByOrder,
            List<LaborLineEntity> lines) {
        Map<Long, BigDecimal> hours = new TreeMap<>();
        Map<Long, Map<Long, WorkOrderStatus>> orders = new TreeMap<>();
        techniciansByOrder.forEach((orderId, technicians) -> technicians.forEach(technician -> orders
                .computeIfAbsent(technician, id -> new TreeMap<>()).put(orderId, statusByOrder.get(orderId))));
        for (LaborLineEntity line : lines) {
            if (line.technicianId != null) {
                hours.merge(line.technicianId, line.workloadHours(), BigDecimal::add);
                orders.computeIfAbsent(line.technicianId, id -> new TreeMap<>())
                        .put(line.workOrderId, statusByOrder.get(line.workOrderId));
                continue;
            }
            List<Long> technicians = techniciansByOrder.getOrDefault(line.workOrderId, List.of());
            if (technicians.isEmpty()) {
                continue;
            }
            BigDecimal share = line.workloadHours().divide(BigDecimal.valueOf(technicians.size()), 2,
                    RoundingMode.HALF_UP);
            technicians.forEach(technician -> hours.merge(technician, share, BigDecimal::add));
        }
        Map<Long, Load> loads = new HashMap<>();
        orders.forEach((technician, assigned) -> loads.put(technician, new Load(
                hours.getOrDefault(technician, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP), assigned)));
        return loads;
    }
}
