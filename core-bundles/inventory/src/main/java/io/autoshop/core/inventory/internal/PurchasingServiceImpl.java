package io.autoshop.core.inventory.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.Money;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.PurchaseOrder;
import io.autoshop.api.inventory.PurchaseOrderInput;
import io.autoshop.api.inventory.PurchaseOrderLine;
import io.autoshop.api.inventory.PurchaseOrderStatus;
import io.autoshop.api.inventory.PurchaseReceiptInput;
import io.autoshop.api.inventory.PurchasingService;
import io.autoshop.api.inventory.ReorderSuggestion;
import io.autoshop.api.inventory.Supplier;
import io.autoshop.api.inventory.SupplierInput;
import io.autoshop.api.security.AuditLog;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suppliers, purchase orders with their receipts, and reorder suggestions. A receipt locks the purchase order
 * row, then the rows of its parts in ascending id order, checks every line and only then books the batches.
 */
@Component(service = PurchasingService.class)
public final class PurchasingServiceImpl implements PurchasingService {

    private static final Logger LOG = LoggerFactory.getLogger(PurchasingServiceImpl.class);
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{5,30}");
    private static final int MAX_LEAD_TIME_DAYS = 365;
    private static final int MAX_LINES = 200;
    private static final List<String> OPEN_STATUSES = List.of(PurchaseOrderStatus.DRAFT.name(),
            PurchaseOrderStatus.ORDERED.name(), PurchaseOrderStatus.PARTLY_RECEIVED.name());

    private final Transactions transactions;
    private final ShopClock clock;
    private final StockLedger ledger;
    private final AuditLog audit;

    @Activate
    public PurchasingServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + InventoryEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EventAdmin events,
            @Reference AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.ledger = new StockLedger(transactions, clock, events, audit);
    }

    @Override
    public Supplier createSupplier(SupplierInput input) {
        FieldErrors errors = new FieldErrors();
        SupplierEntity entity = new SupplierEntity();
        entity.name = errors.requireText("name", input.name(), 100);
        entity.contact = errors.optionalText("contact", input.contact(), 100);
        entity.phone = errors.optionalText("phone", input.phone(), 30);
        if (entity.phone != null && !PHONE.matcher(entity.phone).matches()) {
            errors.add("phone", "must be 5 to 30 digits, spaces, dashes, brackets or a leading +, got '"
                    + entity.phone + "'");
        }
        Integer leadTimeDays = errors.require("leadTimeDays", input.leadTimeDays());
        if (leadTimeDays != null && (leadTimeDays < 0 || leadTimeDays > MAX_LEAD_TIME_DAYS)) {
            errors.add("leadTimeDays", "must be between 0 and " + MAX_LEAD_TIME_DAYS + " days, got " + leadTimeDays);
        }
        errors.throwIfAny();

        entity.leadTimeDays = leadTimeDays;
        entity.createdAt = clock.now().toEpochMilli();
        Supplier created = transactions.required(em -> {
            List<Long> existing = em.createQuery("SELECT s.id FROM Supplier s WHERE s.name = :name", Long.class)
                    .setParameter("name", entity.name).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("Supplier name '" + entity.name + "' is already used by supplier "
                        + existing.get(0));
            }
            em.persist(entity);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", entity.name);
            after.put("contact", entity.contact);
            // The audit log masks values under a key named phone.
            after.put("phone", entity.phone);
            after.put("leadTimeDays", entity.leadTimeDays);
            audit.record(InventoryAudit.SUPPLIER, entity.id, "create", Map.of(), after);
            return toSupplier(entity);
        });
        LOG.info("Created supplier {} '{}' with a lead time of {} days", created.id(), created.name(),
                created.leadTimeDays());
        return created;
    }

    @Override
    public Supplier getSupplier(long id) {
        return transactions.required(em -> toSupplier(loadSupplier(em, id)));
    }

    @Override
    public Page<Supplier> listSuppliers(PageRequest page) {
        return transactions.required(em -> {
            List<Supplier> items = em.createQuery("SELECT s FROM Supplier s ORDER BY s.name", SupplierEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(this::toSupplier).toList();
            long total = em.createQuery("SELECT COUNT(s) FROM Supplier s", Long.class).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    @Override
    public PurchaseOrder createPurchaseOrder(PurchaseOrderInput input) {
        FieldErrors errors = new FieldErrors();
        Long supplierId = errors.require("supplierId", input.supplierId());
        String note = errors.optionalText("note", input.note(), 500);
        List<PurchaseOrderLineEntity> lines = checkLines(errors, input.lines());
        errors.throwIfAny();

        PurchaseOrder created = transactions.required(em -> {
            if (em.find(SupplierEntity.class, supplierId) == null) {
                throw new ValidationException("supplierId", "supplier " + supplierId + " does not exist");
            }
            for (int i = 0; i < lines.size(); i++) {
                if (em.find(PartEntity.class, lines.get(i).partId) == null) {
                    throw new ValidationException("lines[" + i + "].partId",
                            "part " + lines.get(i).partId + " does not exist");
                }
            }
            return toPurchaseOrder(em, persistOrder(em, supplierId, note, lines));
        });
        LOG.info("Created draft purchase order {} for supplier {} with {} lines", created.id(), supplierId,
                lines.size());
        return created;
    }

    @Override
    public PurchaseOrder getPurchaseOrder(long id) {
        return transactions.required(em -> toPurchaseOrder(em, loadOrder(em, id, LockModeType.NONE)));
    }

    @Override
    public Page<PurchaseOrder> searchPurchaseOrders(PurchaseOrderStatus status, Long supplierId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("o.status = :status");
        }
        if (supplierId != null) {
            conditions.add("o.supplierId = :supplierId");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return transactions.required(em -> {
            var select = em.createQuery("SELECT o FROM PurchaseOrder o" + where + " ORDER BY o.id DESC",
                    PurchaseOrderEntity.class);
            var count = em.createQuery("SELECT COUNT(o) FROM PurchaseOrder o" + where, Long.class);
            if (status != null) {
                select.setParameter("status", status.name());
                count.setParameter("status", status.name());
            }
            if (supplierId != null) {
                select.setParameter("supplierId", supplierId);
                count.setParameter("supplierId", supplierId);
            }
            List<PurchaseOrder> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(o -> toPurchaseOrder(em, o)).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    @Override
    public PurchaseOrder transitionPurchaseOrder(long id, PurchaseOrderStatus to, Long expectedVersion) {
        if (to == null) {
            throw new ValidationException("to", "is required");
        }
        PurchaseOrder moved = transactions.required(em -> {
            PurchaseOrderEntity order = loadOrder(em, id, LockModeType.PESSIMISTIC_WRITE);
            if (expectedVersion != null && expectedVersion != order.version) {
                throw StaleVersionException.of("Purchase order", id, expectedVersion, order.version);
            }
            PurchaseOrderStatus from = PurchaseOrderStatus.valueOf(order.status);
            boolean orders = from == PurchaseOrderStatus.DRAFT && to == PurchaseOrderStatus.ORDERED;
            boolean cancels = (from == PurchaseOrderStatus.DRAFT || from == PurchaseOrderStatus.ORDERED)
                    && to == PurchaseOrderStatus.CANCELLED;
            boolean allowed = orders || cancels;
            if (!allowed) {
                throw new ConflictException("Purchase order " + id + " cannot move from " + from + " to " + to
                        + "; allowed are DRAFT to ORDERED, and DRAFT or ORDERED to CANCELLED; the received"
                        + " statuses follow from receipts");
            }
            long now = clock.now().toEpochMilli();
            order.status = to.name();
            if (to == PurchaseOrderStatus.ORDERED) {
                order.orderedAt = now;
            }
            order.updatedAt = now;
            em.flush();
            audit.record(InventoryAudit.PURCHASE_ORDER, order.id, "transition", Map.of("status", from.name()),
                    Map.of("status", order.status));
            return toPurchaseOrder(em, order);
        });
        LOG.info("Purchase order {} moved to {}", id, to);
        return moved;
    }

    @Override
    public PurchaseOrder receivePurchaseOrder(long id, PurchaseReceiptInput input) {
        FieldErrors errors = new FieldErrors();
        List<PurchaseReceiptInput.Line> lines = input.lines();
        if (lines == null || lines.isEmpty()) {
            errors.add("lines", "must contain at least one line");
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String field = "lines[" + i + "]";
                PurchaseReceiptInput.Line line = lines.get(i);
                if (line == null) {
                    errors.add(field, "must not be null");
                    continue;
                }
                Long partId = errors.require(field + ".partId", line.partId());
                if (partId != null && !seen.add(partId)) {
                    errors.add(field + ".partId", "part " + partId + " appears twice; give one line per part");
                }
                errors.requirePositive(field + ".quantity", line.quantity(), InventoryServiceImpl.QUANTITY_SCALE,
                        InventoryServiceImpl.MAX_QUANTITY);
                errors.optionalText(field + ".batch", line.batch(), 64);
                errors.optionalMoney(field + ".unitCost", line.unitCost());
            }
        }
        errors.throwIfAny();

        long now = clock.now().toEpochMilli();
        PurchaseOrder received = transactions.required(em -> {
            PurchaseOrderEntity order = loadOrder(em, id, LockModeType.PESSIMISTIC_WRITE);
            PurchaseOrderStatus status = PurchaseOrderStatus.valueOf(order.status);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("status", order.status);
            if (status != PurchaseOrderStatus.ORDERED && status != PurchaseOrderStatus.PARTLY_RECEIVED) {
                throw new ConflictException("Purchase order " + id + " is " + status
                        + "; only ORDERED or PARTLY_RECEIVED purchase orders take receipts");
            }
            Map<Long, PurchaseOrderLineEntity> orderLines = new HashMap<>();
            linesOf(em, order.id).forEach(l -> orderLines.put(l.partId, l));
            checkReceipt(id, lines, orderLines);
            SupplierEntity supplier = em.find(SupplierEntity.class, order.supplierId);
            // Lock order: purchase order row first (above), then the part rows in ascending id order.
            Map<Long, PurchaseReceiptInput.Line> byPart = new TreeMap<>();
            lines.forEach(l -> byPart.put(l.partId(), l));
            for (PurchaseReceiptInput.Line line : byPart.values()) {
                PurchaseOrderLineEntity orderLine = orderLines.get(line.partId());
                PartEntity part = ledger.lockPart(em, line.partId(), true);
                String batch = line.batch() == null || line.batch().isBlank() ? null : line.batch().strip();
                BigDecimal unitCost = line.unitCost() == null ? orderLine.unitCost : Money.of(line.unitCost());
                StockLedger.NewBatch spec = new StockLedger.NewBatch(batch, supplier.name, supplier.id, order.id,
                        unitCost);
                ledger.addBatch(em, part, spec, line.quantity(), MovementType.RECEIPT,
                        "purchase order " + order.id, now);
                orderLine.receivedQuantity = orderLine.receivedQuantity.add(line.quantity());
            }
            boolean complete = orderLines.values().stream()
                    .allMatch(l -> l.receivedQuantity.compareTo(l.quantity) >= 0);
            order.status = (complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED).name();
            order.updatedAt = now;
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", order.status);
            after.put("received", byPart.values().stream().map(line -> Map.of("partId", line.partId(),
                    "quantity", line.quantity())).toList());
            audit.record(InventoryAudit.PURCHASE_ORDER, order.id, "receive", before, after);
            return toPurchaseOrder(em, order);
        });
        LOG.info("Received {} lines against purchase order {}, now {}", lines.size(), id, received.status());
        return received;
    }

    @Override
    public List<ReorderSuggestion> reorderSuggestions(boolean all) {
        return transactions.required(em -> new ReorderPlanner(clock).suggest(em, null).stream()
                .filter(s -> all || s.suggestedQuantity().signum() > 0).toList());
    }

    @Override
    public List<PurchaseOrder> createPurchaseOrdersFromSuggestions(List<Long> partIds) {
        if (partIds == null || partIds.isEmpty()) {
            throw new ValidationException("partIds", "must contain at least one part id");
        }
        if (partIds.size() > MAX_LINES) {
            throw new ValidationException("partIds", "must contain at most " + MAX_LINES + " part ids");
        }
        FieldErrors errors = new FieldErrors();
        Set<Long> unique = new HashSet<>();
        for (int i = 0; i < partIds.size(); i++) {
            if (partIds.get(i) == null) {
                errors.add("partIds[" + i + "]", "must not be null");
            } else if (!unique.add(partIds.get(i))) {
                errors.add("partIds[" + i + "]", "part " + partIds.get(i) + " appears twice");
            }
        }
        errors.throwIfAny();

        List<PurchaseOrder> created = transactions.required(em -> {
            // Lock the parts in ascending id first, so that two requests for the same parts run one after the
            // other and the second reads the quantity the first put on order.
            for (Long partId : new java.util.TreeSet<>(unique)) {
                em.find(PartEntity.class, partId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            }
            Map<Long, ReorderSuggestion> suggestions = new HashMap<>();
            new ReorderPlanner(clock).suggest(em, unique).forEach(s -> suggestions.put(s.partId(), s));
            FieldErrors problems = new FieldErrors();
            Map<Long, List<PurchaseOrderLineEntity>> bySupplier = new TreeMap<>();
            for (int i = 0; i < partIds.size(); i++) {
                long partId = partIds.get(i);
                ReorderSuggestion suggestion = suggestions.get(partId);
                String field = "partIds[" + i + "]";
                if (suggestion == null) {
                    problems.add(field, "part " + partId + " does not exist");
                } else if (suggestion.supplierId() == null) {
                    problems.add(field, "part " + suggestion.partCode() + " has no preferred supplier; set one first");
                } else if (suggestion.suggestedQuantity().signum() <= 0) {
                    problems.add(field, "part " + suggestion.partCode() + " needs no reorder now: position "
                            + StockLedger.plain(suggestion.onHand().add(suggestion.onOrder()))
                            + " is above the reorder point " + StockLedger.plain(suggestion.reorderPoint()));
                } else {
                    PurchaseOrderLineEntity line = new PurchaseOrderLineEntity();
                    line.partId = partId;
                    line.quantity = suggestion.suggestedQuantity();
                    line.unitCost = StockLedger.lastUnitCost(em, partId);
                    line.receivedQuantity = BigDecimal.ZERO;
                    bySupplier.computeIfAbsent(suggestion.supplierId(), k -> new ArrayList<>()).add(line);
                }
            }
            problems.throwIfAny();
            List<PurchaseOrder> orders = new ArrayList<>();
            bySupplier.forEach((supplierId, lines) -> orders.add(toPurchaseOrder(em,
                    persistOrder(em, supplierId, "created from reorder suggestions", lines))));
            return orders;
        });
        LOG.info("Created draft purchase orders {} from the reorder suggestions of parts {}",
                created.stream().map(PurchaseOrder::id).toList(), partIds);
        return created;
    }

    private PurchaseOrderEntity persistOrder(EntityManager em, long supplierId, String note,
            List<PurchaseOrderLineEntity> lines) {
        long now = clock.now().toEpochMilli();
        PurchaseOrderEntity order = new PurchaseOrderEntity();
        order.supplierId = supplierId;
        order.status = PurchaseOrderStatus.DRAFT.name();
        order.note = note;
        order.createdAt = now;
        order.updatedAt = now;
        em.persist(order);
        em.flush();
        for (PurchaseOrderLineEntity line : lines) {
            line.purchaseOrderId = order.id;
            em.persist(line);
            // Insert now: EclipseLink does not keep the persist order of new rows, and ids order the lines.
            em.flush();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("supplierId", supplierId);
        after.put("status", order.status);
        after.put("note", note);
        after.put("lines", lines.stream().map(line -> Map.of("partId", line.partId, "quantity", line.quantity,
                "unitCost", line.unitCost)).toList());
        audit.record(InventoryAudit.PURCHASE_ORDER, order.id, "create", Map.of(), after);
        return order;
    }

    private static List<PurchaseOrderLineEntity> checkLines(FieldErrors errors, List<PurchaseOrderInput.Line> input) {
        List<PurchaseOrderLineEntity> lines = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            errors.add("lines", "must contain at least one line");
            return lines;
        }
        if (input.size() > MAX_LINES) {
            errors.add("lines", "must contain at most " + MAX_LINES + " lines, got " + input.size());
            return lines;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String field = "lines[" + i + "]";
            PurchaseOrderInput.Line line = input.get(i);
            if (line == null) {
                errors.add(field, "must not be null");
                continue;
            }
            PurchaseOrderLineEntity entity = new PurchaseOrderLineEntity();
            Long partId = errors.require(field + ".partId", line.partId());
            if (partId != null && !seen.add(partId)) {
                errors.add(field + ".partId", "part " + partId + " appears twice; give one line per part");
            }
            entity.partId = partId == null ? 0 : partId;
            entity.quantity = errors.requirePositive(field + ".quantity", line.quantity(),
                    InventoryServiceImpl.QUANTITY_SCALE, InventoryServiceImpl.MAX_QUANTITY);
            entity.unitCost = errors.requireMoney(field + ".unitCost", line.unitCost());
            entity.receivedQuantity = BigDecimal.ZERO;
            lines.add(entity);
        }
        return lines;
    }

    /**
     * Checks every receipt line against the purchase order before anything is booked.
     */
    private static void checkReceipt(long id, List<PurchaseReceiptInput.Line> lines,
            Map<Long, PurchaseOrderLineEntity> orderLines) {
        for (int i = 0; i < lines.size(); i++) {
            PurchaseReceiptInput.Line line = lines.get(i);
            PurchaseOrderLineEntity orderLine = orderLines.get(line.partId());
            if (orderLine == null) {
                throw new ValidationException("lines[" + i + "].partId",
                        "part " + line.partId() + " is not on purchase order " + id);
            }
            BigDecimal open = orderLine.quantity.subtract(orderLine.receivedQuantity);
            if (line.quantity().compareTo(open) > 0) {
                throw new ConflictException("Receiving " + StockLedger.plain(line.quantity()) + " of part "
                        + line.partId() + " exceeds purchase order " + id + ": ordered "
                        + StockLedger.plain(orderLine.quantity) + ", received " + StockLedger.plain(
                        orderLine.receivedQuantity) + ", open " + StockLedger.plain(open));
            }
        }
    }

    private static List<PurchaseOrderLineEntity> linesOf(EntityManager em, long orderId) {
        return em.createQuery("SELECT l FROM PurchaseOrderLine l WHERE l.purchaseOrderId = :id ORDER BY l.id",
                PurchaseOrderLineEntity.class).setParameter("id", orderId).getResultList();
    }

    private static PurchaseOrderEntity loadOrder(EntityManager em, long id, LockModeType lock) {
        PurchaseOrderEntity order = em.find(PurchaseOrderEntity.class, id, lock);
        if (order == null) {
            throw NotFoundException.of("Purchase order", id);
        }
        return order;
    }

    private static SupplierEntity loadSupplier(EntityManager em, long id) {
        SupplierEntity supplier = em.find(SupplierEntity.class, id);
        if (supplier == null) {
            throw NotFoundException.of("Supplier", id);
        }
        return supplier;
    }

    private Supplier toSupplier(SupplierEntity e) {
        return new Supplier(e.id, e.name, e.contact, e.phone, e.leadTimeDays, e.version,
                clock.toShopTime(e.createdAt));
    }

    private PurchaseOrder toPurchaseOrder(EntityManager em, PurchaseOrderEntity order) {
        SupplierEntity supplier = em.find(SupplierEntity.class, order.supplierId);
        List<PurchaseOrderLine> lines = linesOf(em, order.id).stream().map(l -> {
            PartEntity part = em.find(PartEntity.class, l.partId);
            return new PurchaseOrderLine(l.id, l.partId, part.code, part.name, l.quantity, l.unitCost,
                    Money.lineAmount(l.quantity, l.unitCost), l.receivedQuantity);
        }).toList();
        BigDecimal total = lines.stream().map(PurchaseOrderLine::amount).reduce(Money.ZERO, BigDecimal::add);
        return new PurchaseOrder(order.id, order.supplierId, supplier.name, PurchaseOrderStatus.valueOf(order.status),
                lines, total, order.note, clock.toShopTime(order.createdAt), clock.toShopTime(order.orderedAt),
                order.version);
    }

    static List<String> openStatuses() {
        return OPEN_STATUSES;
    }
}
