package io.autoshop.core.staff.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the employee and skill tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class StaffEntities implements EntityContribution {

    static final String OWNER = "staff";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(EmployeeEntity.class, SkillEntity.class);
    }
}
