package io.autoshop.core.persistence;

import java.util.List;

/**
 * A core bundle's share of the persistence unit, registered as an OSGi service by that bundle.
 *
 * <p>The persistence service applies the bundle's schema migrations, the resources
 * {@code db/migration/<owner>/V<n>__<description>.sql} of the registering bundle, before it adds the entity
 * classes to the persistence unit. Migrations are recorded per owner and version and run once; a migration
 * that drops a table or a column is rejected, because an upgrade must never lose data.
 */
public interface EntityContribution {

    /**
     * Returns the schema owner, a short lower-case name such as {@code workorder}, unique among contributions.
     */
    String owner();

    /**
     * Returns the JPA entity classes of the bundle.
     */
    List<Class<?>> entityClasses();
}
