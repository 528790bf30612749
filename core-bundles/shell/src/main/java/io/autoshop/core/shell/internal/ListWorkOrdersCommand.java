package io.autoshop.core.shell.internal;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderSummary;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Lists work orders, newest reception first.
 */
@Service
@Command(scope = "autoshop", name = "orders", description = "Lists work orders, newest first")
public class ListWorkOrdersCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    WorkOrderService workOrders;

    @Option(name = "-s", aliases = "--status", description = "Only orders in this status, e.g. IN_REPAIR")
    WorkOrderStatus status;

    @Option(name = "-q", aliases = "--query", description = "Order number, plate, customer name or phone")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "Maximum number of orders shown (1 to 500)")
    int limit = 20;

    @Override
    public Object execute() {
        Page<WorkOrderSummary> page = workOrders.search(
                new WorkOrderQuery(query, status, null, null, null, null, null, null), PageRequest.of(limit, 0));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Number");
        table.column("Status");
        table.column("Plate");
        table.column("Received");
        table.column("Total").alignRight();
        table.column("Complaint").maxSize(40);
        for (WorkOrderSummary order : page.items()) {
            table.addRow().addContent(order.id(), order.number(), order.status(), order.plate(),
                    TIME.format(order.receivedAt()), order.total().toPlainString(), order.complaint());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " work orders");
        return null;
    }
}
