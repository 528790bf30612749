package io.autoshop.core.notice.internal;

import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.notice.Notice;
import io.autoshop.api.notice.NoticeChannel;
import io.autoshop.api.notice.NoticeOutbox;
import io.autoshop.api.notice.NoticeStatus;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox: writes notice rows in the caller's transaction and runs the dispatcher that hands
 * them to the registered channels. Channels come and go with their plugins; rows of a missing channel wait
 * until it returns.
 */
@Component(service = NoticeOutbox.class, configurationPid = NoticeOutboxImpl.PID, immediate = true)
@Designate(ocd = NoticeConfig.class)
public final class NoticeOutboxImpl implements NoticeOutbox {

    static final String PID = "io.autoshop.notices";

    private static final Logger LOG = LoggerFactory.getLogger(NoticeOutboxImpl.class);

    private final Transactions transactions;
    private final ShopClock clock;
    private final CustomerService customers;
    private final Map<String, RegisteredChannel> channels = new ConcurrentHashMap<>();
    private final NoticeDispatcher dispatcher;
    private volatile NoticeSettings settings;

    /** A channel service with the bundle that registered it, named in logs. */
    record RegisteredChannel(NoticeChannel channel, String bundle) {
    }

    @Activate
    public NoticeOutboxImpl(
            @Reference(target = "(autoshop.persistence.owners=" + NoticeEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference CustomerService customers,
            NoticeConfig config) {
        this.transactions = transactions;
        this.clock = clock;
        this.customers = customers;
        this.settings = NoticeSettings.of(config);
        this.dispatcher = new NoticeDispatcher(transactions, clock, channels::get, () -> settings,
                customerId -> customers.getCustomer(customerId).phone());
        dispatcher.start();
    }

    @Modified
    void modified(NoticeConfig config) {
        settings = NoticeSettings.of(config);
        dispatcher.reschedule();
        LOG.info("Notice settings changed: events {}, poll every {}", settings.events(), settings.pollInterval());
    }

    @Deactivate
    void deactivate() {
        dispatcher.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(ServiceReference<NoticeChannel> reference, NoticeChannel channel) {
        String bundle = reference.getBundle() == null ? "unknown" : reference.getBundle().getSymbolicName();
        String id;
        try {
            id = channel.id();
        } catch (RuntimeException e) {
            LOG.error("Notice channel of bundle {} failed to tell its id and is ignored", bundle, e);
            return;
        }
        RegisteredChannel previous = channels.put(id, new RegisteredChannel(channel, bundle));
        if (previous != null) {
            LOG.warn("Notice channel '{}' of bundle {} replaces the one of bundle {}", id, bundle, previous.bundle());
        }
        LOG.info("Notice channel '{}' of bundle {} is available", id, bundle);
        dispatcher.wake();
    }

    void removeChannel(NoticeChannel channel) {
        channels.entrySet().removeIf(entry -> {
            if (entry.getValue().channel() == channel) {
                LOG.info("Notice channel '{}' of bundle {} is gone; its notices wait for it", entry.getKey(),
                        entry.getValue().bundle());
                return true;
            }
            return false;
        });
    }

    @Override
    public void enqueue(WorkOrder order) {
        NoticeSettings current = settings;
        if (!current.events().contains(order.status()) || channels.isEmpty()) {
            return;
        }
        String event = eventKey(order);
        String link = current.linkOf(order.trackingUrl());
        Notice template = new Notice(null, order.id(), order.number(), event, order.customerId(), null,
                order.plate(), order.status().label(), link,
                order.status() == WorkOrderStatus.SETTLED ? order.totals().total() : null, null, 0);
        String text = NoticeSettings.render(current.templates().get(order.status()), template.parameters());
        long now = clock.now().toEpochMilli();
        transactions.required(em -> {
            for (String channel : List.copyOf(channels.keySet())) {
                String key = "WO" + order.id() + ":" + event + ":" + channel;
                if (exists(em, key)) {
                    continue;
                }
                NoticeEntity row = new NoticeEntity();
                row.idempotencyKey = key;
                row.workOrderId = order.id();
                row.orderNumber = order.number();
                row.event = event;
                row.channel = channel;
                row.customerId = order.customerId();
                row.plate = order.plate();
                row.statusLabel = order.status().label();
                row.link = link;
                row.amount = template.amount();
                row.text = text;
                row.state = NoticeEntity.PENDING;
                row.attempts = 0;
                row.nextAttemptAt = now;
                row.createdAt = now;
                em.persist(row);
            }
            em.flush();
            return null;
        });
        transactions.afterCommit(dispatcher::wake);
    }

    @Override
    public List<NoticeStatus> list(long workOrderId) {
        return transactions.required(em -> em
                .createQuery("SELECT n FROM Notice n WHERE n.workOrderId = :id ORDER BY n.id", NoticeEntity.class)
                .setParameter("id", workOrderId).getResultList().stream()
                .map(n -> new NoticeStatus(n.id, n.idempotencyKey, n.workOrderId, n.event, n.channel, n.state,
                        n.attempts, n.lastError, clock.toShopTime(n.createdAt),
                        clock.toShopTime(n.nextAttemptAt), clock.toShopTime(n.sentAt)))
                .toList());
    }

    /**
     * Names the event of the order's current status. A status entered again after a failed inspection gets the
     * round number, so that each round notifies once: {@code IN_REPAIR#2}.
     */
    static String eventKey(WorkOrder order) {
        boolean repeatable = order.status() == WorkOrderStatus.IN_REPAIR
                || order.status() == WorkOrderStatus.INSPECTION;
        return repeatable && order.reworkCount() > 0
                ? order.status().name() + "#" + (order.reworkCount() + 1)
                : order.status().name();
    }

    private static boolean exists(EntityManager em, String key) {
        return !em.createQuery("SELECT n.id FROM Notice n WHERE n.idempotencyKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty();
    }

    @Override
    public String publicLink(String trackingUrl) {
        return settings.linkOf(trackingUrl);
    }
}
