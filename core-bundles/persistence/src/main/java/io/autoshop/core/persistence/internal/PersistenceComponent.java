package io.autoshop.core.persistence.internal;

import io.autoshop.core.persistence.EntityContribution;
import io.autoshop.core.persistence.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the migrations of each contributed bundle and publishes {@link Transactions}. The service property
 * {@value #OWNERS_PROPERTY} lists the owners whose tables are ready, so that a bundle's services can wait for
 * their own schema with a target filter such as {@code (autoshop.persistence.owners=customer)}.
 */
@Component(service = {}, configurationPid = PersistenceComponent.PID, immediate = true)
@Designate(ocd = PersistenceComponent.Config.class)
public final class PersistenceComponent {

    static final String PID = "io.autoshop.persistence";
    public static final String OWNERS_PROPERTY = "autoshop.persistence.owners";

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceComponent.class);

    @ObjectClassDefinition(name = "AutoShop persistence",
            description = "Which data source the AutoShop core stores its data in.")
    public @interface Config {

        @AttributeDefinition(name = "Data source filter",
                description = "OSGi filter selecting the javax.sql.DataSource service, as created by pax-jdbc-config "
                        + "from etc/org.ops4j.datasource-autoshop.cfg.")
        String dataSource_target() default "(dataSourceName=autoshop)";
    }

    private final SchemaMigrator migrator;
    private final UnitManager units;
    private final ServiceRegistration<Transactions> registration;
    /** Set on deactivation: SCR then still removes the contributions, but the registration can no longer change. */
    private volatile boolean stopped;

    @Activate
    public PersistenceComponent(BundleContext context, @Reference(name = "dataSource") DataSource dataSource) {
        this.migrator = new SchemaMigrator(dataSource);
        this.units = new UnitManager(dataSource, context.getDataFile("unit-root"));
        this.registration = context.registerService(Transactions.class, new TransactionRunner(units), properties());
        LOG.info("Persistence service started");
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        registration.unregister();
        units.close();
        LOG.info("Persistence service stopped");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(EntityContribution contribution, ServiceReference<EntityContribution> reference) {
        String owner = contribution.owner();
        try {
            List<MigrationScript> scripts = readScripts(reference.getBundle(), owner);
            int applied = migrator.migrate(owner, scripts);
            LOG.info("Schema of '{}' is at version {} ({} migrations applied now)", owner, scripts.size(), applied);
            units.add(owner, contribution.entityClasses());
            updateOwners();
        } catch (RuntimeException e) {
            LOG.error("Entities of '{}' from bundle {} stay unavailable: {}", owner,
                    reference.getBundle().getSymbolicName(), e.getMessage(), e);
        }
    }

    void removeContribution(EntityContribution contribution) {
        units.remove(contribution.owner());
        updateOwners();
        LOG.info("Entities of '{}' were withdrawn", contribution.owner());
    }

    private void updateOwners() {
        // The registration is null while the constructor has not finished; the constructor sets the owners then.
        if (registration != null && !stopped) {
            registration.setProperties(properties());
        }
    }

    private Dictionary<String, Object> properties() {
        Dictionary<String, Object> properties = new Hashtable<>();
        List<String> owners = units == null ? List.of() : units.owners();
        properties.put(OWNERS_PROPERTY, owners.toArray(new String[0]));
        return properties;
    }

    static List<MigrationScript> readScripts(Bundle bundle, String owner) {
        Enumeration<URL> entries = bundle.findEntries("db/migration/" + owner, "V*.sql", false);
        List<MigrationScript> scripts = new ArrayList<>();
        if (entries == null) {
            return scripts;
        }
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigrationException("Migration " + path + " of '" + owner + "' cannot be read", e);
            }
        }
        return scripts;
    }
}
