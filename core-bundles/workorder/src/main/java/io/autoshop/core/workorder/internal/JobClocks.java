package io.autoshop.core.workorder.internal;

import io.autoshop.api.workorder.LaborLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * Reads and stops job clocks, and turns clocked milliseconds into hours with two decimals, rounded half-up once
 * over the sum so that many short pairs do not add up rounding errors.
 */
final class JobClocks {

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    /**
     * Clocked time of one labour line.
     *
     * @param millis the closed pairs plus an open one up to now
     * @param running whether a pair is open
     */
    record LineTotal(long millis, boolean running) {

        static final LineTotal NONE = new LineTotal(0, false);

        BigDecimal hours() {
            return JobClocks.hours(millis);
        }
    }

    private JobClocks() {
    }

    static BigDecimal hours(long millis) {
        return BigDecimal.valueOf(millis).divide(MILLIS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /**
     * Returns the length of a pair within {@code [from, to)}, an open pair counting up to {@code now}.
     */
    static long overlap(long startedAt, Long stoppedAt, long now, long from, long to) {
        long end = Math.min(stoppedAt == null ? Math.max(now, startedAt) : stoppedAt, to);
        long start = Math.max(startedAt, from);
        return Math.max(0, end - start);
    }

    /**
     * Returns the length of a pair, an open pair counting up to {@code now}.
     */
    static long length(ClockEntryEntity entry, long now) {
        return overlap(entry.startedAt, entry.stoppedAt, now, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Map<Long, LineTotal> totalsByLine(EntityManager em, Collection<Long> lineIds, long now) {
        if (lineIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LineTotal> totals = new HashMap<>();
        for (ClockEntryEntity entry : em.createQuery("SELECT c FROM ClockEntry c WHERE c.laborLineId IN :ids",
                ClockEntryEntity.class).setParameter("ids", List.copyOf(lineIds)).getResultList()) {
            LineTotal total = totals.getOrDefault(entry.laborLineId, LineTotal.NONE);
            totals.put(entry.laborLineId, new LineTotal(total.millis() + length(entry, now),
                    total.running() || entry.stoppedAt == null));
        }
        return totals;
    }

    static List<ClockEntryEntity> entriesOf(EntityManager em, long lineId) {
        return em.createQuery("SELECT c FROM ClockEntry c WHERE c.laborLineId = :id ORDER BY c.startedAt, c.id",
                ClockEntryEntity.class).setParameter("id", lineId).getResultList();
    }

    /**
     * Returns the open pair of a technician, or {@code null}.
     */
    static ClockEntryEntity runningOf(EntityManager em, long technicianId) {
        return em.createQuery("SELECT c FROM ClockEntry c WHERE c.runningTechnicianId = :id", ClockEntryEntity.class)
                .setParameter("id", technicianId).getResultList().stream().findFirst().orElse(null);
    }

    /**
     * Closes every open pair of an order at the given time, or at the pair's start when that is later.
     *
     * @return the closed pairs
     */
    static List<ClockEntryEntity> stopAll(EntityManager em, long workOrderId, long at) {
        List<ClockEntryEntity> running = em.createQuery(
                "SELECT c FROM ClockEntry c WHERE c.workOrderId = :id AND c.stoppedAt IS NULL ORDER BY c.id",
                ClockEntryEntity.class).setParameter("id", workOrderId).getResultList();
        running.forEach(entry -> stop(entry, at));
        em.flush();
        return running;
    }

    static void stop(ClockEntryEntity entry, long at) {
        entry.stoppedAt = Math.max(at, entry.startedAt);
        entry.runningTechnicianId = null;
    }

    static LaborLine toLaborLine(LaborLineEntity line, LineTotal total) {
        return new LaborLine(line.id, line.name, line.hours, line.rate, line.amount, line.technicianId,
                line.serviceItemId, line.standardHours, total.hours(), total.running());
    }
}
