package io.autoshop.core.security.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the user, token and role grant tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class SecurityEntities implements EntityContribution {

    static final String OWNER = "security";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(UserEntity.class, TokenEntity.class, RoleGrantEntity.class, PermissionSeenEntity.class);
    }
}
