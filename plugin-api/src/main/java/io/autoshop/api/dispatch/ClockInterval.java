package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One start/stop pair of a job clock.
 *
 * @param startedAt start in shop time
 * @param stoppedAt stop in shop time, {@code null} while the clock runs
 * @param hours length in hours with two decimals, up to now while the clock runs
 */
public record ClockInterval(OffsetDateTime startedAt, OffsetDateTime stoppedAt, BigDecimal hours) {
}
