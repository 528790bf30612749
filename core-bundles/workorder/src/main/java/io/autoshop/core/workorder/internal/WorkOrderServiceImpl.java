package io.autoshop.core.workorder.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.Money;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.dispatch.AttendanceStatus;
import io.autoshop.api.dispatch.DispatchRanking;
import io.autoshop.api.dispatch.RankedTechnician;
import io.autoshop.api.dispatch.ServiceItem;
import io.autoshop.api.dispatch.ServiceItemService;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.notice.NoticeOutbox;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.api.workorder.LaborLineInput;
import io.autoshop.api.workorder.LaborLineUpdate;
import io.autoshop.api.workorder.PartLineInput;
import io.autoshop.api.workorder.PaymentInput;
import io.autoshop.api.workorder.TransitionInput;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderInput;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderSummary;
import io.autoshop.api.workorder.WorkOrderUpdate;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work-order workflow. Each write locks the order row first, so that concurrent changes of one
 * order run one after the other, then checks the expected version, the status and the input, and only then
 * changes anything. A status change writes its customer notices into the outbox in the same transaction.
 */
@Component(service = WorkOrderService.class)
public final class WorkOrderServiceImpl implements WorkOrderService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkOrderServiceImpl.class);
    private static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final int MAX_BACKDATE_YEARS = 30;
    /** Largest amount of one line; DECIMAL(12, 2) columns hold up to 9999999999.99. */
    private static final BigDecimal MAX_LINE_AMOUNT = new BigDecimal("99999999.99");
    /** Largest labour or parts total of one order. */
    private static final BigDecimal MAX_ORDER_AMOUNT = new BigDecimal("999999999.99");
    private static final LocalDate FIRST_SEARCH_DAY = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_SEARCH_DAY = LocalDate.of(9999, 12, 31);

    private final Transactions transactions;
    private final ShopClock clock;
    private final EventAdmin events;
    private final CustomerService customers;
    private final InventoryService inventory;
    private final EmployeeService employees;
    private final ServiceItemService serviceItems;
    private final OrderDispatcher dispatcher;
    private final NoticeOutbox notices;
    private final WorkOrderReader reader;

    @Activate
    public WorkOrderServiceImpl(
            @Reference(target = "(&(autoshop.persistence.owners=" + WorkOrderEntities.OWNER
                    + ")(autoshop.persistence.owners=" + TrackingEntities.OWNER + "))")
            Transactions transactions, @Reference ShopClock clock, @Reference EventAdmin events,
            @Reference CustomerService customers, @Reference InventoryService inventory,
            @Reference EmployeeService employees, @Reference ServiceItemService serviceItems,
            @Reference OrderDispatcher dispatcher, @Reference NoticeOutbox notices) {
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.customers = customers;
        this.inventory = inventory;
        this.employees = employees;
        this.serviceItems = serviceItems;
        this.dispatcher = dispatcher;
        this.notices = notices;
        this.reader = new WorkOrderReader(clock, customers);
    }

    @Override
    public WorkOrder create(WorkOrderInput input) {
        FieldErrors errors = new FieldErrors();
        Long vehicleId = errors.require("vehicleId", input.vehicleId());
        Integer odometerKm = errors.require("odometerKm", input.odometerKm());
        if (odometerKm != null && (odometerKm < 0 || odometerKm > 3_000_000)) {
            errors.add("odometerKm", "must be between 0 and 3000000 km, got " + odometerKm);
        }
        String complaint = errors.requireText("complaint", input.complaint(), 2000);
        long now = clock.now().toEpochMilli();
        long receivedAt = input.receivedAt() == null ? now : checkPast(errors, "receivedAt", input.receivedAt(), now);
        if (input.promisedAt() != null && input.promisedAt().toInstant().toEpochMilli() < receivedAt) {
            errors.add("promisedAt", "must not be before the reception time");
        }
        errors.throwIfAny();
        Vehicle vehicle = customers.findVehicle(vehicleId).orElseThrow(
                () -> new ValidationException("vehicleId", "vehicle " + vehicleId + " does not exist"));

        WorkOrder created = transactions.required(em -> {
            WorkOrderEntity order = new WorkOrderEntity();
            LocalDate day = clock.toShopTime(receivedAt).toLocalDate();
            order.number = OrderNumbers.format(day, nextSequence(em, day));
            order.status = WorkOrderStatus.RECEIVED.name();
            order.customerId = vehicle.customerId();
            order.vehicleId = vehicle.id();
            order.plate = vehicle.plate();
            order.odometerKm = odometerKm;
            order.complaint = complaint;
            order.promisedAt = input.promisedAt() == null ? null : input.promisedAt().toInstant().toEpochMilli();
            order.receivedAt = receivedAt;
            order.statusSince = receivedAt;
            order.laborTotal = Money.ZERO;
            order.partsTotal = Money.ZERO;
            order.discount = Money.ZERO;
            order.total = Money.ZERO;
            order.paid = Money.ZERO;
            order.createdAt = now;
            order.updatedAt = now;
            em.persist(order);
            em.flush();
            addHistory(em, order, "CREATED", null, receivedAt, null);
            customers.recordOdometer(vehicle.id(), odometerKm);
            postEvent(Topics.WORKORDER_CREATED, order, null);
            WorkOrder read = reader.read(em, order);
            notices.enqueue(read);
            return read;
        });
        LOG.info("Created work order {} '{}' for vehicle {} ('{}')", created.id(), created.number(), vehicleId,
                created.plate());
        return created;
    }

    @Override
    public WorkOrder get(long id) {
        return find(id).orElseThrow(() -> NotFoundException.of("Work order", id));
    }

    @Override
    public Optional<WorkOrder> find(long id) {
        return transactions.required(em -> Optional.ofNullable(em.find(WorkOrderEntity.class, id))
                .map(order -> reader.read(em, order)));
    }

    @Override
    public Optional<WorkOrder> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return transactions.required(em -> em
                .createQuery("SELECT o FROM WorkOrder o WHERE o.number = :number", WorkOrderEntity.class)
                .setParameter("number", number.strip().toUpperCase()).getResultList().stream().findFirst()
                .map(order -> reader.read(em, order)));
    }

    @Override
    public Page<WorkOrderSummary> search(WorkOrderQuery query, PageRequest page) {
        for (LocalDate day : java.util.Arrays.asList(query.from(), query.to())) {
            if (day != null && (day.isBefore(FIRST_SEARCH_DAY) || day.isAfter(LAST_SEARCH_DAY))) {
                throw new ValidationException(day == query.from() ? "from" : "to",
                        "must be a date between " + FIRST_SEARCH_DAY + " and " + LAST_SEARCH_DAY + ", got " + day);
            }
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new ValidationException("from", "must not be after 'to'");
        }
        return transactions.required(em -> reader.search(em, query, page));
    }

    @Override
    public WorkOrder update(long id, WorkOrderUpdate update, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        String complaint = update.complaint() == null ? null : errors.requireText("complaint", update.complaint(), 2000);
        String diagnosis = errors.optionalText("diagnosis", update.diagnosis(), 2000);
        String repairPlan = errors.optionalText("repairPlan", update.repairPlan(), 2000);
        BigDecimal discount = errors.optionalMoney("discount", update.discount());
        List<Long> technicianIds = update.technicianIds() == null ? null : checkTechnicians(errors, update.technicianIds());
        errors.throwIfAny();

        return change(id, expectedVersion, (em, order) -> {
            StringBuilder note = new StringBuilder();
            if (complaint != null && !complaint.equals(order.complaint)) {
                order.complaint = complaint;
                note.append("complaint; ");
            }
            if (update.diagnosis() != null && !equalsText(diagnosis, order.diagnosis)) {
                order.diagnosis = diagnosis;
                note.append("diagnosis; ");
            }
            if (update.repairPlan() != null && !equalsText(repairPlan, order.repairPlan)) {
                order.repairPlan = repairPlan;
                note.append("repair plan; ");
            }
            if (update.promisedAt() != null) {
                long promisedAt = update.promisedAt().toInstant().toEpochMilli();
                if (promisedAt < order.receivedAt) {
                    throw new ValidationException("promisedAt", "must not be before the reception time");
                }
                order.promisedAt = promisedAt;
                note.append("promised time; ");
            }
            if (discount != null && discount.compareTo(order.discount) != 0) {
                BigDecimal subtotal = order.laborTotal.add(order.partsTotal);
                if (discount.compareTo(subtotal) > 0) {
                    throw new ValidationException("discount",
                            "must be at most the subtotal " + subtotal.toPlainString() + ", got " + discount.toPlainString());
                }
                order.discount = discount;
                note.append("discount ").append(discount.toPlainString()).append("; ");
            }
            if (technicianIds != null) {
                replaceTechnicians(em, order, technicianIds);
                note.append("technicians ").append(technicianIds).append("; ");
            }
            return note.length() == 0 ? null : new Change("UPDATED", "Changed " + note.substring(0, note.length() - 2));
        });
    }

    @Override
    public WorkOrder addLaborLine(long id, LaborLineInput input, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        ServiceItem item = null;
        String name;
        BigDecimal hours;
        BigDecimal rate;
        if (input.serviceItemId() != null) {
            item = checkServiceItem(errors, input);
            name = item == null ? null : item.name();
            hours = item == null ? null : item.standardHours();
            rate = item == null ? null : item.rate();
        } else {
            name = errors.requireText("name", input.name(), 200);
            hours = scaled(errors.requirePositive("hours", input.hours(), 2, MAX_HOURS), 2);
            rate = errors.requireMoney("rate", input.rate());
        }
        checkTechnician(errors, "technicianId", input.technicianId());
        errors.throwIfAny();
        Long serviceItemId = item == null ? null : item.id();

        BigDecimal amount = Money.lineAmount(hours, rate);
        checkLineAmount(amount);
        return change(id, expectedVersion, (em, order) -> {
            checkOrderAmount("labour", order.laborTotal.add(amount));
            LaborLineEntity line = new LaborLineEntity();
            line.workOrderId = order.id;
            line.name = name;
            line.hours = hours;
            line.rate = rate;
            line.amount = amount;
            line.technicianId = input.technicianId();
            line.serviceItemId = serviceItemId;
            line.standardHours = serviceItemId == null ? null : hours;
            em.persist(line);
            em.flush();
            order.laborTotal = order.laborTotal.add(line.amount);
            String source = serviceItemId == null ? "" : " from service item " + serviceItemId;
            return new Change("LABOR_ADDED", "Added labour line " + line.id + source + ": " + name + ", "
                    + hours.toPlainString() + " h × " + rate.toPlainString() + " = " + line.amount.toPlainString());
        });
    }

    @Override
    public WorkOrder updateLaborLine(long id, long lineId, LaborLineUpdate update, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        checkTechnician(errors, "technicianId", update.technicianId());
        errors.throwIfAny();

        return change(id, expectedVersion, (em, order) -> {
            LaborLineEntity line = findLaborLine(em, order, lineId);
            if (Objects.equals(line.technicianId, update.technicianId())) {
                return null;
            }
            if (JobClocks.totalsByLine(em, List.of(line.id), 0).getOrDefault(line.id, JobClocks.LineTotal.NONE)
                    .running()) {
                throw new ConflictException("A job clock runs on labour line " + lineId + "; stop it before "
                        + "changing the technician");
            }
            line.technicianId = update.technicianId();
            String to = update.technicianId() == null ? "no technician" : "employee " + update.technicianId();
            return new Change("LABOR_ASSIGNED", "Assigned labour line " + lineId + " (" + line.name + ") to " + to);
        });
    }

    @Override
    public WorkOrder removeLaborLine(long id, long lineId, Long expectedVersion) {
        return change(id, expectedVersion, (em, order) -> {
            LaborLineEntity line = findLaborLine(em, order, lineId);
            BigDecimal laborTotal = order.laborTotal.subtract(line.amount);
            checkDiscountFits(order, laborTotal.add(order.partsTotal));
            List<ClockEntryEntity> clocked = JobClocks.entriesOf(em, line.id);
            if (clocked.stream().anyMatch(entry -> entry.stoppedAt == null)) {
                throw new ConflictException("A job clock runs on labour line " + lineId + "; stop it before "
                        + "removing the line");
            }
            long clockedMillis = clocked.stream().mapToLong(entry -> JobClocks.length(entry, 0)).sum();
            order.laborTotal = laborTotal;
            clocked.forEach(em::remove);
            // The entities map no relationships, so EclipseLink cannot order these deletes by foreign key itself.
            em.flush();
            em.remove(line);
            String clockNote = clocked.isEmpty() ? "" : ", with " + JobClocks.hours(clockedMillis).toPlainString()
                    + " clocked hours";
            return new Change("LABOR_REMOVED", "Removed labour line " + lineId + ": " + line.name + ", "
                    + line.amount.toPlainString() + clockNote);
        });
    }

    @Override
    public WorkOrder addPartLine(long id, PartLineInput input, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        Long partId = errors.require("partId", input.partId());
        BigDecimal quantity = scaled(errors.requirePositive("quantity", input.quantity(), 3, MAX_QUANTITY), 3);
        BigDecimal unitPrice = errors.optionalMoney("unitPrice", input.unitPrice());
        errors.throwIfAny();

        return change(id, expectedVersion, (em, order) -> {
            Part part = findPart(partId);
            BigDecimal price = unitPrice == null ? part.salePrice() : unitPrice;
            BigDecimal amount = Money.lineAmount(quantity, price);
            checkLineAmount(amount);
            checkOrderAmount("parts", order.partsTotal.add(amount));
            List<IssuedQuantity> issued = inventory.issueToWorkOrder(part.id(), quantity, order.id);
            PartLineEntity line = new PartLineEntity();
            line.workOrderId = order.id;
            line.partId = part.id();
            line.partCode = part.code();
            line.partName = part.name();
            line.quantity = quantity;
            line.unitPrice = price;
            line.amount = amount;
            em.persist(line);
            em.flush();
            for (IssuedQuantity from : issued) {
                PartLineBatchEntity batch = new PartLineBatchEntity();
                batch.partLineId = line.id;
                batch.batchId = from.batchId();
                batch.batch = from.batch();
                batch.quantity = from.quantity();
                batch.unitCost = from.unitCost();
                em.persist(batch);
                em.flush();
            }
            order.partsTotal = order.partsTotal.add(line.amount);
            return new Change("PART_ADDED", "Added parts line " + line.id + ": " + part.code() + " " + part.name()
                    + " × " + quantity.stripTrailingZeros().toPlainString() + " = " + line.amount.toPlainString());
        });
    }

    @Override
    public WorkOrder removePartLine(long id, long lineId, Long expectedVersion) {
        return change(id, expectedVersion, (em, order) -> {
            PartLineEntity line = em.find(PartLineEntity.class, lineId);
            if (line == null || line.workOrderId != order.id) {
                throw NotFoundException.of("Parts line", lineId + " of work order " + id);
            }
            BigDecimal partsTotal = order.partsTotal.subtract(line.amount);
            checkDiscountFits(order, order.laborTotal.add(partsTotal));
            returnToStock(em, order, line, "parts line " + lineId + " removed");
            order.partsTotal = partsTotal;
            return new Change("PART_REMOVED", "Removed parts line " + lineId + ": " + line.partCode + " × "
                    + line.quantity.stripTrailingZeros().toPlainString() + ", returned to stock");
        });
    }

    @Override
    public WorkOrder transition(long id, TransitionInput input, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        WorkOrderStatus target = errors.require("to", input.to());
        String note = errors.optionalText("note", input.note(), 1000);
        long now = clock.now().toEpochMilli();
        Long at = input.at() == null ? null : checkPast(errors, "at", input.at(), now);
        PaymentInput payment = input.payment();
        BigDecimal paymentAmount = null;
        if (payment != null) {
            errors.require("payment.method", payment.method());
            paymentAmount = errors.requireMoney("payment.amount", payment.amount());
        }
        errors.throwIfAny();
        BigDecimal amount = paymentAmount;

        WorkOrderStatus[] previous = new WorkOrderStatus[1];
        WorkOrder result = change(id, expectedVersion, (em, order) -> {
            WorkOrderStatus from = WorkOrderStatus.valueOf(order.status);
            WorkflowRules.Move move = WorkflowRules.check(from, target, input.passed());
            long happenedAt = at == null ? now : at;
            if (happenedAt < order.statusSince) {
                throw new ValidationException("at", "must not be before the previous status change at "
                        + clock.toShopTime(order.statusSince));
            }
            if (move.settles()) {
                settle(em, order, payment, amount, happenedAt);
            } else if (payment != null) {
                throw new ValidationException("payment", "a payment is taken only when the order is settled");
            }
            if (move.returnsParts()) {
                returnAllParts(em, order, happenedAt);
            }
            if (move.rework()) {
                order.reworkCount++;
            }
            order.status = target.name();
            order.statusSince = happenedAt;
            previous[0] = from;
            String text = move.rework() ? joinNotes("Inspection failed, back to repair", note) : note;
            return new Change("STATUS_CHANGED", text, from, happenedAt, (changeEm, changed) -> {
                if (from == WorkOrderStatus.IN_REPAIR) {
                    stopClocks(changeEm, changed, happenedAt);
                }
                if (target == WorkOrderStatus.OPEN && dispatcher.autoDispatchEnabled()) {
                    autoDispatch(changeEm, changed);
                }
            });
        });
        LOG.info("Work order {} '{}' moved from {} to {}", id, result.number(), previous[0], result.status());
        return result;
    }

    /**
     * Stops the order's running job clocks when it leaves IN_REPAIR, because work can be clocked only in repair.
     */
    private void stopClocks(EntityManager em, WorkOrderEntity order, long at) {
        List<ClockEntryEntity> stopped = JobClocks.stopAll(em, order.id, at);
        if (stopped.isEmpty()) {
            return;
        }
        String lines = stopped.stream().map(entry -> "line " + entry.laborLineId + " (technician "
                + entry.technicianId + ")").collect(Collectors.joining(", "));
        addHistory(em, order, "CLOCK_STOPPED", WorkOrderStatus.valueOf(order.status), at,
                "Stopped running job clocks on leaving IN_REPAIR: " + lines);
        LOG.info("Work order {} left IN_REPAIR, stopped {} running job clocks", order.id, stopped.size());
    }

    /**
     * Assigns the top suggested technician to an order that has none, and to its labour lines without one. The
     * top suggestion is taken only when it has every required skill and is not absent.
     */
    private void autoDispatch(EntityManager em, WorkOrderEntity order) {
        if (!WorkOrderReader.techniciansOf(em, List.of(order.id)).isEmpty()) {
            return;
        }
        DispatchRanking ranking = dispatcher.rank(em, order);
        long now = clock.now().toEpochMilli();
        WorkOrderStatus status = WorkOrderStatus.valueOf(order.status);
        RankedTechnician top = ranking.items().isEmpty() ? null : ranking.items().get(0);
        if (top == null || !top.missingSkills().isEmpty() || top.attendance() == AttendanceStatus.ABSENT) {
            String why = top == null ? "there is no active technician"
                    : "the top suggestion " + top.name() + " (employee " + top.employeeId() + ") "
                            + (top.missingSkills().isEmpty() ? "is absent today"
                                    : "lacks " + String.join(", ", top.missingSkills()));
            addHistory(em, order, "AUTO_DISPATCH_SKIPPED", status, now, "Auto-dispatch assigned nobody: " + why);
            LOG.info("Auto-dispatch of work order {} assigned nobody: {}", order.id, why);
            return;
        }
        replaceTechnicians(em, order, List.of(top.employeeId()));
        List<LaborLineEntity> unassigned = em.createQuery(
                "SELECT l FROM LaborLine l WHERE l.workOrderId = :id AND l.technicianId IS NULL", LaborLineEntity.class)
                .setParameter("id", order.id).getResultList();
        unassigned.forEach(line -> line.technicianId = top.employeeId());
        int lines = unassigned.size();
        addHistory(em, order, "AUTO_DISPATCHED", status, now, "Auto-dispatched to " + top.name() + " (employee "
                + top.employeeId() + ") and " + lines + " unassigned labour lines by the " + ranking.strategy()
                + " strategy, score " + top.score().toPlainString());
        LOG.info("Auto-dispatched work order {} to employee {}", order.id, top.employeeId());
    }

    private void settle(EntityManager em, WorkOrderEntity order, PaymentInput payment, BigDecimal amount,
            long happenedAt) {
        BigDecimal balance = order.total.subtract(order.paid);
        if (balance.signum() == 0) {
            if (payment != null && amount.signum() > 0) {
                throw new ValidationException("payment.amount", "the balance is 0.00, no payment is due");
            }
            return;
        }
        if (payment == null) {
            throw new ValidationException("payment",
                    "settling needs a payment of the balance " + balance.toPlainString());
        }
        if (amount.compareTo(balance) < 0) {
            throw new ValidationException("payment.amount", "must cover the balance " + balance.toPlainString()
                    + ", got " + amount.toPlainString());
        }
        PaymentEntity entity = new PaymentEntity();
        entity.workOrderId = order.id;
        entity.method = payment.method().name();
        entity.amount = balance;
        entity.paidAt = happenedAt;
        em.persist(entity);
        String note = "Paid " + balance.toPlainString() + " by " + payment.method();
        if (amount.compareTo(balance) > 0) {
            note += " (tendered " + amount.toPlainString() + ", change " + amount.subtract(balance).toPlainString()
                    + ")";
        }
        addHistory(em, order, "PAYMENT", WorkOrderStatus.valueOf(order.status), happenedAt, note);
        order.paid = order.paid.add(balance);
    }

    private void returnAllParts(EntityManager em, WorkOrderEntity order, long happenedAt) {
        List<PartLineEntity> lines = em.createQuery(
                "SELECT l FROM PartLine l WHERE l.workOrderId = :id ORDER BY l.partId, l.id", PartLineEntity.class)
                .setParameter("id", order.id).getResultList();
        for (PartLineEntity line : lines) {
            returnToStock(em, order, line, "work order cancelled");
            addHistory(em, order, "PART_REMOVED", WorkOrderStatus.valueOf(order.status), happenedAt,
                    "Returned parts line " + line.id + ": " + line.partCode + " × "
                            + line.quantity.stripTrailingZeros().toPlainString() + " to stock on cancellation");
        }
        order.partsTotal = Money.ZERO;
        order.discount = order.discount.min(order.laborTotal);
    }

    private void returnToStock(EntityManager em, WorkOrderEntity order, PartLineEntity line, String reason) {
        List<PartLineBatchEntity> batches = em.createQuery(
                "SELECT b FROM PartLineBatch b WHERE b.partLineId = :id ORDER BY b.id", PartLineBatchEntity.class)
                .setParameter("id", line.id).getResultList();
        List<IssuedQuantity> issued = batches.stream()
                .map(b -> new IssuedQuantity(b.batchId, b.batch, b.quantity, b.unitCost)).toList();
        inventory.returnFromWorkOrder(line.partId, issued, order.id, reason);
        batches.forEach(em::remove);
        // The entities map no relationships, so EclipseLink cannot order these deletes by foreign key itself.
        em.flush();
        em.remove(line);
    }

    /**
     * One change of an order: what happened, for the history, and for a status change the status before it.
     */
    private record Change(String event, String note, WorkOrderStatus from, Long at, OrderFollowUp followUp) {

        Change(String event, String note) {
            this(event, note, null, null, null);
        }
    }

    /**
     * A step that runs after the change is in the history, in the same transaction.
     */
    @FunctionalInterface
    private interface OrderFollowUp {

        void apply(EntityManager em, WorkOrderEntity order);
    }

    @FunctionalInterface
    private interface OrderChange {

        /**
         * Changes the locked order and describes the change, or returns {@code null} when nothing changed.
         */
        Change apply(EntityManager em, WorkOrderEntity order);
    }

    private WorkOrder change(long id, Long expectedVersion, OrderChange change) {
        return transactions.required(em -> {
            WorkOrderEntity order = em.find(WorkOrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (order == null) {
                throw NotFoundException.of("Work order", id);
            }
            if (expectedVersion != null && expectedVersion != order.version) {
                throw StaleVersionException.of("Work order", id, expectedVersion, order.version);
            }
            WorkOrderStatus status = WorkOrderStatus.valueOf(order.status);
            if (status.isFinal()) {
                throw new ConflictException("Work order " + order.number + " is " + status + " and can no longer change");
            }
            Change done = change.apply(em, order);
            if (done == null) {
                return reader.read(em, order);
            }
            recomputeTotal(order);
            long now = clock.now().toEpochMilli();
            order.updatedAt = now;
            WorkOrderStatus current = WorkOrderStatus.valueOf(order.status);
            addHistory(em, order, done.event(), done.from() == null ? current : done.from(),
                    done.at() == null ? now : done.at(), done.note());
            boolean statusChanged = done.from() != null && done.from() != current;
            if (statusChanged) {
                postEvent(Topics.WORKORDER_STATUS_CHANGED, order, done.from());
            }
            if (done.followUp() != null) {
                done.followUp().apply(em, order);
            }
            em.flush();
            WorkOrder read = reader.read(em, order);
            if (statusChanged) {
                notices.enqueue(read);
            }
            return read;
        });
    }

    private static void checkLineAmount(BigDecimal amount) {
        if (amount.compareTo(MAX_LINE_AMOUNT) > 0) {
            throw new ValidationException("amount",
                    "a line may come to at most " + MAX_LINE_AMOUNT.toPlainString() + " yuan, this one to " + amount);
        }
    }

    private static void checkOrderAmount(String kind, BigDecimal total) {
        if (total.compareTo(MAX_ORDER_AMOUNT) > 0) {
            throw new ValidationException("amount", "the " + kind + " total of an order may come to at most "
                    + MAX_ORDER_AMOUNT.toPlainString() + " yuan, this line would make it " + total);
        }
    }

    private static void recomputeTotal(WorkOrderEntity order) {
        order.total = order.laborTotal.add(order.partsTotal).subtract(order.discount);
    }

    private static void checkDiscountFits(WorkOrderEntity order, BigDecimal newSubtotal) {
        if (order.discount.compareTo(newSubtotal) > 0) {
            throw new ConflictException("The discount " + order.discount.toPlainString()
                    + " would exceed the new subtotal " + newSubtotal.toPlainString() + "; lower the discount first");
        }
    }

    private void addHistory(EntityManager em, WorkOrderEntity order, String event, WorkOrderStatus from, long at,
            String note) {
        HistoryEntity entry = new HistoryEntity();
        entry.workOrderId = order.id;
        entry.event = event;
        entry.fromStatus = from == null ? null : from.name();
        entry.toStatus = order.status;
        entry.at = at;
        entry.by = CallerContext.actor();
        entry.note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
        em.persist(entry);
        // Insert now: EclipseLink does not keep the persist order of new rows, and ids order the history.
        em.flush();
    }

    private void postEvent(String topic, WorkOrderEntity order, WorkOrderStatus previous) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventProperties.WORK_ORDER_ID, order.id);
        properties.put(EventProperties.WORK_ORDER_NUMBER, order.number);
        properties.put(EventProperties.CUSTOMER_ID, order.customerId);
        properties.put(EventProperties.VEHICLE_ID, order.vehicleId);
        properties.put(EventProperties.PLATE, order.plate);
        properties.put(EventProperties.STATUS, order.status);
        properties.put(EventProperties.TOTAL, order.total);
        properties.put(EventProperties.TIMESTAMP, clock.toShopTime(order.statusSince).toString());
        if (previous != null) {
            properties.put(EventProperties.PREVIOUS_STATUS, previous.name());
            properties.put(EventProperties.REWORK,
                    previous == WorkOrderStatus.INSPECTION && WorkOrderStatus.IN_REPAIR.name().equals(order.status));
        }
        Event event = new Event(topic, properties);
        transactions.afterCommit(() -> events.postEvent(event));
    }

    private int nextSequence(EntityManager em, LocalDate day) {
        int key = OrderNumbers.dayKey(day);
        DaySequenceEntity sequence = em.find(DaySequenceEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            // A concurrent first order of the day inserts the same key; the transaction is then retried.
            sequence = new DaySequenceEntity();
            sequence.day = key;
            sequence.lastValue = 0;
            em.persist(sequence);
        }
        sequence.lastValue++;
        em.flush();
        return sequence.lastValue;
    }

    private void replaceTechnicians(EntityManager em, WorkOrderEntity order, List<Long> technicianIds) {
        em.createQuery("DELETE FROM TechnicianAssignment t WHERE t.workOrderId = :id").setParameter("id", order.id)
                .executeUpdate();
        for (Long employeeId : technicianIds) {
            TechnicianAssignmentEntity assignment = new TechnicianAssignmentEntity();
            assignment.workOrderId = order.id;
            assignment.employeeId = employeeId;
            em.persist(assignment);
            em.flush();
        }
    }

    private List<Long> checkTechnicians(FieldErrors errors, List<Long> technicianIds) {
        LinkedHashSet<Long> unique = new LinkedHashSet<>();
        for (Long technicianId : technicianIds) {
            if (technicianId == null) {
                errors.add("technicianIds", "must not contain null");
            } else if (technicianProblem(technicianId).isPresent()) {
                errors.add("technicianIds", technicianProblem(technicianId).get());
            } else {
                unique.add(technicianId);
            }
        }
        return List.copyOf(unique);
    }

    private ServiceItem checkServiceItem(FieldErrors errors, LaborLineInput input) {
        String reason = "must not be sent with serviceItemId, because the service item sets it";
        if (input.name() != null) {
            errors.add("name", reason);
        }
        if (input.hours() != null) {
            errors.add("hours", reason);
        }
        if (input.rate() != null) {
            errors.add("rate", reason);
        }
        Optional<ServiceItem> item = serviceItems.findServiceItem(input.serviceItemId());
        if (item.isEmpty()) {
            errors.add("serviceItemId", "service item " + input.serviceItemId() + " does not exist");
        }
        return item.orElse(null);
    }

    private void checkTechnician(FieldErrors errors, String field, Long technicianId) {
        if (technicianId != null) {
            technicianProblem(technicianId).ifPresent(problem -> errors.add(field, problem));
        }
    }

    /**
     * Returns why an employee cannot be assigned to repair work: unknown, inactive or not a technician.
     */
    private Optional<String> technicianProblem(long employeeId) {
        Optional<io.autoshop.api.staff.Employee> employee = employees.findEmployee(employeeId);
        if (employee.isEmpty()) {
            return Optional.of("employee " + employeeId + " does not exist");
        }
        if (!employee.get().active()) {
            return Optional.of("employee " + employeeId + " no longer works in the shop");
        }
        if (employee.get().role() != io.autoshop.api.staff.EmployeeRole.TECHNICIAN) {
            return Optional.of("employee " + employeeId + " is a " + employee.get().role() + ", not a TECHNICIAN");
        }
        return Optional.empty();
    }

    private static LaborLineEntity findLaborLine(EntityManager em, WorkOrderEntity order, long lineId) {
        LaborLineEntity line = em.find(LaborLineEntity.class, lineId);
        if (line == null || line.workOrderId != order.id) {
            throw NotFoundException.of("Labour line", lineId + " of work order " + order.id);
        }
        return line;
    }

    private Part findPart(long partId) {
        try {
            return inventory.getPart(partId);
        } catch (NotFoundException e) {
            throw new ValidationException("partId", "part " + partId + " does not exist");
        }
    }

    private long checkPast(FieldErrors errors, String field, OffsetDateTime time, long now) {
        long millis = time.toInstant().toEpochMilli();
        if (millis > now + CLOCK_SKEW.toMillis()) {
            errors.add(field, "must not be in the future, got " + time);
        } else if (time.isBefore(clock.toShopTime(now).minusYears(MAX_BACKDATE_YEARS))) {
            errors.add(field, "must be within the last " + MAX_BACKDATE_YEARS + " years, got " + time);
        }
        return Math.min(millis, now);
    }

    /**
     * Returns a validated number with the scale of its column, so that replies show the same scale as later reads.
     */
    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }

    private static boolean equalsText(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String joinNotes(String first, String second) {
        return second == null ? first : first + ": " + second;
    }
}
