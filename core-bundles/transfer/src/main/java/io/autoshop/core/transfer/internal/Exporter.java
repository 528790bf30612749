package io.autoshop.core.transfer.internal;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.PartValuation;
import io.autoshop.api.workorder.HistoryEntry;
import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.PartLine;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes the shop's records in exactly the columns the importer reads, oldest record first, so that an export
 * imported into an empty shop reproduces the data. Parts carry their stock on hand as the opening quantity at their
 * average FIFO cost.
 */
@Component(service = Exporter.class)
public final class Exporter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    private final CustomerService customers;
    private final InventoryService inventory;
    private final WorkOrderService workOrders;
    private final ZoneId zone;

    @Activate
    public Exporter(@Reference CustomerService customers, @Reference InventoryService inventory,
            @Reference WorkOrderService workOrders, @Reference io.autoshop.core.persistence.ShopClock clock) {
        this.customers = customers;
        this.inventory = inventory;
        this.workOrders = workOrders;
        this.zone = clock.zone();
    }

    /** Returns the export file's header row. */
    static List<String> headers(TransferKind kind) {
        return kind.columns().stream().map(TransferKind.Column::chinese).toList();
    }

    /** Returns the data rows of the kind, in column order. */
    List<List<String>> rows(TransferKind kind) {
        return switch (kind) {
            case CUSTOMERS -> customerRows();
            case VEHICLES -> vehicleRows();
            case PARTS -> partRows();
            case WORK_ORDERS -> orderRows();
        };
    }

    private List<Customer> allCustomers() {
        List<Customer> all = readAll(page -> customers.searchCustomers(null, page));
        all.sort(Comparator.comparingLong(Customer::id));
        return all;
    }

    private List<List<String>> customerRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Customer customer : allCustomers()) {
            rows.add(List.of(customer.name(), customer.phone(), CustomerRows.typeText(customer.type()),
                    text(customer.notes())));
        }
        return rows;
    }

    private List<List<String>> vehicleRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Customer customer : allCustomers()) {
            for (Vehicle vehicle : customers.listVehicles(customer.id())) {
                rows.add(List.of(vehicle.plate(), text(vehicle.vin()), customer.phone(), text(vehicle.make()),
                        text(vehicle.model()), text(vehicle.year()), text(vehicle.color()),
                        text(vehicle.odometerKm())));
            }
        }
        return rows;
    }

    private List<List<String>> partRows() {
        Map<Long, PartValuation> values = new HashMap<>();
        for (PartValuation valuation : inventory.valuation().parts()) {
            values.put(valuation.partId(), valuation);
        }
        List<Part> parts = readAll(page -> inventory.searchParts(null, false, page));
        parts.sort(Comparator.comparingLong(Part::id));
        List<List<String>> rows = new ArrayList<>();
        for (Part part : parts) {
            String quantity = "";
            String unitCost = "";
            PartValuation valuation = values.get(part.id());
            if (part.onHand().signum() > 0 && valuation != null) {
                quantity = part.onHand().stripTrailingZeros().toPlainString();
                unitCost = valuation.value().divide(part.onHand(), 2, RoundingMode.HALF_UP).toPlainString();
            }
            rows.add(List.of(part.code(), part.name(), text(part.spec()), part.unit(),
                    part.salePrice().toPlainString(), part.safetyStock().stripTrailingZeros().toPlainString(),
                    text(part.location()), quantity, unitCost));
        }
        return rows;
    }

    private List<List<String>> orderRows() {
        WorkOrderQuery everything = new WorkOrderQuery(null, null, null, null, null, null, null, null);
        List<WorkOrderSummary> summaries = readAll(page -> workOrders.search(everything, page));
        summaries.sort(Comparator.comparingLong(WorkOrderSummary::id));
        List<List<String>> rows = new ArrayList<>();
        for (WorkOrderSummary summary : summaries) {
            WorkOrder order = workOrders.get(summary.id());
            List<String> labor = new ArrayList<>();
            for (LaborLine line : order.laborLines()) {
                labor.add(String.join(OrderRows.FIELD_SEPARATOR, line.name(), plain(line.hours()),
                        line.rate().toPlainString()));
            }
            List<String> parts = new ArrayList<>();
            for (PartLine line : order.partLines()) {
                parts.add(String.join(OrderRows.FIELD_SEPARATOR, line.partCode(), plain(line.quantity()),
                        line.unitPrice().toPlainString()));
            }
            String payment = order.payments().isEmpty() ? "" : OrderRows.paymentText(order.payments().get(0).method());
            rows.add(List.of(order.number(), order.plate(), dateTime(order.receivedAt()),
                    dateTime(closedAt(order)), String.valueOf(order.odometerKm()), order.complaint(),
                    text(order.diagnosis()), order.status().label(), String.join(OrderRows.LINE_SEPARATOR, labor),
                    String.join(OrderRows.LINE_SEPARATOR, parts), order.totals().discount().toPlainString(),
                    order.totals().total().toPlainString(), payment));
        }
        return rows;
    }

    /** Returns when the order was settled or cancelled: the time of its last move into that status. */
    private static OffsetDateTime closedAt(WorkOrder order) {
        if (!order.status().isFinal()) {
            return null;
        }
        OffsetDateTime closed = null;
        for (HistoryEntry entry : order.history()) {
            if (entry.to() == order.status() && entry.from() != null && entry.from() != entry.to()) {
                closed = entry.at();
            }
        }
        return closed;
    }

    private String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static <T> List<T> readAll(Function<PageRequest, Page<T>> search) {
        List<T> all = new ArrayList<>();
        for (int offset = 0;; offset += PAGE_SIZE) {
            Page<T> page = search.apply(new PageRequest(PAGE_SIZE, offset));
            all.addAll(page.items());
            if (page.items().size() < PAGE_SIZE || all.size() >= page.total()) {
                return all;
            }
        }
    }
}
