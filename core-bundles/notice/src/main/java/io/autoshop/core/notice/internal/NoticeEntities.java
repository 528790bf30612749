package io.autoshop.core.notice.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the notice outbox table and entity to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class NoticeEntities implements EntityContribution {

    static final String OWNER = "notice";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(NoticeEntity.class);
    }
}
