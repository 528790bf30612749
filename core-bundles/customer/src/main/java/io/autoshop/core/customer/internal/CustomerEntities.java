package io.autoshop.core.customer.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the customer tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class CustomerEntities implements EntityContribution {

    static final String OWNER = "customer";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CustomerEntity.class, VehicleEntity.class);
    }
}
