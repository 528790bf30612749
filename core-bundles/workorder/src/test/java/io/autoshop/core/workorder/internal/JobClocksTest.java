package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JobClocksTest {

    private static final long HOUR = 3_600_000L;

    @Test
    void hoursRoundHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("0.01"), JobClocks.hours(18_000));
        assertEquals(new BigDecimal("1.50"), JobClocks.hours(HOUR * 3 / 2));
    }

    @Test
    void overlapClipsToTheDay() {
        assertEquals(HOUR, JobClocks.overlap(-HOUR, HOUR, 0, 0, 24 * HOUR));
    }

    @Test
    void overlapOfRunningPairCountsUpToNow() {
        assertEquals(2 * HOUR, JobClocks.overlap(HOUR, null, 3 * HOUR, 0, 24 * HOUR));
    }

    @Test
    void overlapOutsideTheDayIsZero() {
        assertEquals(0, JobClocks.overlap(25 * HOUR, 26 * HOUR, 30 * HOUR, 0, 24 * HOUR));
    }

    @Test
    void runningPairStartedAfterNowIsZero() {
        assertEquals(0, JobClocks.overlap(5 * HOUR, null, 4 * HOUR, 0, 24 * HOUR));
    }
}
