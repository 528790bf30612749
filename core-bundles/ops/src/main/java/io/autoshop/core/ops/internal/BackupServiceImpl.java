package io.autoshop.core.ops.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupService;
import io.autoshop.api.backup.BackupStatus;
import io.autoshop.api.security.FieldCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the Derby database into the backup folder, on demand and on the configured interval, with
 * retention, and the restore of a backup into the running shop. Backup ids use the time zone of the computer.
 * The component needs no service of the persistence bundle, because a restore stops that bundle. Each backup
 * contains a copy of the field cipher's keystore and password file, and a restore puts them back, because the
 * encrypted customer data cannot be read without them.
 */
@Component(service = BackupService.class, configurationPid = BackupConfig.PID, immediate = true)
@Designate(ocd = BackupConfig.class)
public final class BackupServiceImpl implements BackupService {

    static final String PERSISTENCE_BUNDLE = "io.autoshop.autoshop-core-persistence";
    static final String CRYPTO_BUNDLE = "io.autoshop.autoshop-core-crypto";

    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);
    private static final Duration FIRST_CHECK = Duration.ofMinutes(5);
    private static final Duration CHECK_PERIOD = Duration.ofMinutes(10);
    private static final int FAILURES_KEPT = 10;
    private static final int RESTORE_ATTEMPTS = 3;

    private final BundleContext context;
    private final DataSource dataSource;
    private final BackupFolder folder;
    private final int retention;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService worker;
    /** One permit, held by the running backup or restore. */
    private final Semaphore slot = new Semaphore(1);
    private final AtomicReference<Backup> running = new AtomicReference<>();
    private final Deque<Backup> failures = new ConcurrentLinkedDeque<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(osgi.jdbc.driver.name=derby)")
    private volatile DataSourceFactory derby;

    /** The key files that the running field cipher names, or {@code null} while no cipher is running. */
    private volatile KeyFiles cipherKeyFiles;

    @Activate
    public BackupServiceImpl(BundleContext context,
            @Reference(target = "(dataSourceName=autoshop)") DataSource dataSource, BackupConfig config) {
        this.context = context;
        this.dataSource = dataSource;
        this.folder = new BackupFolder(directory(config.directory(), System.getProperty("karaf.data")));
        this.retention = Math.max(1, config.retention());
        this.interval = Duration.ofHours(Math.max(0, config.intervalHours()));
        this.worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "autoshop-backup"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "autoshop-backup-schedule"));
        if (interval.isZero()) {
            LOG.info("Backups go to {}, keeping the newest {}; scheduled backups are off", folder.root(), retention);
        } else {
            scheduler.scheduleWithFixedDelay(this::backUpWhenDue, FIRST_CHECK.toMinutes(), CHECK_PERIOD.toMinutes(),
                    TimeUnit.MINUTES);
            LOG.info("Backups go to {}, every {} hours, keeping the newest {}", folder.root(), interval.toHours(),
                    retention);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCipher(FieldCipher cipher, Map<String, Object> properties) {
        Object keystore = properties.get(FieldCipher.KEYSTORE_PATH);
        Object password = properties.get(FieldCipher.KEYSTORE_PASSWORD_PATH);
        if (keystore != null && password != null) {
            cipherKeyFiles = new KeyFiles(Path.of(keystore.toString()), Path.of(password.toString()));
        }
    }

    void unbindCipher(FieldCipher cipher) {
        cipherKeyFiles = null;
    }

    /**
     * Returns the key files of the running cipher, or the default files in Karaf's etc folder while the cipher is
     * not running.
     */
    private KeyFiles keyFiles() {
        KeyFiles named = cipherKeyFiles;
        return named != null ? named : KeyFiles.defaults(System.getProperty("karaf.etc"));
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
        worker.shutdown();
        try {
            // A backup cut off by the shutdown leaves only a partial folder, which listing ignores.
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Backup {} still runs after 30 s; it is interrupted", running.get());
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Backup start() {
        Backup backup = reserve();
        worker.execute(() -> run(backup));
        return backup;
    }

    @Override
    public Backup backup() {
        return run(reserve());
    }

    @Override
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        Backup current = running.get();
        if (current != null && current.status() == BackupStatus.RUNNING) {
            backups.add(current);
        }
        backups.addAll(failures);
        backups.addAll(folder.list());
        backups.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
        return backups;
    }

    @Override
    public Optional<Backup> find(String id) {
        return list().stream().filter(backup -> backup.id().equals(id)).findFirst();
    }

    @Override
    public Backup restore(String backup, boolean force) {
        Path source = folder.locate(backup).orElseThrow(() -> new NotFoundException("Backup '" + backup
                + "' was not found: give the id of a completed backup in " + folder.root()
                + " or the absolute path of a backup folder"));
        Path database = BackupFolder.database(source).orElseThrow();
        Backup restored = BackupFolder.read(source).orElseThrow();
        if (!slot.tryAcquire()) {
            throw new ConflictException("A backup or restore is running; restore when it has finished");
        }
        try {
            DerbyDatabase.Info info = DerbyDatabase.inspect(dataSource);
            Map<String, Long> counts = DerbyDatabase.dataCounts(dataSource);
            boolean inUse = counts.values().stream().anyMatch(count -> count > 0);
            if (inUse && !force) {
                throw new ConflictException("The database contains data (" + counts + ") that the restore would "
                        + "replace. Stop the shop and restore as described in docs/backup.md, or repeat with --force "
                        + "to take a backup of it first and replace it.");
            }
            if (inUse) {
                Backup safety = takeBackup(Instant.now());
                LOG.info("Backup {} of the database contains its state before the restore of {}", safety.id(), source);
            }
            replaceDatabase(info.url(), database, keyFiles(), KeyFiles.inBackup(source));
            LOG.info("Database {} was restored from backup {}", info.url(), source);
            return restored;
        } catch (SQLException | IOException e) {
            LOG.error("Restore of backup {} failed: {}", source, e.toString(), e);
            throw new IllegalStateException("Restore of backup " + source + " failed: " + e.getMessage(), e);
        } finally {
            slot.release();
        }
    }

    /**
     * Stops the persistence and crypto bundles, so that every core service lets go of the database and the keys,
     * then shuts Derby's database down, boots it from the backup, puts the backup's keys in place and starts both
     * bundles again.
     */
    private void replaceDatabase(String url, Path database, KeyFiles currentKeys, Optional<KeyFiles> backupKeys)
            throws SQLException {
        DataSourceFactory factory = derby;
        if (factory == null) {
            throw new SQLException("The Derby JDBC driver service is missing; install the pax-jdbc-derby feature");
        }
        Driver driver = factory.createDriver(null);
        Bundle persistence = bundle(PERSISTENCE_BUNDLE)
                .orElseThrow(() -> new SQLException("Bundle " + PERSISTENCE_BUNDLE + " is not installed"));
        Optional<Bundle> crypto = bundle(CRYPTO_BUNDLE);
        try {
            persistence.stop(Bundle.STOP_TRANSIENT);
            if (crypto.isPresent()) {
                crypto.get().stop(Bundle.STOP_TRANSIENT);
            }
            restoreWithRetries(driver, url, database);
            restoreKeys(currentKeys, backupKeys);
        } catch (BundleException e) {
            throw new SQLException("Bundle " + PERSISTENCE_BUNDLE + " or " + CRYPTO_BUNDLE + " could not be stopped: "
                    + e.getMessage(), e);
        } finally {
            try {
                if (crypto.isPresent()) {
                    crypto.get().start(Bundle.START_TRANSIENT);
                }
            } catch (BundleException e) {
                LOG.error("Bundle {} could not be started after the restore; start it with bundle:start: {}",
                        CRYPTO_BUNDLE, e.toString(), e);
            }
            try {
                persistence.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                LOG.error("Bundle {} could not be started after the restore; start it with bundle:start: {}",
                        PERSISTENCE_BUNDLE, e.toString(), e);
            }
        }
    }

    private static void restoreWithRetries(Driver driver, String url, Path database) throws SQLException {
        SQLException last = null;
        for (int attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
            try {
                DerbyDatabase.shutdown(driver, url);
                DerbyDatabase.restoreFrom(driver, url, database);
                return;
            } catch (SQLException e) {
                LOG.warn("Restore attempt {} of {} from {} failed: {}", attempt, url, database, e.toString());
                last = e;
            }
        }
        throw last;
    }

    private Optional<Bundle> bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the backup's key files in place of the current ones, which are moved aside when they differ. A backup
     * without key files leaves the current keys in place.
     */
    private static void restoreKeys(KeyFiles current, Optional<KeyFiles> fromBackup) throws SQLException {
        if (fromBackup.isEmpty()) {
            LOG.warn("Backup contains no keystore, so the keys in {} stay; customer data that other keys encrypted "
                    + "cannot be read until their keystore and password file are put back", current.keystore());
            return;
        }
        try {
            Optional<Path> aside = current.replaceWith(fromBackup.get(), Instant.now());
            if (aside.isPresent()) {
                LOG.info("Keystore {} was restored from the backup; the keys it replaced were moved to {}",
                        current.keystore(), aside.get());
            } else {
                LOG.info("Keystore {} was restored from the backup", current.keystore());
            }
        } catch (IOException e) {
            throw new SQLException("The database was restored but its keystore could not be put in place of "
                    + current.keystore() + ": " + e.getMessage() + ". Copy the files in the backup's "
                    + KeyFiles.FOLDER + " folder there by hand.", e);
        }
    }

    /**
     * Takes the slot for a new backup after checking that the database is Derby.
     */
    private Backup reserve() {
        try {
            DerbyDatabase.inspect(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Database cannot be reached for a backup: " + e.getMessage(), e);
        }
        if (!slot.tryAcquire()) {
            Backup current = running.get();
            throw new ConflictException((current == null ? "A restore" : "Backup " + current.id())
                    + " is running; start the backup when it has finished");
        }
        Instant now = Instant.now();
        Backup backup = new Backup(folder.newId(now, ZoneId.systemDefault()), BackupStatus.RUNNING, now, null, 0,
                null, null);
        running.set(backup);
        return backup;
    }

    private Backup run(Backup reserved) {
        try {
            Backup done = takeBackup(reserved.id(), reserved.startedAt());
            LOG.info("Backup {} completed: {} bytes in {}", done.id(), done.sizeBytes(), folder.root());
            List<String> deleted = folder.prune(retention);
            if (!deleted.isEmpty()) {
                LOG.info("Deleted backups {}, keeping the newest {}", deleted, retention);
            }
            return done;
        } catch (SQLException | IOException | RuntimeException e) {
            Backup failed = new Backup(reserved.id(), BackupStatus.FAILED, reserved.startedAt(), Instant.now(), 0,
                    null, e.getMessage());
            LOG.error("Backup {} failed: {}", reserved.id(), e.toString(), e);
            failures.addFirst(failed);
            while (failures.size() > FAILURES_KEPT) {
                failures.removeLast();
            }
            if (e instanceof ConflictException conflict) {
                throw conflict;
            }
            return failed;
        } finally {
            running.set(null);
            slot.release();
        }
    }

    private Backup takeBackup(Instant startedAt) throws SQLException, IOException {
        return takeBackup(folder.newId(startedAt, ZoneId.systemDefault()), startedAt);
    }

    private Backup takeBackup(String id, Instant startedAt) throws SQLException, IOException {
        DerbyDatabase.Info info = DerbyDatabase.inspect(dataSource);
        Path partial = folder.partial(id);
        Files.createDirectories(partial);
        try {
            Map<String, Integer> schema = DerbyDatabase.schemaVersions(dataSource);
            DerbyDatabase.backup(dataSource, partial);
            KeyFiles keys = keyFiles();
            if (!keys.copyInto(partial)) {
                LOG.warn("Backup {} contains no keystore because {} or {} does not exist; encrypted customer data in "
                        + "it can be read only with the keys of this shop", id, keys.keystore(), keys.passwordFile());
            }
            return folder.complete(id, startedAt, Instant.now(), info.version(), schema);
        } finally {
            BackupFolder.delete(partial);
        }
    }

    private void backUpWhenDue() {
        try {
            Optional<Instant> newest = folder.list().stream().map(Backup::startedAt).findFirst();
            if (isDue(newest.orElse(null), Instant.now(), interval)) {
                LOG.info("Scheduled backup starts; the newest backup is from {}", newest.orElse(null));
                backup();
            }
        } catch (ConflictException e) {
            LOG.warn("Scheduled backup skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Scheduled backup failed: {}", e.toString(), e);
        }
    }

    /**
     * Returns the configured folder, or {@code <karaf.data>/backups} when none is configured.
     */
    static Path directory(String configured, String karafData) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim()).toAbsolutePath();
        }
        return Path.of(karafData == null ? "data" : karafData, "backups").toAbsolutePath();
    }

    /**
     * Tells whether a scheduled backup is due: scheduling is on and there is no backup yet or the newest one
     * started at least one interval ago.
     */
    static boolean isDue(Instant newest, Instant now, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return false;
        }
        return newest == null || !newest.plus(interval).isAfter(now);
    }
}
