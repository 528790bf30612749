package io.autoshop.core.notice.internal;

import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.Notice;
import io.autoshop.core.notice.internal.NoticeOutboxImpl.RegisteredChannel;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javax.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox rows on one thread, so that no row is handed to a channel twice at the same time. Each
 * row is read in one transaction, sent outside any transaction, and its outcome stored in another. A crash
 * between sending and storing leaves the row pending, so it is sent again. The outbox stores no phone number: it is
 * read from the customer, decrypted, just before sending.
 */
final class NoticeDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final int BATCH_SIZE = 50;
    private static final int MAX_ERROR_LENGTH = 500;

    private final Transactions transactions;
    private final ShopClock clock;
    private final Function<String, RegisteredChannel> channels;
    private final Supplier<NoticeSettings> settings;
    private final LongFunction<String> phones;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "autoshop-notice-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> poll;

    NoticeDispatcher(Transactions transactions, ShopClock clock, Function<String, RegisteredChannel> channels,
            Supplier<NoticeSettings> settings, LongFunction<String> phones) {
        this.transactions = transactions;
        this.clock = clock;
        this.channels = channels;
        this.settings = settings;
        this.phones = phones;
    }

    synchronized void start() {
        long seconds = settings.get().pollInterval().toSeconds();
        poll = executor.scheduleWithFixedDelay(this::runSafely, 1, seconds, TimeUnit.SECONDS);
    }

    synchronized void reschedule() {
        if (poll != null) {
            poll.cancel(false);
        }
        start();
    }

    /**
     * Asks for a delivery round as soon as the dispatcher thread is free.
     */
    void wake() {
        try {
            executor.execute(this::runSafely);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Notice dispatcher is stopped; wake-up ignored");
        }
    }

    void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Notice dispatcher did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.error("Notice delivery round failed; the next round tries again", e);
        }
    }

    /** A due row as handed to its channel. */
    private record Due(long id, String channel, Notice notice) {
    }

    void deliverDue() {
        List<Due> due = transactions.required(em -> em
                .createQuery("SELECT n FROM Notice n WHERE n.state = :state AND n.nextAttemptAt <= :now "
                        + "ORDER BY n.nextAttemptAt, n.id", NoticeEntity.class)
                .setParameter("state", NoticeEntity.PENDING).setParameter("now", clock.now().toEpochMilli())
                .setMaxResults(BATCH_SIZE * 4).getResultList().stream()
                .filter(n -> channels.apply(n.channel) != null)
                .limit(BATCH_SIZE)
                .map(n -> new Due(n.id, n.channel, new Notice(n.idempotencyKey, n.workOrderId, n.orderNumber,
                        n.event, n.customerId, null, n.plate, n.statusLabel, n.link, n.amount, n.text,
                        n.attempts)))
                .toList());
        for (Due row : due) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            RegisteredChannel channel = channels.apply(row.channel());
            if (channel != null) {
                store(row, withPhone(row).map(addressed -> send(channel, addressed))
                        .orElseGet(() -> DeliveryResult.retry("phone number of customer "
                                + row.notice().customerId() + " is not available")));
            }
        }
    }

    /**
     * Returns the row with the customer's current phone number, or empty when it cannot be read, for example while
     * the shop's field cipher is not running.
     */
    private Optional<Due> withPhone(Due row) {
        Notice n = row.notice();
        try {
            String phone = phones.apply(n.customerId());
            return Optional.of(new Due(row.id(), row.channel(), new Notice(n.idempotencyKey(),
                    n.workOrderId(), n.workOrderNumber(), n.event(), n.customerId(), phone, n.plate(),
                    n.statusLabel(), n.link(), n.amount(), n.text(), n.attempt())));
        } catch (RuntimeException e) {
            LOG.warn("Notice {}: phone number of customer {} cannot be read: {}", n.idempotencyKey(),
                    n.customerId(), e.toString());
            return Optional.empty();
        }
    }

    private DeliveryResult send(RegisteredChannel channel, Due row) {
        try {
            DeliveryResult result = channel.channel().send(row.notice());
            return result == null ? DeliveryResult.retry("channel returned no result") : result;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Notice channel '{}' of bundle {} threw on notice {}", row.channel(), channel.bundle(),
                    row.notice().idempotencyKey(), e);
            return DeliveryResult.retry("channel threw " + e.getClass().getName());
        }
    }

    private void store(Due row, DeliveryResult result) {
        NoticeSettings current = settings.get();
        long now = clock.now().toEpochMilli();
        String key = row.notice().idempotencyKey();
        transactions.required(em -> {
            NoticeEntity entity = em.find(NoticeEntity.class, row.id(), LockModeType.PESSIMISTIC_WRITE);
            if (entity == null || !NoticeEntity.PENDING.equals(entity.state)) {
                return null;
            }
            entity.attempts++;
            switch (result.outcome()) {
                case SENT:
                    entity.state = NoticeEntity.SENT;
                    entity.sentAt = now;
                    entity.providerId = truncate(result.detail(), 100);
                    LOG.info("Notice {} sent over {} (work order {}, attempt {}), provider id {}", key,
                            row.channel(), entity.workOrderId, entity.attempts, entity.providerId);
                    break;
                case SKIPPED:
                    entity.state = NoticeEntity.SKIPPED;
                    entity.lastError = truncate(result.detail(), MAX_ERROR_LENGTH);
                    LOG.info("Notice {} skipped by {}: {}", key, row.channel(), result.detail());
                    break;
                case GIVE_UP:
                    entity.state = NoticeEntity.FAILED;
                    entity.lastError = truncate(result.detail(), MAX_ERROR_LENGTH);
                    LOG.error("Notice {} over {} failed for good after attempt {}: {}", key, row.channel(),
                            entity.attempts, result.detail());
                    break;
                default:
                    retry(entity, result, current, now, key);
                    break;
            }
            return null;
        });
    }

    private static void retry(NoticeEntity entity, DeliveryResult result, NoticeSettings settings, long now,
            String key) {
        entity.lastError = truncate(result.detail(), MAX_ERROR_LENGTH);
        if (entity.attempts >= settings.maxAttempts()) {
            entity.state = NoticeEntity.FAILED;
            LOG.error("Notice {} over {} failed after {} attempts, the last because: {}", key, entity.channel,
                    entity.attempts, result.detail());
            return;
        }
        Duration delay = settings.backoff(entity.attempts);
        if (result.retryAfter() != null && result.retryAfter().compareTo(delay) > 0) {
            delay = result.retryAfter();
        }
        entity.nextAttemptAt = now + delay.toMillis();
        LOG.warn("Notice {} over {} not delivered (attempt {}), next try in {} s: {}", key, entity.channel,
                entity.attempts, delay.toSeconds(), result.detail());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
