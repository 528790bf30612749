package io.autoshop.core.shell.internal;

import io.autoshop.api.workorder.HistoryEntry;
import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.PartLine;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderService;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Shows one work order with its lines, totals and history.
 */
@Service
@Command(scope = "autoshop", name = "order", description = "Shows one work order with lines, totals and history")
public class ShowWorkOrderCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    WorkOrderService workOrders;

    @Argument(index = 0, name = "order", required = true, description = "Work-order id or number, e.g. WO20260305-0001")
    String order;

    @Override
    public Object execute() {
        Optional<WorkOrder> found = order.matches("\\d+") ? workOrders.find(Long.parseLong(order))
                : workOrders.findByNumber(order);
        PrintStream out = System.out;
        if (found.isEmpty()) {
            out.println("Work order " + order + " was not found");
            return null;
        }
        WorkOrder wo = found.get();
        out.println(wo.number() + "  (id " + wo.id() + ", version " + wo.version() + ")");
        out.println("Status:     " + wo.status() + (wo.reworkCount() > 0 ? ", rework " + wo.reworkCount() : ""));
        out.println("Vehicle:    " + wo.plate() + " (vehicle " + wo.vehicleId() + ", customer " + wo.customerId()
                + "), " + wo.odometerKm() + " km");
        out.println("Received:   " + TIME.format(wo.receivedAt())
                + (wo.promisedAt() == null ? "" : ", promised " + TIME.format(wo.promisedAt())));
        out.println("Complaint:  " + wo.complaint());
        if (wo.diagnosis() != null) {
            out.println("Diagnosis:  " + wo.diagnosis());
        }
        for (LaborLine line : wo.laborLines()) {
            out.println("  Labour  " + line.name() + "  " + line.hours() + " h × " + line.rate() + " = " + line.amount());
        }
        for (PartLine line : wo.partLines()) {
            out.println("  Part    " + line.partCode() + " " + line.partName() + "  " + line.quantity().toPlainString()
                    + " × " + line.unitPrice() + " = " + line.amount());
        }
        out.println("Totals:     labour " + wo.totals().labor() + ", parts " + wo.totals().parts() + ", discount "
                + wo.totals().discount() + ", total " + wo.totals().total() + ", paid " + wo.totals().paid()
                + ", balance " + wo.totals().balance());
        out.println("History:");
        for (HistoryEntry entry : wo.history()) {
            out.println("  " + TIME.format(entry.at()) + "  " + entry.event() + "  "
                    + (entry.from() == null ? "" : entry.from() + " → ") + entry.to() + "  " + entry.by()
                    + (entry.note() == null ? "" : "  " + entry.note()));
        }
        return null;
    }
}
