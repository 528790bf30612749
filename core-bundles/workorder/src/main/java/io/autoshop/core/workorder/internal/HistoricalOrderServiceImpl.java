package io.autoshop.core.workorder.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.Money;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.workorder.PaymentMethod;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import io.autoshop.core.workorder.HistoricalOrder;
import io.autoshop.core.workorder.HistoricalOrderService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts historical orders directly as rows: no workflow, no stock issue, no events and no notices.
 */
@Component(service = HistoricalOrderService.class)
public final class HistoricalOrderServiceImpl implements HistoricalOrderService {

    static final String IMPORTED_EVENT = "IMPORTED";

    private static final Logger LOG = LoggerFactory.getLogger(HistoricalOrderServiceImpl.class);
    private static final int MAX_NUMBER_LENGTH = 20;
    private static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");
    private static final BigDecimal MAX_ORDER_AMOUNT = new BigDecimal("999999999.99");
    private static final Pattern SHOP_NUMBER = Pattern.compile("WO(\\d{8})-(\\d{4})");

    private final Transactions transactions;
    private final ShopClock clock;
    private final CustomerService customers;
    private final InventoryService inventory;
    private final WorkOrderReader reader;

    @Activate
    public HistoricalOrderServiceImpl(
            @Reference(target = "(&(autoshop.persistence.owners=" + WorkOrderEntities.OWNER
                    + ")(autoshop.persistence.owners=" + TrackingEntities.OWNER + "))")
            Transactions transactions, @Reference ShopClock clock, @Reference CustomerService customers,
            @Reference InventoryService inventory) {
        this.transactions = transactions;
        this.clock = clock;
        this.customers = customers;
        this.inventory = inventory;
        this.reader = new WorkOrderReader(clock, customers);
    }

    @Override
    public WorkOrder importOrder(HistoricalOrder input) {
        FieldErrors errors = new FieldErrors();
        String number = checkNumber(errors, input.number());
        Long vehicleId = errors.require("vehicleId", input.vehicleId());
        int odometerKm = input.odometerKm() == null ? 0 : input.odometerKm();
        if (odometerKm < 0 || odometerKm > 3_000_000) {
            errors.add("odometerKm", "must be between 0 and 3000000 km, got " + odometerKm);
        }
        String complaint = errors.requireText("complaint", input.complaint(), 2000);
        String diagnosis = errors.optionalText("diagnosis", input.diagnosis(), 2000);
        WorkOrderStatus status = input.status() == null ? WorkOrderStatus.SETTLED : input.status();
        long now = clock.now().toEpochMilli();
        Long receivedAt = checkReceived(errors, input, now);
        Long settledAt = checkSettled(errors, input, status, receivedAt, now);
        List<LaborLineEntity> labor = checkLabor(errors, input.laborLines());
        List<PartLineEntity> parts = checkParts(errors, input.partLines());
        BigDecimal discount = input.discount() == null ? Money.ZERO : errors.optionalMoney("discount", input.discount());
        errors.throwIfAny();

        BigDecimal laborTotal = sum(labor.stream().map(l -> l.amount).toList());
        BigDecimal partsTotal = sum(parts.stream().map(l -> l.amount).toList());
        BigDecimal subtotal = laborTotal.add(partsTotal);
        if (discount.compareTo(subtotal) > 0) {
            throw new ValidationException("discount", "must be at most the subtotal " + subtotal.toPlainString()
                    + ", got " + discount.toPlainString());
        }
        if (laborTotal.compareTo(MAX_ORDER_AMOUNT) > 0 || partsTotal.compareTo(MAX_ORDER_AMOUNT) > 0) {
            throw new ValidationException("lines", "the labour or parts total exceeds " + MAX_ORDER_AMOUNT);
        }
        Vehicle vehicle = customers.findVehicle(vehicleId).orElseThrow(
                () -> new ValidationException("vehicleId", "vehicle " + vehicleId + " does not exist"));
        BigDecimal total = subtotal.subtract(discount);
        PaymentMethod method = input.paymentMethod() == null ? PaymentMethod.CASH : input.paymentMethod();

        WorkOrder created = transactions.required(em -> {
            checkNumberUnused(em, number);
            WorkOrderEntity order = new WorkOrderEntity();
            order.number = number;
            order.status = status.name();
            order.customerId = vehicle.customerId();
            order.vehicleId = vehicle.id();
            order.plate = vehicle.plate();
            order.odometerKm = odometerKm;
            order.complaint = complaint;
            order.diagnosis = diagnosis;
            order.receivedAt = receivedAt;
            order.statusSince = settledAt == null ? receivedAt : settledAt;
            order.laborTotal = laborTotal;
            order.partsTotal = partsTotal;
            order.discount = discount;
            order.total = total;
            order.paid = status == WorkOrderStatus.SETTLED ? total : Money.ZERO;
            order.createdAt = now;
            order.updatedAt = now;
            em.persist(order);
            em.flush();
            reserveShopNumber(em, number);
            insertLines(em, order, labor, parts);
            insertHistory(em, order, "CREATED", null, WorkOrderStatus.RECEIVED, receivedAt, null);
            if (settledAt != null) {
                insertHistory(em, order, "STATUS_CHANGED", WorkOrderStatus.RECEIVED, status, settledAt, null);
            }
            if (status == WorkOrderStatus.SETTLED && total.signum() > 0) {
                PaymentEntity payment = new PaymentEntity();
                payment.workOrderId = order.id;
                payment.method = method.name();
                payment.amount = total;
                payment.paidAt = settledAt;
                em.persist(payment);
            }
            insertHistory(em, order, IMPORTED_EVENT, status, status, now, "Imported from a legacy system");
            em.flush();
            return reader.read(em, order);
        });
        LOG.info("Imported historical work order {} '{}' for vehicle {}", created.id(), created.number(), vehicleId);
        return created;
    }

    private static String checkNumber(FieldErrors errors, String number) {
        String text = errors.requireText("number", number, MAX_NUMBER_LENGTH);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static Long checkReceived(FieldErrors errors, HistoricalOrder input, long now) {
        if (input.receivedAt() == null) {
            errors.add("receivedAt", "is required");
            return null;
        }
        long receivedAt = input.receivedAt().toInstant().toEpochMilli();
        if (receivedAt > now) {
            errors.add("receivedAt", "must not be in the future, got " + input.receivedAt());
            return null;
        }
        return receivedAt;
    }

    private static Long checkSettled(FieldErrors errors, HistoricalOrder input, WorkOrderStatus status,
            Long receivedAt, long now) {
        if (input.settledAt() == null) {
            if (status == WorkOrderStatus.SETTLED) {
                errors.add("settledAt", "is required for a settled order");
            }
            return null;
        }
        if (!status.isFinal()) {
            errors.add("settledAt", "must be empty for an order in status " + status);
            return null;
        }
        long settledAt = input.settledAt().toInstant().toEpochMilli();
        if (settledAt > now) {
            errors.add("settledAt", "must not be in the future, got " + input.settledAt());
        } else if (receivedAt != null && settledAt < receivedAt) {
            errors.add("settledAt", "must not be before the reception time");
        }
        return settledAt;
    }

    private static List<LaborLineEntity> checkLabor(FieldErrors errors, List<HistoricalOrder.Labor> lines) {
        List<LaborLineEntity> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            HistoricalOrder.Labor line = lines.get(i);
            String prefix = "laborLines[" + i + "].";
            LaborLineEntity row = new LaborLineEntity();
            row.name = errors.requireText(prefix + "name", line.name(), 200);
            row.hours = errors.requirePositive(prefix + "hours", line.hours(), 2, MAX_HOURS);
            row.rate = errors.requireMoney(prefix + "rate", line.rate());
            if (row.hours != null && row.rate != null) {
                row.amount = Money.lineAmount(row.hours, row.rate);
                rows.add(row);
            }
        }
        return rows;
    }

    private List<PartLineEntity> checkParts(FieldErrors errors, List<HistoricalOrder.Part> lines) {
        List<PartLineEntity> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            HistoricalOrder.Part line = lines.get(i);
            String prefix = "partLines[" + i + "].";
            Long partId = errors.require(prefix + "partId", line.partId());
            BigDecimal quantity = errors.requirePositive(prefix + "quantity", line.quantity(), 3, MAX_QUANTITY);
            BigDecimal unitPrice = errors.requireMoney(prefix + "unitPrice", line.unitPrice());
            if (partId == null || quantity == null || unitPrice == null) {
                continue;
            }
            Part part;
            try {
                part = inventory.getPart(partId);
            } catch (io.autoshop.api.NotFoundException e) {
                errors.add(prefix + "partId", "part " + partId + " does not exist");
                continue;
            }
            PartLineEntity row = new PartLineEntity();
            row.partId = part.id();
            row.partCode = part.code();
            row.partName = part.name();
            row.quantity = quantity;
            row.unitPrice = unitPrice;
            row.amount = Money.lineAmount(quantity, unitPrice);
            rows.add(row);
        }
        return rows;
    }

    private static void checkNumberUnused(EntityManager em, String number) {
        List<Long> same = em.createQuery("SELECT o.id FROM WorkOrder o WHERE o.number = :number", Long.class)
                .setParameter("number", number).getResultList();
        if (!same.isEmpty()) {
            throw new ConflictException("Work order number " + number + " already belongs to order " + same.get(0));
        }
    }

    /**
     * Raises the day's sequence past a number in the shop's own format, so that new orders never reuse it.
     */
    private static void reserveShopNumber(EntityManager em, String number) {
        Matcher matcher = SHOP_NUMBER.matcher(number);
        if (!matcher.matches()) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(matcher.group(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        int sequence = Integer.parseInt(matcher.group(2));
        int key = OrderNumbers.dayKey(day);
        DaySequenceEntity row = em.find(DaySequenceEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new DaySequenceEntity();
            row.day = key;
            row.lastValue = sequence;
            em.persist(row);
        } else if (row.lastValue < sequence) {
            row.lastValue = sequence;
        }
        em.flush();
    }

    private static void insertLines(EntityManager em, WorkOrderEntity order, List<LaborLineEntity> labor,
            List<PartLineEntity> parts) {
        for (LaborLineEntity line : labor) {
            line.workOrderId = order.id;
            em.persist(line);
            // One flush per line keeps the identity order equal to the file order.
            em.flush();
        }
        for (PartLineEntity line : parts) {
            line.workOrderId = order.id;
            em.persist(line);
            em.flush();
        }
    }

    private static void insertHistory(EntityManager em, WorkOrderEntity order, String event, WorkOrderStatus from,
            WorkOrderStatus to, long at, String note) {
        HistoryEntity entry = new HistoryEntity();
        entry.workOrderId = order.id;
        entry.event = event;
        entry.fromStatus = from == null ? null : from.name();
        entry.toStatus = to.name();
        entry.at = at;
        entry.by = io.autoshop.api.security.CallerContext.actor();
        entry.note = note;
        em.persist(entry);
        em.flush();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
