package io.autoshop.api.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The caller bound to the current thread. The REST application binds the logged-in user for the length of a
 * request; services read it to apply object-level rules (a technician sees only the orders assigned to them) and
 * to name who made a change. Code running with no caller bound (shell commands, scheduled jobs, the outbox) acts
 * as the system and is not restricted.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /** Returns the caller bound to this thread, empty for the system. */
    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Returns the name to record as the author of a change: the caller's username, or {@code system}. */
    public static String actor() {
        Caller caller = CURRENT.get();
        return caller == null ? "system" : caller.username();
    }

    /**
     * Binds a caller to this thread until the returned scope is closed, which restores the previous one.
     *
     * <pre>
     * try (CallerContext.Scope scope = CallerContext.bind(caller)) { ... }
     * </pre>
     */
    public static Scope bind(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> restore(previous);
    }

    private static void restore(Caller previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** A binding of a caller to a thread; closing it restores the previous binding. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
