package io.autoshop.core.inventory.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.Money;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.inventory.BatchIssue;
import io.autoshop.api.inventory.BinLocation;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.PartInput;
import io.autoshop.api.inventory.PartLocation;
import io.autoshop.api.inventory.PartUpdate;
import io.autoshop.api.inventory.PartValuation;
import io.autoshop.api.inventory.ReceiptInput;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.inventory.StockMovement;
import io.autoshop.api.inventory.StockValuation;
import io.autoshop.api.security.AuditLog;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps parts and their stock per batch. Every change of a part's stock first locks the part row, so that
 * concurrent issues, returns, receipts and count adjustments of one part run one after the other and stock
 * cannot go below zero.
 */
@Component(service = InventoryService.class)
public final class InventoryServiceImpl implements InventoryService {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final int QUANTITY_SCALE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(InventoryServiceImpl.class);

    private final Transactions transactions;
    private final ShopClock clock;
    private final StockLedger ledger;
    private final AuditLog audit;

    @Activate
    public InventoryServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + InventoryEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EventAdmin events,
            @Reference AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.ledger = new StockLedger(transactions, clock, events, audit);
    }

    @Override
    public Part createPart(PartInput input) {
        FieldErrors errors = new FieldErrors();
        String code = normalizeCode(errors.requireText("code", input.code(), 40));
        PartEntity entity = new PartEntity();
        entity.name = errors.requireText("name", input.name(), 100);
        entity.spec = errors.optionalText("spec", input.spec(), 200);
        entity.unit = errors.requireText("unit", input.unit(), 10);
        entity.salePrice = errors.requireMoney("salePrice", input.salePrice());
        BinLocation location = location(errors, input.location(), input.binLocation());
        BigDecimal safetyStock = checkSafetyStock(errors, input.safetyStock() == null ? BigDecimal.ZERO
                : input.safetyStock());
        errors.throwIfAny();

        entity.code = code;
        entity.safetyStock = scaled(safetyStock);
        entity.onHand = BigDecimal.ZERO;
        setLocation(entity, location);
        // A new part has not crossed its safety stock; the first alert follows a fall from at or above it.
        entity.lowStockAlerted = safetyStock.signum() > 0;
        long now = clock.now().toEpochMilli();
        entity.createdAt = now;
        entity.updatedAt = now;
        Part created = transactions.required(em -> {
            entity.preferredSupplierId = checkSupplier(em, input.preferredSupplierId());
            List<Long> existing = em.createQuery("SELECT p.id FROM Part p WHERE p.code = :code", Long.class)
                    .setParameter("code", code).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("Part code " + code + " is already used by part " + existing.get(0));
            }
            em.persist(entity);
            em.flush();
            audit.record(InventoryAudit.PART, entity.id, "create", Map.of(), InventoryAudit.part(entity));
            return toPart(entity);
        });
        LOG.info("Created part {} with code '{}'", created.id(), created.code());
        return created;
    }

    @Override
    public Part updatePart(long id, PartUpdate update, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        String name = update.name() == null ? null : errors.requireText("name", update.name(), 100);
        String spec = errors.optionalText("spec", update.spec(), 200);
        BigDecimal salePrice = errors.optionalMoney("salePrice", update.salePrice());
        BigDecimal safetyStock = update.safetyStock() == null ? null : checkSafetyStock(errors, update.safetyStock());
        BinLocation location = location(errors, update.location(), update.binLocation());
        boolean locationGiven = update.location() != null || update.binLocation() != null;
        errors.throwIfAny();

        Part updated = transactions.required(em -> {
            PartEntity part = ledger.lockPart(em, id, false);
            if (expectedVersion != null && expectedVersion != part.version) {
                throw StaleVersionException.of("Part", id, expectedVersion, part.version);
            }
            Map<String, Object> before = InventoryAudit.part(part);
            if (update.preferredSupplierId() != null) {
                part.preferredSupplierId = checkSupplier(em, update.preferredSupplierId());
            }
            if (name != null) {
                part.name = name;
            }
            if (update.spec() != null) {
                part.spec = spec;
            }
            if (salePrice != null) {
                part.salePrice = salePrice;
            }
            if (locationGiven) {
                setLocation(part, location);
            }
            if (safetyStock != null) {
                part.safetyStock = safetyStock;
                ledger.safetyStockChanged(part);
            }
            part.updatedAt = clock.now().toEpochMilli();
            em.flush();
            audit.record(InventoryAudit.PART, part.id, "update", before, InventoryAudit.part(part));
            return toPart(part);
        });
        LOG.info("Updated part {} '{}'", id, updated.code());
        return updated;
    }

    @Override
    public Part getPart(long id) {
        return transactions.required(em -> toPart(loadPart(em, id)));
    }

    @Override
    public Page<Part> searchParts(String query, boolean belowSafetyStock, PageRequest page) {
        return transactions.required(em -> {
            Page<PartEntity> found = findParts(em, query, belowSafetyStock, page);
            return new Page<>(found.items().stream().map(this::toPart).toList(), found.total(), found.limit(),
                    found.offset());
        });
    }

    @Override
    public Page<PartLocation> locateParts(String query, PageRequest page) {
        if (query == null || query.isBlank()) {
            throw new ValidationException("q", "is required: a part code or a part of its name");
        }
        return transactions.required(em -> {
            Page<PartEntity> found = findParts(em, query, false, page);
            List<PartLocation> items = found.items().stream().map(p -> {
                BinLocation location = BinLocations.of(p);
                return new PartLocation(p.id, p.code, p.name, p.unit, location == null ? null : location.label(),
                        location, p.onHand);
            }).toList();
            return new Page<>(items, found.total(), found.limit(), found.offset());
        });
    }

    @Override
    public StockBatch receive(ReceiptInput input) {
        FieldErrors errors = new FieldErrors();
        Long partId = errors.require("partId", input.partId());
        BigDecimal quantity = scaled(errors.requirePositive("quantity", input.quantity(), QUANTITY_SCALE,
                MAX_QUANTITY));
        BigDecimal unitCost = errors.requireMoney("unitCost", input.unitCost());
        String batchCode = errors.optionalText("batch", input.batch(), 64);
        String supplier = errors.optionalText("supplier", input.supplier(), 100);
        errors.throwIfAny();

        long now = clock.now().toEpochMilli();
        StockBatch batch = transactions.required(em -> {
            PartEntity part = ledger.lockPart(em, partId, true);
            Long supplierId = supplier == null ? null : em.createQuery(
                    "SELECT s.id FROM Supplier s WHERE s.name = :name", Long.class).setParameter("name", supplier)
                    .getResultList().stream().findFirst().orElse(null);
            StockLedger.NewBatch spec = new StockLedger.NewBatch(batchCode, supplier, supplierId, null, unitCost);
            return ledger.toBatch(ledger.addBatch(em, part, spec, quantity, MovementType.RECEIPT, null, now));
        });
        LOG.info("Received {} of part {} into batch '{}' ({})", quantity.toPlainString(), partId, batch.batch(),
                batch.id());
        return batch;
    }

    @Override
    public List<StockBatch> listBatches(long partId) {
        return transactions.required(em -> {
            loadPart(em, partId);
            return StockLedger.batchesOldestFirst(em, partId).stream().map(ledger::toBatch).toList();
        });
    }

    @Override
    public List<StockBatch> findBatches(Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        return transactions.required(em -> em.createQuery("SELECT b FROM StockBatch b WHERE b.id IN :ids"
                + " ORDER BY b.id", StockBatchEntity.class).setParameter("ids", List.copyOf(batchIds))
                .getResultList().stream().map(ledger::toBatch).toList());
    }

    @Override
    public List<StockBatch> findBatchesByNumber(String batch) {
        if (batch == null || batch.isBlank()) {
            return List.of();
        }
        return transactions.required(em -> batchesNumbered(em, batch.strip()).stream().map(ledger::toBatch)
                .toList());
    }

    @Override
    public Page<StockMovement> listMovements(long partId, PageRequest page) {
        return transactions.required(em -> {
            loadPart(em, partId);
            List<StockMovement> items = em.createQuery(
                    "SELECT m FROM StockMovement m WHERE m.partId = :partId ORDER BY m.id DESC", StockMovementEntity.class)
                    .setParameter("partId", partId).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(m -> toMovement(em, m)).toList();
            long total = em.createQuery("SELECT COUNT(m) FROM StockMovement m WHERE m.partId = :partId", Long.class)
                    .setParameter("partId", partId).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    @Override
    public List<IssuedQuantity> issueToWorkOrder(long partId, BigDecimal requested, long workOrderId) {
        FieldErrors errors = new FieldErrors();
        BigDecimal quantity = scaled(errors.requirePositive("quantity", requested, QUANTITY_SCALE, MAX_QUANTITY));
        errors.throwIfAny();

        long now = clock.now().toEpochMilli();
        List<IssuedQuantity> issued = transactions.required(em -> {
            PartEntity part = ledger.lockPart(em, partId, false);
            return ledger.takeOldestFirst(em, part, quantity, MovementType.ISSUE, workOrderId, null, now);
        });
        LOG.info("Issued {} of part {} to work order {} from batches {}", quantity.toPlainString(), partId,
                workOrderId, issued.stream().map(IssuedQuantity::batchId).toList());
        return issued;
    }

    @Override
    public void returnFromWorkOrder(long partId, List<IssuedQuantity> issued, long workOrderId, String note) {
        long now = clock.now().toEpochMilli();
        transactions.required(em -> {
            PartEntity part = ledger.lockPart(em, partId, false);
            return ledger.putBack(em, part, issued, workOrderId, note, now);
        });
        LOG.info("Returned part {} from work order {} to batches {}", partId, workOrderId,
                issued.stream().map(IssuedQuantity::batchId).toList());
    }

    @Override
    public List<BatchIssue> traceBatch(String batch) {
        if (batch == null || batch.isBlank()) {
            throw new ValidationException("batch", "is required");
        }
        String number = batch.strip();
        return transactions.required(em -> {
            List<StockBatchEntity> batches = batchesNumbered(em, number);
            if (batches.isEmpty()) {
                throw NotFoundException.of("Batch", number);
            }
            List<BatchIssue> issues = new ArrayList<>();
            for (StockBatchEntity entity : batches) {
                StockBatch stockBatch = ledger.toBatch(entity);
                List<Object[]> rows = em.createQuery("SELECT m.workOrderId, SUM(m.quantity) FROM StockMovement m"
                        + " WHERE m.batchId = :batchId AND m.workOrderId IS NOT NULL"
                        + " GROUP BY m.workOrderId ORDER BY m.workOrderId", Object[].class)
                        .setParameter("batchId", entity.id).getResultList();
                for (Object[] row : rows) {
                    // Issues are negative and returns positive, so a net negative sum is what the order kept.
                    BigDecimal kept = ((BigDecimal) row[1]).negate();
                    if (kept.signum() > 0) {
                        issues.add(new BatchIssue(stockBatch, (Long) row[0], kept));
                    }
                }
            }
            return issues;
        });
    }

    @Override
    public StockValuation valuation() {
        return transactions.required(em -> {
            List<StockBatchEntity> batches = em.createQuery("SELECT b FROM StockBatch b WHERE b.remaining > 0",
                    StockBatchEntity.class).getResultList();
            Map<Long, BigDecimal> values = new LinkedHashMap<>();
            for (StockBatchEntity batch : batches) {
                values.merge(batch.partId, Money.lineAmount(batch.remaining, batch.unitCost), BigDecimal::add);
            }
            List<PartValuation> parts = em.createQuery("SELECT p FROM Part p WHERE p.onHand > 0 ORDER BY p.code",
                    PartEntity.class).getResultList().stream().map(p -> new PartValuation(p.id, p.code, p.name,
                    p.unit, p.onHand, values.getOrDefault(p.id, Money.ZERO))).toList();
            BigDecimal total = parts.stream().map(PartValuation::value).reduce(Money.ZERO, BigDecimal::add);
            return new StockValuation(total, parts, clock.toShopTime(clock.now().toEpochMilli()));
        });
    }

    private static List<StockBatchEntity> batchesNumbered(EntityManager em, String batch) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.batch = :batch ORDER BY b.receivedAt, b.id",
                StockBatchEntity.class).setParameter("batch", batch).getResultList();
    }

    private Page<PartEntity> findParts(EntityManager em, String query, boolean belowSafetyStock, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null) {
            conditions.add("(p.code = :code OR p.name LIKE :name ESCAPE '\\' OR p.code LIKE :name ESCAPE '\\')");
        }
        if (belowSafetyStock) {
            conditions.add("p.onHand < p.safetyStock");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<PartEntity> select = em.createQuery("SELECT p FROM Part p" + where + " ORDER BY p.code",
                PartEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Part p" + where, Long.class);
        if (text != null) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("code", normalizeCode(text));
                q.setParameter("name", like);
            }
        }
        List<PartEntity> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
    }

    private static BinLocation location(FieldErrors errors, String text, BinLocation structured) {
        if (text != null && structured != null) {
            errors.add("location", "give either location or binLocation, not both");
            return null;
        }
        if (structured != null) {
            return BinLocations.check(errors, "binLocation", structured);
        }
        return BinLocations.parse(errors, "location", text);
    }

    private static void setLocation(PartEntity part, BinLocation location) {
        part.location = location == null ? null : location.label();
        part.warehouse = location == null ? null : location.warehouse();
        part.shelf = location == null ? null : location.shelf();
        part.bin = location == null ? null : location.bin();
    }

    private static BigDecimal checkSafetyStock(FieldErrors errors, BigDecimal safetyStock) {
        if (safetyStock.signum() < 0 || safetyStock.stripTrailingZeros().scale() > QUANTITY_SCALE
                || safetyStock.compareTo(MAX_QUANTITY) > 0) {
            errors.add("safetyStock", "must be between 0 and " + MAX_QUANTITY + " with at most three decimals");
        }
        return safetyStock;
    }

    private static Long checkSupplier(EntityManager em, Long supplierId) {
        if (supplierId != null && em.find(SupplierEntity.class, supplierId) == null) {
            throw new ValidationException("preferredSupplierId", "supplier " + supplierId + " does not exist");
        }
        return supplierId;
    }

    private static PartEntity loadPart(EntityManager em, long id) {
        PartEntity part = em.find(PartEntity.class, id, LockModeType.NONE);
        if (part == null) {
            throw NotFoundException.of("Part", id);
        }
        return part;
    }

    /**
     * Returns a validated quantity with the three decimals of the quantity columns, so that replies show the same
     * scale as later reads.
     */
    private static BigDecimal scaled(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(QUANTITY_SCALE, java.math.RoundingMode.UNNECESSARY);
    }

    static String normalizeCode(String code) {
        return code == null ? null : Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    Part toPart(PartEntity e) {
        BinLocation location = BinLocations.of(e);
        return new Part(e.id, e.code, e.name, e.spec, e.unit, e.salePrice, e.safetyStock,
                location == null ? null : location.label(), location, e.preferredSupplierId, e.onHand, e.version,
                clock.toShopTime(e.createdAt));
    }

    private StockMovement toMovement(EntityManager em, StockMovementEntity m) {
        StockBatchEntity batch = em.find(StockBatchEntity.class, m.batchId);
        return new StockMovement(m.id, m.partId, m.batchId, batch == null ? null : batch.batch,
                MovementType.valueOf(m.type), m.quantity, m.unitCost, m.workOrderId, m.note, clock.toShopTime(m.at));
    }
}
