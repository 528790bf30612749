package io.autoshop.core.audit.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the audit log table and its entity to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class AuditEntities implements EntityContribution {

    static final String OWNER = "audit";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(AuditRecordEntity.class);
    }
}
