package io.autoshop.core.security.internal;

import io.autoshop.core.security.TooManyAttemptsException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per username and per client address within a sliding window and rejects further attempts
 * once a limit is reached, until enough failures have left the window. A successful login clears the username's
 * failures but not the address's.
 *
 * <p>NOTE: the counts live in the memory of one node, so with several Karaf nodes behind a load balancer an
 * attacker gets the limits once per node, and a restart clears them.
 */
final class LoginThrottle {

    /** Limits of the throttle; a limit below 1 turns that count off. */
    record Limits(int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window) {
    }

    /** Maximum number of usernames or addresses tracked, so that a flood of random names cannot fill memory. */
    static final int MAX_KEYS = 10_000;

    private final LongSupplier clockMillis;
    private final Map<String, Deque<Long>> byUsername = boundedMap();
    private final Map<String, Deque<Long>> byAddress = boundedMap();
    private volatile Limits limits;

    LoginThrottle(Limits limits, LongSupplier clockMillis) {
        this.limits = limits;
        this.clockMillis = clockMillis;
    }

    void setLimits(Limits limits) {
        this.limits = limits;
    }

    /**
     * Rejects an attempt when the username or the address has reached its limit of failures in the window.
     *
     * @throws TooManyAttemptsException with the seconds until the oldest counted failure leaves the window
     */
    synchronized void check(String username, String address) {
        Limits current = limits;
        long now = clockMillis.getAsLong();
        long usernameWait = waitMillis(byUsername, username, current.maxFailuresPerUsername(), current, now);
        long addressWait = waitMillis(byAddress, address, current.maxFailuresPerAddress(), current, now);
        long wait = Math.max(usernameWait, addressWait);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            String what = usernameWait >= addressWait ? "this username" : "this client address";
            throw new TooManyAttemptsException("Too many failed logins for " + what + ", retry in " + seconds
                    + " seconds", seconds);
        }
    }

    synchronized void recordFailure(String username, String address) {
        long now = clockMillis.getAsLong();
        if (username != null) {
            byUsername.computeIfAbsent(username, key -> new ArrayDeque<>()).addLast(now);
        }
        if (address != null) {
            byAddress.computeIfAbsent(address, key -> new ArrayDeque<>()).addLast(now);
        }
    }

    synchronized void recordSuccess(String username) {
        byUsername.remove(username);
    }

    /** Returns the number of failures of a username still inside the window. */
    synchronized int failuresOfUsername(String username) {
        return count(byUsername, username, clockMillis.getAsLong());
    }

    private int count(Map<String, Deque<Long>> failures, String key, long now) {
        Deque<Long> times = key == null ? null : failures.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
        }
        return times.size();
    }

    private long waitMillis(Map<String, Deque<Long>> failures, String key, int max, Limits current, long now) {
        if (max < 1 || count(failures, key, now) < max) {
            return 0;
        }
        Deque<Long> times = failures.get(key);
        // The block lifts when the failure that made the count reach the limit leaves the window.
        int skip = times.size() - max;
        Iterator<Long> it = times.iterator();
        for (int i = 0; i < skip; i++) {
            it.next();
        }
        return it.next() + current.window().toMillis() - now;
    }

    private void prune(Deque<Long> times, long now) {
        long oldestKept = now - limits.window().toMillis();
        while (!times.isEmpty() && times.peekFirst() <= oldestKept) {
            times.removeFirst();
        }
    }

    private static Map<String, Deque<Long>> boundedMap() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
