package io.autoshop.core.transfer.internal;

import io.autoshop.api.Money;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.workorder.PaymentMethod;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.core.workorder.HistoricalOrder;
import io.autoshop.core.workorder.HistoricalOrderService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports historical work orders of known vehicles with their original number and dates. One row is one order;
 * its labour lines are written {@code name|hours|rate} and its parts lines {@code code|quantity|unitPrice}, lines
 * separated by {@code ;}. The original number identifies an order: a known number with the same plate, reception
 * time, status and total is unchanged, and any other difference is reported, because settled orders do not change.
 */
final class OrderRows implements RowImporter {

    static final String LINE_SEPARATOR = ";";
    static final String FIELD_SEPARATOR = "|";

    private final CustomerService customers;
    private final InventoryService inventory;
    private final WorkOrderService workOrders;
    private final HistoricalOrderService historicalOrders;
    private final ZoneId zone;

    OrderRows(CustomerService customers, InventoryService inventory, WorkOrderService workOrders,
            HistoricalOrderService historicalOrders, ZoneId zone) {
        this.customers = customers;
        this.inventory = inventory;
        this.workOrders = workOrders;
        this.historicalOrders = historicalOrders;
        this.zone = zone;
    }

    @Override
    public Outcome apply(RowReader row) {
        String number = row.requiredFolded("number").toUpperCase(Locale.ROOT);
        String plate = row.requiredFolded("plate");
        OffsetDateTime receivedAt = row.dateTime("receivedAt", zone);
        if (receivedAt == null) {
            throw new RowRejectedException(Messages.MISSING_VALUE, row.label("receivedAt"));
        }
        OffsetDateTime settledAt = row.dateTime("settledAt", zone);
        Integer odometerKm = row.integer("odometerKm");
        String complaint = row.requiredText("complaint");
        String diagnosis = row.text("diagnosis");
        WorkOrderStatus status = status(row);
        List<HistoricalOrder.Labor> labor = laborLines(row);
        List<HistoricalOrder.Part> parts = partLines(row);
        BigDecimal discount = row.amount("discount");
        BigDecimal total = row.amount("total");
        PaymentMethod method = paymentMethod(row);

        BigDecimal computed = computedTotal(labor, parts, discount);
        if (total != null && computed != null && total.compareTo(computed) != 0) {
            throw new RowRejectedException(Messages.TOTAL_MISMATCH, total.toPlainString(), computed.toPlainString());
        }
        Vehicle vehicle = customers.findVehicleByPlate(plate)
                .orElseThrow(() -> new RowRejectedException(Messages.VEHICLE_NOT_FOUND, plate));
        Optional<WorkOrder> existing = workOrders.findByNumber(number);
        if (existing.isPresent()) {
            WorkOrder order = existing.get();
            List<String> differences = new ArrayList<>();
            if (order.vehicleId() != vehicle.id()) {
                differences.add("plate");
            }
            if (!order.receivedAt().toInstant().equals(receivedAt.toInstant())) {
                differences.add("receivedAt");
            }
            if (order.status() != status) {
                differences.add("status");
            }
            if (computed != null && order.totals().total().compareTo(computed) != 0) {
                differences.add("total");
            }
            if (!differences.isEmpty()) {
                throw new RowRejectedException(Messages.DIFFERS_FROM_EXISTING, new RowReader.Label("工单", "order"),
                        number, String.join(", ", differences));
            }
            return Outcome.UNCHANGED;
        }
        historicalOrders.importOrder(new HistoricalOrder(number, vehicle.id(), odometerKm, complaint, diagnosis,
                status, receivedAt, settledAt, labor, parts, discount, method));
        return Outcome.CREATED;
    }

    private static WorkOrderStatus status(RowReader row) {
        String text = row.folded("status");
        if (text == null) {
            return WorkOrderStatus.SETTLED;
        }
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            if (status.name().equalsIgnoreCase(text) || status.label().equals(text)
                    || status.label().substring(1).equals(text)) {
                return status;
            }
        }
        throw new RowRejectedException(Messages.INVALID_CHOICE, row.label("status"), text, "已结算/已取消/SETTLED");
    }

    private static PaymentMethod paymentMethod(RowReader row) {
        String text = row.folded("paymentMethod");
        if (text == null) {
            return null;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "现金", "CASH":
                return PaymentMethod.CASH;
            case "刷卡", "银行卡", "CARD":
                return PaymentMethod.CARD;
            case "微信", "微信支付", "WECHAT":
                return PaymentMethod.WECHAT;
            case "支付宝", "ALIPAY":
                return PaymentMethod.ALIPAY;
            case "转账", "银行转账", "对公转账", "TRANSFER":
                return PaymentMethod.TRANSFER;
            default:
                throw new RowRejectedException(Messages.INVALID_CHOICE, row.label("paymentMethod"), text,
                        "现金/刷卡/微信/支付宝/转账");
        }
    }

    /** Returns the payment method as exports write it. */
    static String paymentText(PaymentMethod method) {
        return switch (method) {
            case CASH -> "现金";
            case CARD -> "刷卡";
            case WECHAT -> "微信";
            case ALIPAY -> "支付宝";
            case TRANSFER -> "转账";
        };
    }

    private static List<HistoricalOrder.Labor> laborLines(RowReader row) {
        List<HistoricalOrder.Labor> lines = new ArrayList<>();
        List<String[]> items = items(row, "laborLines", "名称|工时|单价 (name|hours|rate)");
        for (int i = 0; i < items.size(); i++) {
            String[] fields = items.get(i);
            lines.add(new HistoricalOrder.Labor(fields[0].strip(), number(row, "laborLines", i, fields[1], false),
                    number(row, "laborLines", i, fields[2], true)));
        }
        return lines;
    }

    private List<HistoricalOrder.Part> partLines(RowReader row) {
        List<HistoricalOrder.Part> lines = new ArrayList<>();
        List<String[]> items = items(row, "partLines", "编码|数量|单价 (code|quantity|unitPrice)");
        for (int i = 0; i < items.size(); i++) {
            String[] fields = items.get(i);
            String code = Lookups.normalizeCode(fields[0]);
            Part part = Lookups.partByCode(inventory, code)
                    .orElseThrow(() -> new RowRejectedException(Messages.PART_NOT_FOUND, code));
            lines.add(new HistoricalOrder.Part(part.id(), number(row, "partLines", i, fields[1], false),
                    number(row, "partLines", i, fields[2], true)));
        }
        return lines;
    }

    /** Splits a lines cell into items of exactly three fields each. */
    private static List<String[]> items(RowReader row, String field, String expected) {
        String text = row.text(field);
        List<String[]> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        String[] parts = text.replace('；', ';').replace('｜', '|').split(LINE_SEPARATOR);
        int index = 0;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            index++;
            String[] fields = part.split("\\" + FIELD_SEPARATOR, -1);
            if (fields.length != 3 || fields[0].isBlank()) {
                throw new RowRejectedException(Messages.INVALID_LINE, row.label(field), index, part.strip(), expected);
            }
            items.add(fields);
        }
        return items;
    }

    private static BigDecimal number(RowReader row, String field, int index, String text, boolean money) {
        try {
            BigDecimal value = money ? CellValues.amount(text) : CellValues.decimal(text);
            if (value == null) {
                throw new CellValues.CellException(Messages.INVALID_NUMBER, "");
            }
            return value;
        } catch (CellValues.CellException e) {
            throw new RowRejectedException(Messages.INVALID_LINE, row.label(field), index + 1, text.strip(),
                    money ? "¥0.00" : "1.5");
        }
    }

    /** Returns the total the lines and discount give, or {@code null} when a value is out of range. */
    private static BigDecimal computedTotal(List<HistoricalOrder.Labor> labor, List<HistoricalOrder.Part> parts,
            BigDecimal discount) {
        BigDecimal total = Money.ZERO;
        for (HistoricalOrder.Labor line : labor) {
            total = total.add(Money.lineAmount(line.hours(), line.rate()));
        }
        for (HistoricalOrder.Part line : parts) {
            total = total.add(Money.lineAmount(line.quantity(), line.unitPrice()));
        }
        return discount == null ? total : total.subtract(discount);
    }

    @Override
    public List<String> keys(RowReader row) {
        String number = row.folded("number");
        return number == null ? List.of() : List.of("number:" + number.toUpperCase(Locale.ROOT));
    }
}
