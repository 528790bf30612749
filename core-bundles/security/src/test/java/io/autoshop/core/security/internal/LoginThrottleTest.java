package io.autoshop.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.core.security.TooManyAttemptsException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final long MINUTE = 60_000;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15)), now::get);

    @Test
    void fifthFailureBlocksTheUsername() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertDoesNotThrow(() -> throttle.check("alice", "10.0.0.1"));

        throttle.recordFailure("alice", "10.0.0.1");

        TooManyAttemptsException e = assertThrows(TooManyAttemptsException.class,
                () -> throttle.check("alice", "10.0.0.2"));
        assertEquals(15 * 60, e.retryAfterSeconds());
        assertDoesNotThrow(() -> throttle.check("bob", "10.0.0.3"));
    }

    @Test
    void blockLiftsWhenTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
            now.addAndGet(MINUTE);
        }
        // The first failure was 5 minutes ago, so it leaves the window in 10 minutes.
        TooManyAttemptsException e = assertThrows(TooManyAttemptsException.class,
                () -> throttle.check("alice", "10.0.0.1"));
        assertEquals(10 * 60, e.retryAfterSeconds());

        now.addAndGet(10 * MINUTE);

        assertDoesNotThrow(() -> throttle.check("alice", "10.0.0.1"));
        assertEquals(4, throttle.failuresOfUsername("alice"));
    }

    @Test
    void successResetsTheUsernameOnly() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }

        throttle.recordSuccess("alice");

        assertEquals(0, throttle.failuresOfUsername("alice"));
        assertDoesNotThrow(() -> throttle.check("alice", "10.0.0.1"));
    }

    @Test
    void twentiethFailureBlocksTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }

        TooManyAttemptsException e = assertThrows(TooManyAttemptsException.class,
                () -> throttle.check("someone-else", "10.0.0.9"));
        assertTrue(e.getMessage().contains("client address"), e.getMessage());
        assertDoesNotThrow(() -> throttle.check("someone-else", "10.0.0.10"));
    }

    @Test
    void successDoesNotResetTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }

        throttle.recordSuccess("user1");

        assertThrows(TooManyAttemptsException.class, () -> throttle.check("user1", "10.0.0.9"));
    }

    @Test
    void zeroLimitTurnsTheCountOff() {
        throttle.setLimits(new LoginThrottle.Limits(0, 0, Duration.ofMinutes(15)));
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }

        assertDoesNotThrow(() -> throttle.check("alice", "10.0.0.1"));
    }

    @Test
    void shorterWindowAppliesAtOnce() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        now.addAndGet(2 * MINUTE);

        throttle.setLimits(new LoginThrottle.Limits(5, 20, Duration.ofMinutes(1)));

        assertDoesNotThrow(() -> throttle.check("alice", "10.0.0.1"));
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        now.addAndGet(15 * MINUTE - 10);

        TooManyAttemptsException e = assertThrows(TooManyAttemptsException.class,
                () -> throttle.check("alice", "10.0.0.1"));
        assertEquals(1, e.retryAfterSeconds());
    }

    @Test
    void trackedKeysAreBounded() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 10; i++) {
            throttle.recordFailure("user" + i, null);
        }

        assertEquals(0, throttle.failuresOfUsername("user0"));
        assertEquals(1, throttle.failuresOfUsername("user" + (LoginThrottle.MAX_KEYS + 9)));
    }
}
