package io.autoshop.core.inventory.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.PartInput;
import io.autoshop.api.inventory.ReceiptInput;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.inventory.StockMovement;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps stock per batch. Every change of a part's stock first locks the part row, so that concurrent issues,
 * returns and receipts of one part run one after the other and stock cannot go below zero.
 */
@Component(service = InventoryService.class)
public final class InventoryServiceImpl implements InventoryService {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryServiceImpl.class);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final int QUANTITY_SCALE = 3;
    private static final DateTimeFormatter BATCH_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Transactions transactions;
    private final ShopClock clock;
    private final EventAdmin events;

    @Activate
    public InventoryServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + InventoryEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EventAdmin events) {
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
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
        entity.location = errors.optionalText("location", input.location(), 40);
        BigDecimal safetyStock = input.safetyStock() == null ? BigDecimal.ZERO : input.safetyStock();
        if (safetyStock.signum() < 0 || safetyStock.stripTrailingZeros().scale() > QUANTITY_SCALE
                || safetyStock.compareTo(MAX_QUANTITY) > 0) {
            errors.add("safetyStock", "must be between 0 and " + MAX_QUANTITY + " with at most three decimals");
        }
        errors.throwIfAny();

        entity.code = code;
        entity.safetyStock = scaled(safetyStock);
        entity.onHand = BigDecimal.ZERO;
        long now = clock.now().toEpochMilli();
        entity.createdAt = now;
        entity.updatedAt = now;
        Part created = transactions.required(em -> {
            List<Long> existing = em.createQuery("SELECT p.id FROM Part p WHERE p.code = :code", Long.class)
                    .setParameter("code", code).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("Part code " + code + " is already used by part " + existing.get(0));
            }
            em.persist(entity);
            em.flush();
            return toPart(entity);
        });
        LOG.info("Created part {} with code '{}'", created.id(), created.code());
        return created;
    }

    @Override
    public Part getPart(long id) {
        return transactions.required(em -> toPart(loadPart(em, id, LockModeType.NONE)));
    }

    @Override
    public Page<Part> searchParts(String query, boolean belowSafetyStock, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null) {
            conditions.add("(p.code = :code OR p.name LIKE :name ESCAPE '\\' OR p.code LIKE :name ESCAPE '\\')");
        }
        if (belowSafetyStock) {
            conditions.add("p.onHand < p.safetyStock");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return transactions.required(em -> {
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
            List<Part> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(this::toPart).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
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
            PartEntity part = loadPartForReference(em, partId);
            em.lock(part, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(part);
            StockBatchEntity entity = new StockBatchEntity();
            entity.partId = part.id;
            entity.batch = batchCode == null ? "PENDING" : batchCode;
            entity.supplier = supplier;
            entity.unitCost = unitCost;
            entity.receivedQuantity = quantity;
            entity.remaining = quantity;
            entity.receivedAt = now;
            em.persist(entity);
            em.flush();
            if (batchCode == null) {
                entity.batch = "B" + BATCH_DATE.format(clock.toShopTime(now)) + "-" + entity.id;
            }
            part.onHand = part.onHand.add(quantity);
            part.updatedAt = now;
            recordMovement(em, entity, MovementType.RECEIPT, quantity, null, null, now);
            postStockChanged(part, MovementType.RECEIPT, quantity);
            return toBatch(entity);
        });
        LOG.info("Received {} of part {} into batch '{}' ({})", quantity.toPlainString(), partId, batch.batch(),
                batch.id());
        return batch;
    }

    @Override
    public List<StockBatch> listBatches(long partId) {
        return transactions.required(em -> {
            loadPart(em, partId, LockModeType.NONE);
            return batchesOldestFirst(em, partId).stream().map(this::toBatch).toList();
        });
    }

    @Override
    public Page<StockMovement> listMovements(long partId, PageRequest page) {
        return transactions.required(em -> {
            loadPart(em, partId, LockModeType.NONE);
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
            PartEntity part = loadPart(em, partId, LockModeType.PESSIMISTIC_WRITE);
            List<StockBatchEntity> batches = batchesOldestFirst(em, partId);
            List<FifoAllocator.Take> takes = FifoAllocator.allocate(
                    batches.stream().map(b -> new FifoAllocator.Available(b.id, b.remaining)).toList(), quantity);
            if (takes.isEmpty()) {
                throw new ConflictException("Part " + part.code + " has " + part.onHand.stripTrailingZeros()
                        .toPlainString() + " " + part.unit + " in stock, " + quantity.stripTrailingZeros()
                        .toPlainString() + " requested");
            }
            List<IssuedQuantity> result = new ArrayList<>();
            for (FifoAllocator.Take take : takes) {
                StockBatchEntity batch = batches.stream().filter(b -> b.id == take.batchId()).findFirst().orElseThrow();
                batch.remaining = batch.remaining.subtract(take.quantity());
                recordMovement(em, batch, MovementType.ISSUE, take.quantity().negate(), workOrderId, null, now);
                result.add(new IssuedQuantity(batch.id, batch.batch, take.quantity(), batch.unitCost));
            }
            part.onHand = part.onHand.subtract(quantity);
            part.updatedAt = now;
            postStockChanged(part, MovementType.ISSUE, quantity.negate());
            return result;
        });
        LOG.info("Issued {} of part {} to work order {} from batches {}", quantity.toPlainString(), partId,
                workOrderId, issued.stream().map(IssuedQuantity::batchId).toList());
        return issued;
    }

    @Override
    public void returnFromWorkOrder(long partId, List<IssuedQuantity> issued, long workOrderId, String note) {
        long now = clock.now().toEpochMilli();
        transactions.required(em -> {
            PartEntity part = loadPart(em, partId, LockModeType.PESSIMISTIC_WRITE);
            BigDecimal total = BigDecimal.ZERO;
            for (IssuedQuantity quantity : issued) {
                StockBatchEntity batch = em.find(StockBatchEntity.class, quantity.batchId());
                if (batch == null || batch.partId != partId) {
                    throw new ValidationException("batchId",
                            "batch " + quantity.batchId() + " does not belong to part " + partId);
                }
                batch.remaining = batch.remaining.add(quantity.quantity());
                recordMovement(em, batch, MovementType.RETURN, quantity.quantity(), workOrderId, note, now);
                total = total.add(quantity.quantity());
            }
            part.onHand = part.onHand.add(total);
            part.updatedAt = now;
            postStockChanged(part, MovementType.RETURN, total);
            return null;
        });
        LOG.info("Returned part {} from work order {} to batches {}", partId, workOrderId,
                issued.stream().map(IssuedQuantity::batchId).toList());
    }

    private void recordMovement(EntityManager em, StockBatchEntity batch, MovementType type, BigDecimal quantity,
            Long workOrderId, String note, long at) {
        StockMovementEntity movement = new StockMovementEntity();
        movement.partId = batch.partId;
        movement.batchId = batch.id;
        movement.type = type.name();
        movement.quantity = quantity;
        movement.unitCost = batch.unitCost;
        movement.workOrderId = workOrderId;
        movement.note = note;
        movement.at = at;
        em.persist(movement);
        // Insert now: EclipseLink does not keep the persist order of new rows, and ids order the movements.
        em.flush();
    }

    private void postStockChanged(PartEntity part, MovementType type, BigDecimal quantity) {
        Event event = new Event(Topics.STOCK_CHANGED, Map.of(EventProperties.PART_ID, part.id,
                EventProperties.MOVEMENT_TYPE, type.name(), EventProperties.QUANTITY, quantity,
                EventProperties.ON_HAND, part.onHand));
        transactions.afterCommit(() -> events.postEvent(event));
    }

    private static List<StockBatchEntity> batchesOldestFirst(EntityManager em, long partId) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.partId = :partId AND b.remaining > 0"
                + " ORDER BY b.receivedAt, b.id", StockBatchEntity.class).setParameter("partId", partId)
                .getResultList();
    }

    private static PartEntity loadPart(EntityManager em, long id, LockModeType lock) {
        PartEntity part = em.find(PartEntity.class, id, lock);
        if (part == null) {
            throw NotFoundException.of("Part", id);
        }
        return part;
    }

    /**
     * Loads a part named inside a request body, where an unknown id is invalid input rather than a missing
     * resource.
     */
    private static PartEntity loadPartForReference(EntityManager em, long id) {
        PartEntity part = em.find(PartEntity.class, id);
        if (part == null) {
            throw new ValidationException("partId", "part " + id + " does not exist");
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

    private Part toPart(PartEntity e) {
        return new Part(e.id, e.code, e.name, e.spec, e.unit, e.salePrice, e.safetyStock, e.location, e.onHand,
                e.version, clock.toShopTime(e.createdAt));
    }

    private StockBatch toBatch(StockBatchEntity e) {
        return new StockBatch(e.id, e.partId, e.batch, e.supplier, e.unitCost, e.receivedQuantity, e.remaining,
                clock.toShopTime(e.receivedAt));
    }

    private StockMovement toMovement(EntityManager em, StockMovementEntity m) {
        StockBatchEntity batch = em.find(StockBatchEntity.class, m.batchId);
        return new StockMovement(m.id, m.partId, m.batchId, batch == null ? null : batch.batch,
                MovementType.valueOf(m.type), m.quantity, m.unitCost, m.workOrderId, m.note, clock.toShopTime(m.at));
    }
}
