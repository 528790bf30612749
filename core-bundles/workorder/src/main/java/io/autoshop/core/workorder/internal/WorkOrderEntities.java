package io.autoshop.core.workorder.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the work-order tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class WorkOrderEntities implements EntityContribution {

    static final String OWNER = "workorder";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(WorkOrderEntity.class, TechnicianAssignmentEntity.class, LaborLineEntity.class,
                PartLineEntity.class, PartLineBatchEntity.class, PaymentEntity.class, HistoryEntity.class,
                DaySequenceEntity.class, ServiceItemEntity.class, ClockEntryEntity.class);
    }
}
