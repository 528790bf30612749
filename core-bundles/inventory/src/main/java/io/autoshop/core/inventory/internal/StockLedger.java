package io.autoshop.core.inventory.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.Money;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import io.autoshop.api.inventory.IssuedQuantity;
import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.security.AuditLog;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stock changes shared by issues, returns, receipts and count adjustments. Every method that changes stock
 * expects the part row to be locked by {@link #lockPart}, keeps the part's on-hand quantity equal to the sum of
 * its batches, records one movement per batch touched, writes an audit entry for each movement and posts the
 * stock events after commit.
 *
 * <p>Lock order: a caller that also locks a work order, purchase order or stock count row locks that row
 * first and then the part rows in ascending id order. The callers in this bundle and the work-order service follow
 * it by convention, nothing checks it; a deadlock that still happens is rolled back and retried by Transactions.
 */
final class StockLedger {

    private static final Logger LOG = LoggerFactory.getLogger(StockLedger.class);
    private static final DateTimeFormatter BATCH_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Transactions transactions;
    private final ShopClock clock;
    private final EventAdmin events;
    private final AuditLog audit;

    StockLedger(Transactions transactions, ShopClock clock, EventAdmin events, AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /**
     * A new batch: supplier name and record, purchase order, unit cost and batch number ({@code null} for a
     * generated one).
     */
    record NewBatch(String batch, String supplier, Long supplierId, Long purchaseOrderId, BigDecimal unitCost) {
    }

    /**
     * Locks the part row for a stock change.
     *
     * @param reference {@code true} when the id comes from a request body, where an unknown part is invalid
     *        input (422), {@code false} when it names the resource (404)
     */
    PartEntity lockPart(EntityManager em, long partId, boolean reference) {
        PartEntity part = em.find(PartEntity.class, partId, LockModeType.PESSIMISTIC_WRITE);
        if (part == null) {
            if (reference) {
                throw new ValidationException("partId", "part " + partId + " does not exist");
            }
            throw NotFoundException.of("Part", partId);
        }
        return part;
    }

    /**
     * Adds a new batch to the locked part and records the movement.
     */
    StockBatchEntity addBatch(EntityManager em, PartEntity part, NewBatch spec, BigDecimal quantity,
            MovementType type, String note, long now) {
        StockBatchEntity entity = new StockBatchEntity();
        entity.partId = part.id;
        entity.batch = spec.batch() == null ? "PENDING" : spec.batch();
        entity.supplier = spec.supplier();
        entity.supplierId = spec.supplierId();
        entity.purchaseOrderId = spec.purchaseOrderId();
        entity.unitCost = spec.unitCost();
        entity.receivedQuantity = quantity;
        entity.remaining = quantity;
        entity.receivedAt = now;
        em.persist(entity);
        em.flush();
        if (spec.batch() == null) {
            entity.batch = "B" + BATCH_DATE.format(clock.toShopTime(now)) + "-" + entity.id;
        }
        part.onHand = part.onHand.add(quantity);
        recordMovement(em, entity, type, quantity, null, note, now);
        changed(part, type, quantity, now);
        return entity;
    }

    /**
     * Takes a quantity from the locked part's batches, oldest first.
     *
     * @throws ConflictException when the part has less than the quantity in stock; nothing changes then
     */
    List<IssuedQuantity> takeOldestFirst(EntityManager em, PartEntity part, BigDecimal quantity, MovementType type,
            Long workOrderId, String note, long now) {
        List<StockBatchEntity> batches = batchesOldestFirst(em, part.id);
        List<FifoAllocator.Take> takes = FifoAllocator.allocate(
                batches.stream().map(b -> new FifoAllocator.Available(b.id, b.remaining)).toList(), quantity);
        if (takes.isEmpty()) {
            throw new ConflictException("Part " + part.code + " has " + plain(part.onHand) + " " + part.unit
                    + " in stock, " + plain(quantity) + " requested");
        }
        List<IssuedQuantity> taken = new ArrayList<>();
        for (FifoAllocator.Take take : takes) {
            StockBatchEntity batch = batches.stream().filter(b -> b.id == take.batchId()).findFirst().orElseThrow();
            batch.remaining = batch.remaining.subtract(take.quantity());
            recordMovement(em, batch, type, take.quantity().negate(), workOrderId, note, now);
            taken.add(new IssuedQuantity(batch.id, batch.batch, take.quantity(), batch.unitCost));
        }
        part.onHand = part.onHand.subtract(quantity);
        changed(part, type, quantity.negate(), now);
        return taken;
    }

    /**
     * Puts quantities back into the batches of the locked part they were taken from.
     */
    BigDecimal putBack(EntityManager em, PartEntity part, List<IssuedQuantity> quantities, Long workOrderId,
            String note, long now) {
        BigDecimal total = BigDecimal.ZERO;
        for (IssuedQuantity quantity : quantities) {
            StockBatchEntity batch = em.find(StockBatchEntity.class, quantity.batchId());
            if (batch == null || batch.partId != part.id) {
                throw new ValidationException("batchId",
                        "batch " + quantity.batchId() + " does not belong to part " + part.id);
            }
            batch.remaining = batch.remaining.add(quantity.quantity());
            recordMovement(em, batch, MovementType.RETURN, quantity.quantity(), workOrderId, note, now);
            total = total.add(quantity.quantity());
        }
        part.onHand = part.onHand.add(total);
        changed(part, MovementType.RETURN, total, now);
        return total;
    }

    /**
     * Re-evaluates the low-stock alert of a locked part whose safety stock changed.
     */
    void safetyStockChanged(PartEntity part) {
        checkLowStock(part);
    }

    /**
     * Returns the unit cost of the part's most recently received batch, or 0.00 when it was never received.
     */
    static BigDecimal lastUnitCost(EntityManager em, long partId) {
        return em.createQuery("SELECT b.unitCost FROM StockBatch b WHERE b.partId = :partId"
                + " ORDER BY b.receivedAt DESC, b.id DESC", BigDecimal.class).setParameter("partId", partId)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(Money.ZERO);
    }

    static List<StockBatchEntity> batchesOldestFirst(EntityManager em, long partId) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.partId = :partId AND b.remaining > 0"
                + " ORDER BY b.receivedAt, b.id", StockBatchEntity.class).setParameter("partId", partId)
                .getResultList();
    }

    StockBatch toBatch(StockBatchEntity e) {
        return new StockBatch(e.id, e.partId, e.batch, e.supplier, e.supplierId, e.purchaseOrderId, e.unitCost,
                e.receivedQuantity, e.remaining, clock.toShopTime(e.receivedAt));
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
        audit.record(InventoryAudit.STOCK_MOVEMENT, movement.id, InventoryAudit.action(movement.type), Map.of(),
                InventoryAudit.movement(movement, batch));
    }

    private void changed(PartEntity part, MovementType type, BigDecimal quantity, long now) {
        part.updatedAt = now;
        Event event = new Event(Topics.STOCK_CHANGED, Map.of(EventProperties.PART_ID, part.id,
                EventProperties.MOVEMENT_TYPE, type.name(), EventProperties.QUANTITY, quantity,
                EventProperties.ON_HAND, part.onHand));
        transactions.afterCommit(() -> events.postEvent(event));
        checkLowStock(part);
    }

    private void checkLowStock(PartEntity part) {
        LowStockAlert.Outcome outcome = LowStockAlert.evaluate(part.lowStockAlerted, part.onHand, part.safetyStock);
        part.lowStockAlerted = outcome.alerted();
        if (!outcome.raise()) {
            return;
        }
        long partId = part.id;
        String code = part.code;
        BigDecimal onHand = part.onHand;
        BigDecimal safetyStock = part.safetyStock;
        Event event = new Event(Topics.STOCK_LOW, Map.of(EventProperties.PART_ID, partId,
                EventProperties.PART_CODE, code, EventProperties.ON_HAND, onHand,
                EventProperties.SAFETY_STOCK, safetyStock));
        transactions.afterCommit(() -> {
            LOG.info("Part {} '{}' fell below its safety stock: {} on hand, safety stock {}", partId, code,
                    plain(onHand), plain(safetyStock));
            events.postEvent(event);
        });
    }

    static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
