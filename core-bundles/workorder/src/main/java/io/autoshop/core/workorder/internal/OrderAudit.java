package io.autoshop.core.workorder.internal;

import io.autoshop.core.persistence.ShopClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * Builds the values that the audit log records for a work order. A change passes the snapshot of the order
 * before and after it, and the audit log keeps only the fields that differ.
 */
final class OrderAudit {

    /** Entity kind of work orders in the audit log. */
    static final String ENTITY = "work-order";

    private OrderAudit() {
    }

    /**
     * Returns the fields of the order that a change can alter, with the assigned technicians.
     */
    static Map<String, Object> snapshot(EntityManager em, WorkOrderEntity order, ShopClock clock) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", order.status);
        values.put("complaint", order.complaint);
        values.put("diagnosis", order.diagnosis);
        values.put("repairPlan", order.repairPlan);
        values.put("promisedAt", clock.toShopTime(order.promisedAt));
        values.put("technicianIds", WorkOrderReader.techniciansOf(em, List.of(order.id)).getOrDefault(order.id,
                List.of()));
        values.put("laborTotal", order.laborTotal);
        values.put("partsTotal", order.partsTotal);
        values.put("discount", order.discount);
        values.put("total", order.total);
        values.put("paid", order.paid);
        values.put("reworkCount", order.reworkCount);
        return values;
    }

    /**
     * Returns the values of a new order.
     */
    static Map<String, Object> created(WorkOrderEntity order, ShopClock clock) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", order.number);
        values.put("status", order.status);
        values.put("customerId", order.customerId);
        values.put("vehicleId", order.vehicleId);
        values.put("plate", order.plate);
        values.put("odometerKm", order.odometerKm);
        values.put("complaint", order.complaint);
        values.put("promisedAt", clock.toShopTime(order.promisedAt));
        values.put("receivedAt", clock.toShopTime(order.receivedAt));
        return values;
    }

    /**
     * Returns the audit action for a history event, for example {@code add-labor} for {@code LABOR_ADDED}.
     */
    static String action(String event) {
        switch (event) {
            case "CREATED":
                return "create";
            case "UPDATED":
                return "update";
            case "LABOR_ADDED":
                return "add-labor";
            case "LABOR_ASSIGNED":
                return "assign-labor";
            case "LABOR_REMOVED":
                return "remove-labor";
            case "PART_ADDED":
                return "add-part";
            case "PART_REMOVED":
                return "remove-part";
            case "STATUS_CHANGED":
                return "transition";
            default:
                throw new IllegalArgumentException("No audit action for work-order event " + event);
        }
    }

    static Map<String, Object> laborLine(LaborLineEntity line) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lineId", line.id);
        values.put("name", line.name);
        values.put("hours", line.hours);
        values.put("rate", line.rate);
        values.put("amount", line.amount);
        values.put("technicianId", line.technicianId);
        if (line.serviceItemId != null) {
            values.put("serviceItemId", line.serviceItemId);
        }
        return values;
    }

    static Map<String, Object> partLine(PartLineEntity line) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lineId", line.id);
        values.put("partId", line.partId);
        values.put("partCode", line.partCode);
        values.put("quantity", line.quantity);
        values.put("unitPrice", line.unitPrice);
        values.put("amount", line.amount);
        return values;
    }
}
