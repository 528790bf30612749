package io.autoshop.core.workorder.internal;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.workorder.HistoryEntry;
import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.PartLine;
import io.autoshop.api.workorder.Payment;
import io.autoshop.api.workorder.PaymentMethod;
import io.autoshop.api.workorder.Totals;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderSummary;
import io.autoshop.core.persistence.ShopClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Reads work orders with their lines and history, and runs searches.
 */
final class WorkOrderReader {

    /** Upper bound of customers a name or phone text may match in an order search. */
    private static final int MAX_CUSTOMER_MATCHES = 500;

    private final ShopClock clock;
    private final CustomerService customers;

    WorkOrderReader(ShopClock clock, CustomerService customers) {
        this.clock = clock;
        this.customers = customers;
    }

    WorkOrder read(EntityManager em, WorkOrderEntity order) {
        List<LaborLineEntity> laborRows = em.createQuery(
                "SELECT l FROM LaborLine l WHERE l.workOrderId = :id ORDER BY l.id", LaborLineEntity.class)
                .setParameter("id", order.id).getResultList();
        Map<Long, JobClocks.LineTotal> clocked = JobClocks.totalsByLine(em, laborRows.stream().map(l -> l.id).toList(),
                clock.now().toEpochMilli());
        List<LaborLine> labor = laborRows.stream()
                .map(l -> JobClocks.toLaborLine(l, clocked.getOrDefault(l.id, JobClocks.LineTotal.NONE))).toList();
        List<PartLineEntity> partRows = em.createQuery(
                "SELECT l FROM PartLine l WHERE l.workOrderId = :id ORDER BY l.id", PartLineEntity.class)
                .setParameter("id", order.id).getResultList();
        Map<Long, List<IssuedQuantity>> batches = batchesOf(em, partRows);
        List<PartLine> parts = partRows.stream().map(l -> new PartLine(l.id, l.partId, l.partCode, l.partName,
                l.quantity, l.unitPrice, l.amount, batches.getOrDefault(l.id, List.of()))).toList();
        List<Payment> payments = em.createQuery("SELECT p FROM Payment p WHERE p.workOrderId = :id ORDER BY p.id",
                PaymentEntity.class).setParameter("id", order.id).getResultList().stream()
                .map(p -> new Payment(p.id, PaymentMethod.valueOf(p.method), p.amount, clock.toShopTime(p.paidAt)))
                .toList();
        List<HistoryEntry> history = em.createQuery(
                "SELECT h FROM History h WHERE h.workOrderId = :id ORDER BY h.id", HistoryEntity.class)
                .setParameter("id", order.id).getResultList().stream()
                .map(h -> new HistoryEntry(h.event, h.fromStatus == null ? null : WorkOrderStatus.valueOf(h.fromStatus),
                        WorkOrderStatus.valueOf(h.toStatus), clock.toShopTime(h.at), h.by, h.note))
                .toList();
        List<Long> technicians = techniciansOf(em, List.of(order.id)).getOrDefault(order.id, List.of());
        Totals totals = OrderTotals.of(labor.stream().map(LaborLine::amount).toList(),
                parts.stream().map(PartLine::amount).toList(), order.discount, order.paid);
        if (WorkOrderStatus.CANCELLED.name().equals(order.status)) {
            // Nothing is due on a cancelled order; its labour lines stay as a record of the work.
            totals = new Totals(totals.labor(), totals.parts(), totals.discount(), totals.total(), totals.paid(),
                    io.autoshop.api.Money.ZERO);
        }
        return new WorkOrder(order.id, order.number, WorkOrderStatus.valueOf(order.status), order.customerId,
                order.vehicleId, order.plate, order.odometerKm, order.complaint, order.diagnosis, order.repairPlan,
                clock.toShopTime(order.promisedAt), clock.toShopTime(order.receivedAt), technicians, labor, parts,
                payments, totals, history, order.reworkCount, order.version, clock.toShopTime(order.updatedAt),
                TrackingTokens.urlOf(TrackingTokens.tokenOf(em, order.id, clock.now().toEpochMilli())));
    }

    Page<WorkOrderSummary> search(EntityManager em, WorkOrderQuery query, PageRequest page) {
        Filter filter = filterOf(query);
        if (filter == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        TypedQuery<WorkOrderEntity> select = em.createQuery(
                "SELECT o FROM WorkOrder o" + filter.where() + " ORDER BY o.receivedAt DESC, o.id DESC",
                WorkOrderEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM WorkOrder o" + filter.where(), Long.class);
        filter.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<WorkOrderEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        Map<Long, List<Long>> technicians = techniciansOf(em, rows.stream().map(o -> o.id).toList());
        List<WorkOrderSummary> items = rows.stream().map(o -> new WorkOrderSummary(o.id, o.number,
                WorkOrderStatus.valueOf(o.status), o.customerId, o.vehicleId, o.plate, o.complaint,
                technicians.getOrDefault(o.id, List.of()), clock.toShopTime(o.receivedAt),
                clock.toShopTime(o.promisedAt), clock.toShopTime(o.statusSince), o.total, o.paid, o.reworkCount,
                o.version)).toList();
        return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
    }

    record Filter(String where, Map<String, Object> parameters) {
    }

    /**
     * Builds the JPQL condition of a search, or returns {@code null} when nothing can match. The free text is
     * matched by one kind of condition only, chosen from its form, so that number, plate, phone and customer
     * searches stay on their indexes.
     */
    Filter filterOf(WorkOrderQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.status() != null) {
            conditions.add("o.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.plate() != null && !query.plate().isBlank()) {
            conditions.add("o.plate = :plate");
            parameters.put("plate", SearchText.plate(query.plate()));
        }
        if (query.customerId() != null) {
            conditions.add("o.customerId = :customerId");
            parameters.put("customerId", query.customerId());
        }
        if (query.vehicleId() != null) {
            conditions.add("o.vehicleId = :vehicleId");
            parameters.put("vehicleId", query.vehicleId());
        }
        if (query.technicianId() != null) {
            conditions.add("o.id IN (SELECT t.workOrderId FROM TechnicianAssignment t WHERE t.employeeId = :tech)");
            parameters.put("tech", query.technicianId());
        }
        OrderAccess.assignedScope().ifPresent(employeeId -> {
            conditions.add("o.id IN (SELECT a.workOrderId FROM TechnicianAssignment a WHERE a.employeeId = :assignee)");
            parameters.put("assignee", employeeId);
        });
        if (query.from() != null) {
            conditions.add("o.receivedAt >= :from");
            parameters.put("from", clock.startOfDay(query.from()));
        }
        if (query.to() != null) {
            conditions.add("o.receivedAt < :to");
            parameters.put("to", clock.startOfDay(query.to().plusDays(1)));
        }
        if (query.text() != null && !query.text().isBlank() && !addTextCondition(query.text().strip(), conditions,
                parameters)) {
            return null;
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Filter(where, parameters);
    }

    private boolean addTextCondition(String text, List<String> conditions, Map<String, Object> parameters) {
        if (OrderNumbers.looksLikeNumber(text)) {
            conditions.add("o.number LIKE :number");
            parameters.put("number", text.toUpperCase(Locale.ROOT) + "%");
            return true;
        }
        String plate = SearchText.validPlate(text);
        if (plate != null) {
            conditions.add("o.plate = :textPlate");
            parameters.put("textPlate", plate);
            return true;
        }
        List<Long> customerIds = customers.findCustomerIds(text, MAX_CUSTOMER_MATCHES);
        if (SearchText.isPhoneLike(text)) {
            if (customerIds.isEmpty()) {
                return false;
            }
            conditions.add("o.customerId IN :customerIds");
            parameters.put("customerIds", customerIds);
            return true;
        }
        String like = "%" + SearchText.escapeLike(text) + "%";
        String textMatch = "o.complaint LIKE :like ESCAPE '\\' OR o.diagnosis LIKE :like ESCAPE '\\'";
        if (customerIds.isEmpty()) {
            conditions.add("(" + textMatch + ")");
        } else {
            conditions.add("(o.customerId IN :customerIds OR " + textMatch + ")");
            parameters.put("customerIds", customerIds);
        }
        parameters.put("like", like);
        return true;
    }

    private static Map<Long, List<IssuedQuantity>> batchesOf(EntityManager em, List<PartLineEntity> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT b FROM PartLineBatch b WHERE b.partLineId IN :ids ORDER BY b.id",
                PartLineBatchEntity.class).setParameter("ids", lines.stream().map(l -> l.id).toList())
                .getResultList().stream().collect(Collectors.groupingBy(b -> b.partLineId,
                        Collectors.mapping(b -> new IssuedQuantity(b.batchId, b.batch, b.quantity, b.unitCost),
                                Collectors.toList())));
    }

    /** Returns whether the caller bound to the thread may see the order, see {@link OrderAccess}. */
    static boolean isVisible(EntityManager em, long orderId) {
        if (OrderAccess.assignedScope().isEmpty()) {
            return true;
        }
        return OrderAccess.canSee(techniciansOf(em, List.of(orderId)).getOrDefault(orderId, List.of()));
    }

    static Map<Long, List<Long>> techniciansOf(EntityManager em, List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM TechnicianAssignment t WHERE t.workOrderId IN :ids ORDER BY t.id",
                TechnicianAssignmentEntity.class).setParameter("ids", orderIds).getResultList().stream()
                .collect(Collectors.groupingBy(t -> t.workOrderId,
                        Collectors.mapping(t -> t.employeeId, Collectors.toList())));
    }
}
