package io.autoshop.api.security;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One recorded change.
 *
 * @param id database id
 * @param at when the change was made
 * @param actor username of who made it, {@code system} for background jobs and shell commands
 * @param entity kind of object, for example {@code work-order}, {@code customer}, {@code part}, {@code user}
 * @param entityId id of the object
 * @param action what was done, for example {@code create}, {@code update}, {@code transition}, {@code delete}
 * @param before values that mattered before the change, empty for a creation
 * @param after values that mattered after the change, empty for a deletion
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String entity, long entityId, String action,
        Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
