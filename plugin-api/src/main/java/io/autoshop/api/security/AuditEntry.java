package io.autoshop.api.security;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded change.
 *
 * @param id database id
 * @param at when the change was made
 * @param actor username of who made it, {@code system} for background jobs and shell commands
 * @param userId id of the user account that made it, {@code null} for the system
 * @param entity kind of object, for example {@code work-order}, {@code customer}, {@code part}, {@code user}
 * @param entityId id of the object
 * @param action what was done, for example {@code create}, {@code update}, {@code transition}, {@code delete}
 * @param before values that mattered before the change, empty for a creation; a value may be {@code null}
 * @param after values that mattered after the change, empty for a deletion; a value may be {@code null}
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, Long userId, String entity, long entityId,
        String action, Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        // Not Map.copyOf: a field that was empty before a change is recorded as null, and the order of the
        // fields as recorded is kept.
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
