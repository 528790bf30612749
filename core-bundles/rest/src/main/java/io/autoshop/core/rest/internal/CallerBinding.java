package io.autoshop.core.rest.internal;

import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;

/**
 * Keeps the {@link CallerContext} binding of the request running on this thread, so that the response filter, or
 * failing that the servlet, can undo it and a pooled thread never carries a caller into the next request.
 */
final class CallerBinding {

    private static final ThreadLocal<CallerContext.Scope> SCOPE = new ThreadLocal<>();

    private CallerBinding() {
    }

    static void bind(Caller caller) {
        release();
        SCOPE.set(CallerContext.bind(caller));
    }

    /** Undoes the binding of this thread, if any; calling it twice is harmless. */
    static void release() {
        CallerContext.Scope scope = SCOPE.get();
        if (scope != null) {
            SCOPE.remove();
            scope.close();
        }
    }
}
