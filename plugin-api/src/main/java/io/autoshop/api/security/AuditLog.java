package io.autoshop.api.security;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.Map;

/**
 * The append-only record of who changed what. Services call {@link #record} inside the transaction of the change,
 * so a change and its entry commit or roll back together. Nothing offers to change or delete an entry.
 */
public interface AuditLog {

    /**
     * Records a change made by the caller bound to this thread (or the system). Keys present on both sides with
     * equal values are left out of the entry, so callers may pass whole snapshots. When both sides are given and
     * all their values are equal, nothing is recorded.
     *
     * <p>Money ({@code BigDecimal}) is stored as a string with two decimals, times as ISO-8601 strings and enums by
     * name. Text values under a key whose name contains {@code phone} are masked, for example {@code 138****5678}.
     *
     * @param entity kind of object, lower case with hyphens, for example {@code work-order}
     * @param action what was done, lower case with hyphens, for example {@code transition}
     * @param before values before the change, empty for a creation, and values may be {@code null}. Personal data
     *     other than phone numbers (ID numbers, addresses) must be given masked.
     * @param after values after the change, empty for a deletion, with personal data masked the same way
     */
    void record(String entity, long entityId, String action, Map<String, ?> before, Map<String, ?> after);

    /**
     * Returns entries, newest first.
     *
     * @param entity only this kind of object, or {@code null} for all
     * @param entityId only this object, or {@code null} for all
     */
    Page<AuditEntry> find(String entity, Long entityId, PageRequest page);
}
