package io.autoshop.core.inventory.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.inventory.BinLocation;
import io.autoshop.api.inventory.MovementType;
import io.autoshop.api.inventory.StockCount;
import io.autoshop.api.inventory.StockCountLine;
import io.autoshop.api.inventory.StockCountService;
import io.autoshop.api.inventory.StockCountStatus;
import io.autoshop.api.security.AuditLog;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Runs stock counts. Entering a counted quantity locks the count row and then the part row, so that the book
 * quantity it records matches the stock at that moment. Posting locks the count row and then every part row in
 * ascending id order before it books the adjustments.
 */
@Component(service = StockCountService.class)
public final class StockCountServiceImpl implements StockCountService {

    private static final Logger LOG = LoggerFactory.getLogger(StockCountServiceImpl.class);

    private final Transactions transactions;
    private final ShopClock clock;
    private final StockLedger ledger;
    private final AuditLog audit;

    @Activate
    public StockCountServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + InventoryEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EventAdmin events,
            @Reference AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.ledger = new StockLedger(transactions, clock, events, audit);
    }

    @Override
    public StockCount startCount(String location) {
        FieldErrors errors = new FieldErrors();
        BinLocation prefix = BinLocations.parse(errors, "location", location);
        errors.throwIfAny();

        StockCount started = transactions.required(em -> {
            StockCountEntity count = new StockCountEntity();
            count.location = prefix == null ? null : prefix.label();
            count.status = StockCountStatus.OPEN.name();
            count.createdAt = clock.now().toEpochMilli();
            em.persist(count);
            em.flush();
            for (PartEntity part : partsAt(em, prefix)) {
                StockCountLineEntity line = new StockCountLineEntity();
                line.countId = count.id;
                line.partId = part.id;
                line.expected = part.onHand;
                em.persist(line);
            }
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", count.status);
            after.put("location", count.location);
            audit.record(InventoryAudit.STOCK_COUNT, count.id, "create", Map.of(), after);
            return toCount(em, count);
        });
        LOG.info("Started stock count {} of {} with {} parts", started.id(),
                started.location() == null ? "all locations" : "location '" + started.location() + "'",
                started.lines().size());
        return started;
    }

    @Override
    public StockCount getCount(long id) {
        return transactions.required(em -> toCount(em, loadCount(em, id, LockModeType.NONE)));
    }

    @Override
    public Page<StockCount> listCounts(PageRequest page) {
        return transactions.required(em -> {
            List<StockCount> items = em.createQuery("SELECT c FROM StockCount c ORDER BY c.id DESC",
                    StockCountEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(c -> toCount(em, c)).toList();
            long total = em.createQuery("SELECT COUNT(c) FROM StockCount c", Long.class).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    @Override
    public StockCount enterCounted(long countId, long partId, BigDecimal counted) {
        FieldErrors errors = new FieldErrors();
        if (errors.require("counted", counted) != null && (counted.signum() < 0
                || counted.stripTrailingZeros().scale() > InventoryServiceImpl.QUANTITY_SCALE
                || counted.compareTo(InventoryServiceImpl.MAX_QUANTITY) > 0)) {
            errors.add("counted", "must be between 0 and " + InventoryServiceImpl.MAX_QUANTITY
                    + " with at most three decimals, got " + counted.toPlainString());
        }
        errors.throwIfAny();

        StockCount updated = transactions.required(em -> {
            StockCountEntity count = loadOpenCount(em, countId);
            StockCountLineEntity line = lineOf(em, countId, partId);
            PartEntity part = ledger.lockPart(em, partId, false);
            line.counted = counted;
            line.bookAtCount = part.onHand;
            em.flush();
            return toCount(em, count);
        });
        LOG.info("Stock count {}: part {} counted {}", countId, partId, counted.toPlainString());
        return updated;
    }

    @Override
    public StockCount postCount(long countId, String reason) {
        FieldErrors errors = new FieldErrors();
        String text = errors.requireText("reason", reason, 400);
        errors.throwIfAny();

        long now = clock.now().toEpochMilli();
        int[] adjusted = new int[1];
        StockCount posted = transactions.required(em -> {
            StockCountEntity count = loadOpenCount(em, countId);
            List<StockCountLineEntity> lines = new ArrayList<>(linesOf(em, countId));
            // Lock order: count row first (above), then the part rows in ascending id order.
            lines.sort(Comparator.comparingLong(l -> l.partId));
            String note = "stock count " + countId + ": " + text;
            for (StockCountLineEntity line : lines) {
                if (line.counted == null) {
                    continue;
                }
                BigDecimal difference = line.counted.subtract(line.bookAtCount);
                if (difference.signum() == 0) {
                    continue;
                }
                PartEntity part = ledger.lockPart(em, line.partId, false);
                if (difference.signum() < 0) {
                    ledger.takeOldestFirst(em, part, difference.negate(), MovementType.ADJUSTMENT, null, note, now);
                } else {
                    StockLedger.NewBatch surplus = new StockLedger.NewBatch("CNT" + countId + "-" + part.id, null,
                            null, null, StockLedger.lastUnitCost(em, part.id));
                    ledger.addBatch(em, part, surplus, difference, MovementType.ADJUSTMENT, note, now);
                }
                adjusted[0]++;
            }
            count.status = StockCountStatus.POSTED.name();
            count.reason = text;
            count.postedAt = now;
            em.flush();
            audit.record(InventoryAudit.STOCK_COUNT, count.id, "post", Map.of("status", StockCountStatus.OPEN.name()),
                    Map.of("status", count.status, "reason", text, "adjustments", adjusted[0]));
            return toCount(em, count);
        });
        LOG.info("Posted stock count {} with {} adjustments: {}", countId, adjusted[0], text);
        return posted;
    }

    private static List<PartEntity> partsAt(EntityManager em, BinLocation prefix) {
        List<String> conditions = new ArrayList<>();
        if (prefix != null) {
            conditions.add("p.warehouse = :warehouse");
            if (prefix.shelf() != null) {
                conditions.add("p.shelf = :shelf");
            }
            if (prefix.bin() != null) {
                conditions.add("p.bin = :bin");
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<PartEntity> query = em.createQuery("SELECT p FROM Part p" + where + " ORDER BY p.code",
                PartEntity.class);
        if (prefix != null) {
            query.setParameter("warehouse", prefix.warehouse());
            if (prefix.shelf() != null) {
                query.setParameter("shelf", prefix.shelf());
            }
            if (prefix.bin() != null) {
                query.setParameter("bin", prefix.bin());
            }
        }
        return query.getResultList();
    }

    private static StockCountEntity loadCount(EntityManager em, long id, LockModeType lock) {
        StockCountEntity count = em.find(StockCountEntity.class, id, lock);
        if (count == null) {
            throw NotFoundException.of("Stock count", id);
        }
        return count;
    }

    private static StockCountEntity loadOpenCount(EntityManager em, long id) {
        StockCountEntity count = loadCount(em, id, LockModeType.PESSIMISTIC_WRITE);
        if (!StockCountStatus.OPEN.name().equals(count.status)) {
            throw new ConflictException("Stock count " + id + " is " + count.status + " and can no longer change");
        }
        return count;
    }

    private static StockCountLineEntity lineOf(EntityManager em, long countId, long partId) {
        return em.createQuery("SELECT l FROM StockCountLine l WHERE l.countId = :countId AND l.partId = :partId",
                StockCountLineEntity.class).setParameter("countId", countId).setParameter("partId", partId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> NotFoundException.of("Part", partId + " in stock count " + countId));
    }

    private static List<StockCountLineEntity> linesOf(EntityManager em, long countId) {
        return em.createQuery("SELECT l FROM StockCountLine l WHERE l.countId = :countId ORDER BY l.id",
                StockCountLineEntity.class).setParameter("countId", countId).getResultList();
    }

    private StockCount toCount(EntityManager em, StockCountEntity count) {
        List<StockCountLine> lines = new ArrayList<>();
        for (StockCountLineEntity line : linesOf(em, count.id)) {
            PartEntity part = em.find(PartEntity.class, line.partId);
            BinLocation location = BinLocations.of(part);
            BigDecimal difference = line.counted == null ? null : line.counted.subtract(line.bookAtCount);
            lines.add(new StockCountLine(part.id, part.code, part.name, location == null ? null : location.label(),
                    line.expected, line.counted, line.bookAtCount, difference));
        }
        lines.sort(Comparator.comparing(StockCountLine::partCode));
        return new StockCount(count.id, count.location, StockCountStatus.valueOf(count.status), count.reason, lines,
                clock.toShopTime(count.createdAt), clock.toShopTime(count.postedAt), count.version);
    }
}
