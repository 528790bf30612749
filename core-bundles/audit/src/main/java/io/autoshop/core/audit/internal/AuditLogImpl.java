package io.autoshop.core.audit.internal;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.security.AuditEntry;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores audit entries in {@code AS_AUDIT_LOG}. {@link #record} joins the caller's transaction, so an entry
 * commits or rolls back with the change it describes. The actor is the username of the caller bound to the thread,
 * or {@code system}. Entries are kept forever: nothing in the product updates or deletes them.
 *
 * <p>The component starts only after the {@code audit} migration has run and its entity is part of the
 * persistence unit. Core services hold a mandatory reference to {@link AuditLog}, so none of them can write a
 * change before the unit contains the audit entity.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogImpl.class);

    /** Entity kinds and actions: lower case words joined by hyphens, as in {@code work-order}. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_NAME = 40;
    private static final int MAX_ACTOR = 100;

    private final Transactions transactions;
    private final ShopClock clock;

    @Activate
    public AuditLogImpl(
            @Reference(target = "(autoshop.persistence.owners=" + AuditEntities.OWNER + ")") Transactions transactions,
            @Reference ShopClock clock) {
        this.transactions = transactions;
        this.clock = clock;
        LOG.info("Audit log started");
    }

    @Deactivate
    void deactivate() {
        LOG.info("Audit log stopped");
    }

    @Override
    public void record(String entity, long entityId, String action, Map<String, ?> before, Map<String, ?> after) {
        checkName("entity", entity);
        checkName("action", action);
        AuditValues.Sides sides = AuditValues.changedOnly(before, after);
        boolean bothGiven = before != null && !before.isEmpty() && after != null && !after.isEmpty();
        if (bothGiven && sides.isEmpty()) {
            LOG.debug("Nothing changed in {} {} on {}, no audit entry", entity, entityId, action);
            return;
        }

        AuditRecordEntity row = new AuditRecordEntity();
        row.at = clock.now().toEpochMilli();
        String actor = CallerContext.actor();
        row.actor = actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
        row.userId = CallerContext.current().map(Caller::userId).orElse(null);
        row.entity = entity;
        row.entityId = entityId;
        row.action = action;
        row.beforeJson = AuditValues.toJson(sides.before());
        row.afterJson = AuditValues.toJson(sides.after());
        transactions.required(em -> {
            em.persist(row);
            // Insert now, so that ids follow the order of the calls within one transaction.
            em.flush();
            return null;
        });
        LOG.debug("Recorded audit entry {}: {} {} {} by '{}'", row.id, entity, entityId, action, row.actor);
    }

    @Override
    public Page<AuditEntry> find(String entity, Long entityId, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (entity != null) {
            where.append(" AND a.entity = :entity");
        }
        if (entityId != null) {
            where.append(" AND a.entityId = :entityId");
        }
        return transactions.required(em -> {
            TypedQuery<AuditRecordEntity> select = em.createQuery(
                    "SELECT a FROM AuditRecord a" + where + " ORDER BY a.id DESC", AuditRecordEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditRecord a" + where, Long.class);
            if (entity != null) {
                select.setParameter("entity", entity);
                count.setParameter("entity", entity);
            }
            if (entityId != null) {
                select.setParameter("entityId", entityId);
                count.setParameter("entityId", entityId);
            }
            List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(this::toEntry).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    private AuditEntry toEntry(AuditRecordEntity row) {
        return new AuditEntry(row.id, clock.toShopTime(row.at), row.actor, row.userId, row.entity, row.entityId,
                row.action, AuditValues.fromJson(row.beforeJson), AuditValues.fromJson(row.afterJson));
    }

    private static void checkName(String field, String value) {
        if (value == null || value.length() > MAX_NAME || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid audit " + field + " '" + value
                    + "': expected lower-case words joined by hyphens, at most " + MAX_NAME + " characters");
        }
    }
}
