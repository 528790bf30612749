package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * A labour line of a work order.
 *
 * @param id database id
 * @param name the work done, for example 更换机油机滤
 * @param hours labour hours charged
 * @param rate price per hour in yuan
 * @param amount hours × rate rounded half-up to the fen
 * @param technicianId employee id of the technician, may be {@code null}
 * @param serviceItemId the standard service item the line was created from, {@code null} for a free line
 * @param standardHours the item's standard hours when the line was created, {@code null} for a free line
 * @param actualHours hours clocked on the line: the closed clock intervals plus a running one up to now
 * @param clockRunning whether a job clock is running on the line
 */
public record LaborLine(long id, String name, BigDecimal hours, BigDecimal rate, BigDecimal amount,
        Long technicianId, Long serviceItemId, BigDecimal standardHours, BigDecimal actualHours,
        boolean clockRunning) {

    /**
     * Creates a free line without service item and without clocked time.
     */
    public LaborLine(long id, String name, BigDecimal hours, BigDecimal rate, BigDecimal amount,
            Long technicianId) {
        this(id, name, hours, rate, amount, technicianId, null, null, BigDecimal.ZERO.setScale(2), false);
    }
}
