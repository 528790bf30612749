package io.autoshop.core.persistence.internal;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the EntityManagerFactory of the current set of entity classes. A change of the set builds a new
 * factory on the next request; the old one closes once the transactions still using it have ended.
 */
final class UnitManager {

    private static final Logger LOG = LoggerFactory.getLogger(UnitManager.class);

    private final DataSource dataSource;
    private final File rootDirectory;
    private final Map<String, List<Class<?>>> entitiesByOwner = new LinkedHashMap<>();
    private final AtomicInteger generation = new AtomicInteger();
    private Unit current;
    private boolean stale = true;

    UnitManager(DataSource dataSource, File rootDirectory) {
        this.dataSource = dataSource;
        this.rootDirectory = rootDirectory;
    }

    synchronized void add(String owner, List<Class<?>> entityClasses) {
        entitiesByOwner.put(owner, List.copyOf(entityClasses));
        stale = true;
    }

    synchronized void remove(String owner) {
        if (entitiesByOwner.remove(owner) != null) {
            stale = true;
        }
    }

    synchronized List<String> owners() {
        return List.copyOf(entitiesByOwner.keySet());
    }

    /**
     * Returns the current unit with one more user; the caller must release it.
     */
    synchronized Unit acquire() {
        if (current == null || stale) {
            Unit previous = current;
            current = build();
            stale = false;
            if (previous != null) {
                previous.retire();
            }
        }
        current.users.incrementAndGet();
        return current;
    }

    synchronized void close() {
        if (current != null) {
            current.retire();
            current = null;
        }
        stale = true;
    }

    private Unit build() {
        List<String> classNames = new ArrayList<>();
        List<ClassLoader> loaders = new ArrayList<>();
        for (List<Class<?>> classes : entitiesByOwner.values()) {
            for (Class<?> type : classes) {
                classNames.add(type.getName());
                loaders.add(type.getClassLoader());
            }
        }
        loaders.add(PersistenceProvider.class.getClassLoader());
        loaders.add(UnitManager.class.getClassLoader());
        ClassLoader classLoader = new CompositeClassLoader(loaders);

        int number = generation.incrementAndGet();
        Properties properties = new Properties();
        properties.put("eclipselink.session-name", "autoshop-" + number);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.ddl-generation", "none");
        properties.put("eclipselink.classloader", classLoader);

        ContributedUnitInfo info = new ContributedUnitInfo(classNames, classLoader, dataSource, rootUrl(),
                properties);
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(info,
                    properties);
            // Deploy now, so that mapping errors show at build time and not in the first request.
            factory.createEntityManager().close();
            LOG.info("Built persistence unit generation {} with {} entity classes of {}", number, classNames.size(),
                    entitiesByOwner.keySet());
            return new Unit(number, factory);
        } finally {
            thread.setContextClassLoader(previousLoader);
        }
    }

    private URL rootUrl() {
        try {
            rootDirectory.mkdirs();
            return rootDirectory.toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Unit root " + rootDirectory + " has no URL", e);
        }
    }

    /**
     * One built factory with a count of the transactions that use it.
     */
    static final class Unit {

        final int generation;
        final EntityManagerFactory factory;
        final AtomicInteger users = new AtomicInteger();
        private volatile boolean retired;

        Unit(int generation, EntityManagerFactory factory) {
            this.generation = generation;
            this.factory = factory;
        }

        void release() {
            if (users.decrementAndGet() == 0 && retired) {
                closeFactory();
            }
        }

        void retire() {
            retired = true;
            if (users.get() == 0) {
                closeFactory();
            }
        }

        private synchronized void closeFactory() {
            if (factory.isOpen()) {
                factory.close();
                LOG.info("Closed persistence unit generation {}", generation);
            }
        }
    }
}
