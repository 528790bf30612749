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
     * Records a change made by the caller bound to this thread (or the system).
     *
     * @param before values before the change; personal data such as phone numbers must be given masked
     * @param after values after the change, masked the same way
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
