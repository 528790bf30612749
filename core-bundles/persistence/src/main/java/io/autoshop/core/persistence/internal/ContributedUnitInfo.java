package io.autoshop.core.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

/**
 * The persistence unit description handed to EclipseLink: resource-local transactions on one data source,
 * exactly the listed entity classes, no weaving and no shared cache.
 */
final class ContributedUnitInfo implements PersistenceUnitInfo {

    static final String UNIT_NAME = "autoshop";

    private final List<String> classNames;
    private final ClassLoader classLoader;
    private final DataSource dataSource;
    private final URL rootUrl;
    private final Properties properties;

    ContributedUnitInfo(List<String> classNames, ClassLoader classLoader, DataSource dataSource, URL rootUrl,
            Properties properties) {
        this.classNames = List.copyOf(classNames);
        this.classLoader = classLoader;
        this.dataSource = dataSource;
        this.rootUrl = rootUrl;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return UNIT_NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return rootUrl;
    }

    @Override
    public List<String> getManagedClassNames() {
        return classNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "2.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Weaving is off, so EclipseLink registers no transformer worth keeping.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
