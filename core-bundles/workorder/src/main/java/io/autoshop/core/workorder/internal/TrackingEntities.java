package io.autoshop.core.workorder.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the progress-page tokens as their own schema owner, so that their migrations are numbered
 * independently of the work-order tables.
 */
@Component(service = EntityContribution.class)
public final class TrackingEntities implements EntityContribution {

    static final String OWNER = "tracking";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(TrackingTokenEntity.class);
    }
}
