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
 */
public record LaborLine(long id, String name, BigDecimal hours, BigDecimal rate, BigDecimal amount,
        Long technicianId) {
}
