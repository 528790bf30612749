package io.autoshop.core.workorder.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.dispatch.AttendanceProvider;
import io.autoshop.api.dispatch.AttendanceStatus;
import io.autoshop.api.dispatch.ClockAction;
import io.autoshop.api.dispatch.ClockInterval;
import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchRanking;
import io.autoshop.api.dispatch.DispatchRequest;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.DispatchStrategy;
import io.autoshop.api.dispatch.DispatchSuggestion;
import io.autoshop.api.dispatch.JobClock;
import io.autoshop.api.dispatch.RankedTechnician;
import io.autoshop.api.dispatch.Task;
import io.autoshop.api.dispatch.TechnicianWorkload;
import io.autoshop.api.staff.Employee;
import io.autoshop.api.staff.EmployeeRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches work orders to technicians: suggestions by the highest-ranked {@link DispatchStrategy}, task lists,
 * job clocks and the workload view. Configured through {@code etc/io.autoshop.dispatch.cfg}.
 *
 * <p>Clock changes lock the order row, like every order change, so that they run one after the other with
 * status changes of the order. One running clock per technician is enforced by a unique constraint, which also
 * holds when two requests start clocks of one technician on different orders at once.
 */
@Component(service = { DispatchService.class, OrderDispatcher.class }, configurationPid = DispatchServiceImpl.PID)
@Designate(ocd = DispatchServiceImpl.Config.class)
public final class DispatchServiceImpl implements DispatchService, OrderDispatcher {

    static final String PID = "io.autoshop.dispatch";

    private static final Logger LOG = LoggerFactory.getLogger(DispatchServiceImpl.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ObjectClassDefinition(name = "AutoShop dispatch", description = "How work orders are dispatched to technicians.")
    public @interface Config {

        @AttributeDefinition(name = "Auto-dispatch", description = "When an order without assigned technicians "
                + "moves to OPEN, assign the top suggested technician to the order and to its unassigned labour "
                + "lines.")
        boolean autoDispatch() default false;
    }

    private final Transactions transactions;
    private final ShopClock clock;
    private final EmployeeService employees;
    private final DispatchStrategy fallbackStrategy = new DefaultDispatchStrategy();

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DispatchStrategy strategy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AttendanceProvider attendance;

    private volatile boolean autoDispatch;

    @Activate
    public DispatchServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + WorkOrderEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EmployeeService employees,
            Config config) {
        this.transactions = transactions;
        this.clock = clock;
        this.employees = employees;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        autoDispatch = config.autoDispatch();
        LOG.info("Auto-dispatch on order opening is {}", autoDispatch ? "on" : "off");
    }

    @Override
    public boolean autoDispatchEnabled() {
        return autoDispatch;
    }

    @Override
    public DispatchRanking suggest(long workOrderId) {
        return transactions.required(em -> rank(em, findOrder(em, workOrderId, false)));
    }

    @Override
    public DispatchRanking rank(EntityManager em, WorkOrderEntity order) {
        List<LaborLineEntity> lines = linesOf(em, order.id);
        List<String> required = ServiceItemServiceImpl.skillsOf(em,
                lines.stream().filter(l -> l.serviceItemId != null).map(l -> l.serviceItemId).distinct().toList());
        List<Employee> technicians = activeTechnicians();
        Map<Long, Workloads.Load> loads = Workloads.load(em);
        LocalDate today = clock.today();
        Map<Long, AttendanceStatus> attendanceById = attendanceOf(technicians, today);
        List<DispatchCandidate> candidates = new ArrayList<>();
        for (Employee technician : technicians) {
            Workloads.Load load = loads.getOrDefault(technician.id(), Workloads.Load.NONE);
            List<String> missing = required.stream().filter(skill -> !technician.skills().contains(skill)).toList();
            AttendanceStatus status = attendanceById == null ? null
                    : attendanceById.getOrDefault(technician.id(), AttendanceStatus.UNKNOWN);
            candidates.add(new DispatchCandidate(technician.id(), technician.name(), technician.skills(), missing,
                    load.openStandardHours(), load.orders().size(), status));
        }
        DispatchRequest request = new DispatchRequest(order.id, order.number, required, today, candidates);
        DispatchStrategy used = strategy;
        List<DispatchSuggestion> suggestions;
        try {
            suggestions = used.rank(request);
        } catch (RuntimeException e) {
            LOG.error("Dispatch strategy '{}' failed for work order {}, using the default strategy", used.name(),
                    order.id, e);
            used = fallbackStrategy;
            suggestions = used.rank(request);
        }
        List<RankedTechnician> ranked = Rankings.arrange(suggestions, candidates);
        return new DispatchRanking(order.id, required, used.name(), attendanceById != null, ranked, ranked.size());
    }

    @Override
    public Page<Task> tasks(long employeeId, PageRequest page) {
        employees.getEmployee(employeeId);
        return transactions.required(em -> {
            List<WorkOrderEntity> orders = em.createQuery("SELECT o FROM WorkOrder o WHERE o.status IN :open AND ("
                    + "o.id IN (SELECT t.workOrderId FROM TechnicianAssignment t WHERE t.employeeId = :employee) OR "
                    + "o.id IN (SELECT l.workOrderId FROM LaborLine l WHERE l.technicianId = :employee))",
                    WorkOrderEntity.class).setParameter("open", Workloads.openStatusNames())
                    .setParameter("employee", employeeId).getResultList();
            List<WorkOrderEntity> sorted = new ArrayList<>(visibleOnly(em, orders));
            sorted.sort(Comparator.comparing((WorkOrderEntity o) -> o.promisedAt == null)
                    .thenComparing(o -> o.promisedAt == null ? 0L : o.promisedAt)
                    .thenComparingLong(o -> o.receivedAt).thenComparingLong(o -> o.id));
            List<WorkOrderEntity> pageOrders = sorted.stream().skip(page.offset()).limit(page.limit()).toList();
            List<Long> orderIds = pageOrders.stream().map(o -> o.id).toList();
            Map<Long, List<Long>> technicians = WorkOrderReader.techniciansOf(em, orderIds);
            Map<Long, List<LaborLine>> lines = assignedLines(em, orderIds, employeeId);
            List<Task> tasks = pageOrders.stream().map(o -> new Task(o.id, o.number, WorkOrderStatus.valueOf(o.status),
                    o.plate, o.complaint, clock.toShopTime(o.promisedAt), clock.toShopTime(o.receivedAt),
                    technicians.getOrDefault(o.id, List.of()).contains(employeeId),
                    lines.getOrDefault(o.id, List.of()))).toList();
            return new Page<>(tasks, sorted.size(), page.limit(), page.offset());
        });
    }

    @Override
    public JobClock clock(long workOrderId, long laborLineId, ClockAction action) {
        if (action == null) {
            throw new ValidationException("action", "is required: START or STOP");
        }
        JobClock result = transactions.required(em -> {
            WorkOrderEntity order = findOrder(em, workOrderId, true);
            LaborLineEntity line = findLine(em, order, laborLineId);
            WorkOrderStatus status = WorkOrderStatus.valueOf(order.status);
            if (status.isFinal()) {
                throw new ConflictException("Work order " + order.number + " is " + status
                        + ", so its job clocks can no longer change");
            }
            if (line.technicianId == null) {
                throw new ValidationException("technicianId", "labour line " + line.id
                        + " has no technician; assign one with PUT /api/v1/work-orders/" + order.id + "/labor/"
                        + line.id + " first");
            }
            long now = clock.now().toEpochMilli();
            if (action == ClockAction.START) {
                start(em, order, line, status, now);
            } else {
                stop(em, order, line, now);
            }
            return readClock(em, order, line, now);
        });
        LOG.info("Job clock {} on labour line {} of work order {} for technician {}", action, laborLineId,
                workOrderId, result.technicianId());
        return result;
    }

    @Override
    public JobClock getClock(long workOrderId, long laborLineId) {
        return transactions.required(em -> {
            WorkOrderEntity order = findOrder(em, workOrderId, false);
            LaborLineEntity line = findLine(em, order, laborLineId);
            return readClock(em, order, line, clock.now().toEpochMilli());
        });
    }

    @Override
    public List<TechnicianWorkload> workload() {
        List<Employee> technicians = activeTechnicians();
        return transactions.required(em -> {
            Map<Long, Workloads.Load> loads = Workloads.load(em);
            long now = clock.now().toEpochMilli();
            LocalDate today = clock.today();
            long dayStart = clock.startOfDay(today);
            long dayEnd = clock.startOfDay(today.plusDays(1));
            Map<Long, Long> clockedToday = new HashMap<>();
            Set<Long> running = new HashSet<>();
            for (ClockEntryEntity entry : em.createQuery("SELECT c FROM ClockEntry c WHERE c.startedAt < :end AND "
                    + "(c.stoppedAt IS NULL OR c.stoppedAt > :start)", ClockEntryEntity.class)
                    .setParameter("start", dayStart).setParameter("end", dayEnd).getResultList()) {
                clockedToday.merge(entry.technicianId,
                        JobClocks.overlap(entry.startedAt, entry.stoppedAt, now, dayStart, dayEnd), Long::sum);
                if (entry.stoppedAt == null) {
                    running.add(entry.technicianId);
                }
            }
            List<TechnicianWorkload> result = new ArrayList<>();
            for (Employee technician : technicians) {
                Workloads.Load load = loads.getOrDefault(technician.id(), Workloads.Load.NONE);
                Map<WorkOrderStatus, Integer> byStatus = new EnumMap<>(WorkOrderStatus.class);
                Workloads.OPEN_STATUSES.forEach(status -> byStatus.put(status, 0));
                load.orders().values().forEach(status -> byStatus.merge(status, 1, Integer::sum));
                result.add(new TechnicianWorkload(technician.id(), technician.name(), load.openStandardHours(),
                        JobClocks.hours(clockedToday.getOrDefault(technician.id(), 0L)),
                        running.contains(technician.id()), byStatus));
            }
            return result;
        });
    }

    private void start(EntityManager em, WorkOrderEntity order, LaborLineEntity line, WorkOrderStatus status,
            long now) {
        if (status != WorkOrderStatus.IN_REPAIR) {
            throw new ConflictException("Job clocks run only while the order is IN_REPAIR; work order "
                    + order.number + " is " + status);
        }
        ClockEntryEntity running = JobClocks.runningOf(em, line.technicianId);
        if (running != null) {
            throw alreadyRunning(em, line.technicianId, running);
        }
        ClockEntryEntity entry = new ClockEntryEntity();
        entry.workOrderId = order.id;
        entry.laborLineId = line.id;
        entry.technicianId = line.technicianId;
        entry.startedAt = now;
        entry.runningTechnicianId = line.technicianId;
        try {
            em.persist(entry);
            em.flush();
        } catch (PersistenceException e) {
            if (UNIQUE_VIOLATION.equals(sqlState(e))) {
                LOG.info("Technician {} started a second clock at the same time, rejected the one on line {}",
                        line.technicianId, line.id);
                throw new ConflictException("Technician " + line.technicianId
                        + " started another job clock at the same time; stop it first");
            }
            throw e;
        }
    }

    private static void stop(EntityManager em, WorkOrderEntity order, LaborLineEntity line, long now) {
        ClockEntryEntity running = JobClocks.entriesOf(em, line.id).stream().filter(e -> e.stoppedAt == null)
                .findFirst().orElseThrow(() -> new ConflictException("No job clock runs on labour line " + line.id
                        + " of work order " + order.number));
        JobClocks.stop(running, now);
        em.flush();
    }

    private static ConflictException alreadyRunning(EntityManager em, long technicianId, ClockEntryEntity running) {
        WorkOrderEntity other = em.find(WorkOrderEntity.class, running.workOrderId);
        String where = "labour line " + running.laborLineId + " of work order "
                + (other == null ? running.workOrderId : other.number);
        return new ConflictException("Technician " + technicianId + " already runs a job clock on " + where
                + "; stop it before starting another");
    }

    private JobClock readClock(EntityManager em, WorkOrderEntity order, LaborLineEntity line, long now) {
        List<ClockEntryEntity> entries = JobClocks.entriesOf(em, line.id);
        long total = 0;
        boolean running = false;
        List<ClockInterval> intervals = new ArrayList<>();
        for (ClockEntryEntity entry : entries) {
            long millis = JobClocks.length(entry, now);
            total += millis;
            running |= entry.stoppedAt == null;
            intervals.add(new ClockInterval(clock.toShopTime(entry.startedAt), clock.toShopTime(entry.stoppedAt),
                    JobClocks.hours(millis)));
        }
        return new JobClock(order.id, line.id, line.technicianId, running, line.workloadHours(), JobClocks.hours(total),
                intervals);
    }

    private Map<Long, List<LaborLine>> assignedLines(EntityManager em, List<Long> orderIds, long employeeId) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        List<LaborLineEntity> lines = em.createQuery("SELECT l FROM LaborLine l WHERE l.workOrderId IN :ids AND "
                + "l.technicianId = :employee ORDER BY l.id", LaborLineEntity.class).setParameter("ids", orderIds)
                .setParameter("employee", employeeId).getResultList();
        Map<Long, JobClocks.LineTotal> totals = JobClocks.totalsByLine(em, lines.stream().map(l -> l.id).toList(),
                clock.now().toEpochMilli());
        Map<Long, List<LaborLine>> byOrder = new HashMap<>();
        for (LaborLineEntity line : lines) {
            byOrder.computeIfAbsent(line.workOrderId, id -> new ArrayList<>())
                    .add(JobClocks.toLaborLine(line, totals.getOrDefault(line.id, JobClocks.LineTotal.NONE)));
        }
        return byOrder;
    }

    /**
     * Returns today's attendance of the technicians, or {@code null} when no attendance plugin is installed or
     * the installed one fails.
     */
    private Map<Long, AttendanceStatus> attendanceOf(List<Employee> technicians, LocalDate day) {
        AttendanceProvider provider = attendance;
        if (provider == null) {
            return null;
        }
        try {
            Map<Long, AttendanceStatus> result = provider.attendance(technicians.stream().map(Employee::id).toList(),
                    day);
            return result == null ? Map.of() : result;
        } catch (RuntimeException e) {
            LOG.error("Attendance provider failed for {}, ranking without attendance", day, e);
            return null;
        }
    }

    private List<Employee> activeTechnicians() {
        List<Employee> technicians = new ArrayList<>();
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            Page<Employee> page = employees.listEmployees(EmployeeRole.TECHNICIAN,
                    new PageRequest(PageRequest.MAX_LIMIT, offset));
            page.items().stream().filter(Employee::active).forEach(technicians::add);
            if (offset + PageRequest.MAX_LIMIT >= page.total()) {
                return Collections.unmodifiableList(technicians);
            }
        }
    }

    private static WorkOrderEntity findOrder(EntityManager em, long id, boolean lock) {
        WorkOrderEntity order = lock ? em.find(WorkOrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(WorkOrderEntity.class, id);
        if (order == null || !WorkOrderReader.isVisible(em, order.id)) {
            throw NotFoundException.of("Work order", id);
        }
        return order;
    }

    /**
     * Returns the orders the caller bound to the thread may see, so that a technician's view of another
     * employee's task list shows only the orders both are assigned to.
     */
    private static List<WorkOrderEntity> visibleOnly(EntityManager em, List<WorkOrderEntity> orders) {
        if (OrderAccess.assignedScope().isEmpty() || orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<Long>> technicians = WorkOrderReader.techniciansOf(em, orders.stream().map(o -> o.id).toList());
        return orders.stream().filter(o -> OrderAccess.canSee(technicians.getOrDefault(o.id, List.of()))).toList();
    }

    private static LaborLineEntity findLine(EntityManager em, WorkOrderEntity order, long lineId) {
        LaborLineEntity line = em.find(LaborLineEntity.class, lineId);
        if (line == null || line.workOrderId != order.id) {
            throw NotFoundException.of("Labour line", lineId + " of work order " + order.id);
        }
        return line;
    }

    private static List<LaborLineEntity> linesOf(EntityManager em, long orderId) {
        return em.createQuery("SELECT l FROM LaborLine l WHERE l.workOrderId = :id ORDER BY l.id",
                LaborLineEntity.class).setParameter("id", orderId).getResultList();
    }

    private static String sqlState(Throwable error) {
        String state = null;
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
    }
}
