package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.Money;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.inventory.BatchIssue;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.workorder.PartLine;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins inventory and work-order data through the published services for the two traceability views. The batch
 * trace leads from a batch to the work orders, vehicles and customers that received it. The parts trace leads
 * from a work order to the batch, supplier and cost of every part.
 */
final class Traces {

    private static final Logger LOG = LoggerFactory.getLogger(Traces.class);

    /**
     * Everything that received parts from the batches with one batch number.
     *
     * @param batch the batch number
     * @param batches every batch with that number; several parts or suppliers may share one
     * @param workOrders one entry per work order and batch, by batch and work order
     * @param vehicles the vehicles of those work orders, each once
     * @param customers the customers of those work orders, each once
     */
    record BatchTrace(String batch, List<StockBatch> batches, List<TracedOrder> workOrders, List<Vehicle> vehicles,
            List<Customer> customers) {
    }

    /**
     * A work order that kept parts from a batch.
     *
     * @param quantity quantity issued from the batch and not returned
     */
    record TracedOrder(long workOrderId, String number, WorkOrderStatus status, OffsetDateTime receivedAt,
            long batchId, long partId, BigDecimal quantity, long vehicleId, String plate, long customerId) {
    }

    /**
     * The origin and cost of the parts of a work order. Labour has no recorded cost, so the margin
     * is the amount due after discount minus the cost of parts.
     *
     * @param partsRevenue sum of the parts line amounts
     * @param costOfParts sum of the line costs
     * @param partsMargin parts revenue minus cost of parts
     * @param total amount due after discount
     * @param margin total minus cost of parts
     */
    record PartsTrace(long workOrderId, String number, WorkOrderStatus status, List<TracedPartLine> lines,
            BigDecimal partsRevenue, BigDecimal costOfParts, BigDecimal partsMargin, BigDecimal total,
            BigDecimal margin) {
    }

    /**
     * One parts line with its batches.
     *
     * @param cost sum of the batch costs
     */
    record TracedPartLine(long lineId, long partId, String partCode, String partName, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal amount, BigDecimal cost, List<TracedBatch> batches) {
    }

    /**
     * The share of a parts line taken from one batch.
     *
     * @param cost quantity × unit cost rounded half-up to the fen
     */
    record TracedBatch(long batchId, String batch, Long supplierId, String supplier, OffsetDateTime receivedAt,
            BigDecimal quantity, BigDecimal unitCost, BigDecimal cost) {
    }

    private Traces() {
    }

    static BatchTrace batchTrace(String batch, List<StockBatch> batches, List<BatchIssue> issues,
            WorkOrderService workOrders, CustomerService customers) {
        Map<Long, Optional<WorkOrder>> orders = new LinkedHashMap<>();
        List<TracedOrder> traced = new ArrayList<>();
        Map<Long, Vehicle> vehicles = new LinkedHashMap<>();
        Map<Long, Customer> owners = new LinkedHashMap<>();
        for (BatchIssue issue : issues) {
            Optional<WorkOrder> found = orders.computeIfAbsent(issue.workOrderId(), workOrders::find);
            if (found.isEmpty()) {
                LOG.warn("Batch '{}' was issued to work order {}, which does not exist", batch, issue.workOrderId());
                continue;
            }
            WorkOrder order = found.get();
            traced.add(new TracedOrder(order.id(), order.number(), order.status(), order.receivedAt(),
                    issue.batch().id(), issue.batch().partId(), issue.quantity(), order.vehicleId(), order.plate(),
                    order.customerId()));
            if (!vehicles.containsKey(order.vehicleId())) {
                customers.findVehicle(order.vehicleId()).ifPresent(v -> vehicles.put(v.id(), v));
            }
            if (!owners.containsKey(order.customerId())) {
                customers.findCustomer(order.customerId()).ifPresent(c -> owners.put(c.id(), c));
            }
        }
        return new BatchTrace(batch, batches, traced, List.copyOf(vehicles.values()), List.copyOf(owners.values()));
    }

    /**
     * Builds the parts trace of an order from its lines and the batches they name.
     */
    static PartsTrace partsTrace(WorkOrder order, List<StockBatch> batches) {
        Map<Long, StockBatch> byId = batches.stream().collect(Collectors.toMap(StockBatch::id, Function.identity()));
        List<TracedPartLine> lines = new ArrayList<>();
        BigDecimal costOfParts = Money.ZERO;
        for (PartLine line : order.partLines()) {
            List<TracedBatch> traced = new ArrayList<>();
            BigDecimal lineCost = Money.ZERO;
            for (IssuedQuantity issued : line.batches()) {
                StockBatch batch = byId.get(issued.batchId());
                BigDecimal cost = Money.lineAmount(issued.quantity(), issued.unitCost());
                traced.add(new TracedBatch(issued.batchId(), issued.batch(), batch == null ? null : batch.supplierId(),
                        batch == null ? null : batch.supplier(), batch == null ? null : batch.receivedAt(),
                        issued.quantity(), issued.unitCost(), cost));
                lineCost = lineCost.add(cost);
            }
            lines.add(new TracedPartLine(line.id(), line.partId(), line.partCode(), line.partName(), line.quantity(),
                    line.unitPrice(), line.amount(), lineCost, traced));
            costOfParts = costOfParts.add(lineCost);
        }
        BigDecimal revenue = order.totals().parts();
        BigDecimal total = order.totals().total();
        return new PartsTrace(order.id(), order.number(), order.status(), lines, revenue, costOfParts,
                revenue.subtract(costOfParts), total, total.subtract(costOfParts));
    }
}
