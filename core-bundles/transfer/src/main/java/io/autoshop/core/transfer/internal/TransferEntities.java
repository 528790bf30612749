package io.autoshop.core.transfer.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the import tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class TransferEntities implements EntityContribution {

    static final String OWNER = "transfer";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ImportJobEntity.class, ImportRejectionEntity.class);
    }
}
