package io.autoshop.core.ops.internal;

import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup folder: one sub-folder {@code autoshop-<yyyyMMdd-HHmmss>} per completed backup, containing the Derby
 * copy of the database and {@value #METADATA}. A backup is written under a name ending in {@value #PARTIAL} and
 * renamed when complete, so that a folder without that ending is always a whole backup.
 */
final class BackupFolder {

    static final String METADATA = "backup.properties";
    static final String PARTIAL = ".partial";

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    private static final String PREFIX = "autoshop-";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String SCHEMA_PREFIX = "schema.";

    private final Path root;

    BackupFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * Returns an unused id for a backup started at the given time, with a counter after the time when a backup of
     * the same second exists.
     */
    String newId(Instant startedAt, ZoneId zone) {
        String base = PREFIX + ID_TIME.format(startedAt.atZone(zone));
        String id = base;
        for (int n = 2; Files.exists(root.resolve(id)) || Files.exists(root.resolve(id + PARTIAL)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    Path partial(String id) {
        return root.resolve(id + PARTIAL);
    }

    /**
     * Writes the metadata into the partial folder and renames it to the id, which completes the backup.
     */
    Backup complete(String id, Instant startedAt, Instant completedAt, String databaseVersion,
            Map<String, Integer> schemaVersions) throws IOException {
        Path partial = partial(id);
        Properties metadata = new Properties();
        metadata.setProperty("id", id);
        metadata.setProperty("startedAt", startedAt.toString());
        metadata.setProperty("completedAt", completedAt.toString());
        metadata.setProperty("databaseVersion", databaseVersion);
        schemaVersions.forEach((owner, version) -> metadata.setProperty(SCHEMA_PREFIX + owner, version.toString()));
        try (OutputStream out = Files.newOutputStream(partial.resolve(METADATA))) {
            metadata.store(out, "AutoShop backup");
        }
        Path target = root.resolve(id);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return read(target).orElseThrow(() -> new IOException("Backup " + target + " cannot be read back"));
    }

    /**
     * Returns the completed backups, newest first.
     */
    List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return backups;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path folder : folders) {
                if (!folder.getFileName().toString().endsWith(PARTIAL)) {
                    read(folder).ifPresent(backups::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Backup folder " + root + " cannot be listed", e);
        }
        backups.sort(Comparator.comparing(Backup::startedAt).thenComparing(Backup::id).reversed());
        return backups;
    }

    /**
     * Returns the folder of a completed backup given by id or by absolute path.
     */
    Optional<Path> locate(String backup) {
        Path byId = root.resolve(backup).normalize();
        if (byId.getParent() != null && byId.getParent().equals(root.normalize()) && read(byId).isPresent()) {
            return Optional.of(byId);
        }
        Path byPath = Path.of(backup);
        if (byPath.isAbsolute() && read(byPath).isPresent()) {
            return Optional.of(byPath);
        }
        return Optional.empty();
    }

    /**
     * Returns the Derby database inside a backup folder: the sub-folder with Derby's {@code service.properties}.
     */
    static Optional<Path> database(Path backup) {
        try (Stream<Path> children = Files.list(backup)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("service.properties"))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the oldest completed backups so that the newest {@code keep} remain, and returns their ids.
     */
    List<String> prune(int keep) {
        List<String> deleted = new ArrayList<>();
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            delete(root.resolve(old.id()));
            deleted.add(old.id());
        }
        return deleted;
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            LOG.warn("Backup folder {} could not be deleted completely: {}", folder, e.toString());
        }
    }

    static Map<String, Integer> schemaVersions(Properties metadata) {
        Map<String, Integer> versions = new TreeMap<>();
        for (String name : metadata.stringPropertyNames()) {
            if (name.startsWith(SCHEMA_PREFIX)) {
                versions.put(name.substring(SCHEMA_PREFIX.length()), Integer.valueOf(metadata.getProperty(name)));
            }
        }
        return versions;
    }

    static Optional<Properties> metadata(Path folder) {
        Path file = folder.resolve(METADATA);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties metadata = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            metadata.load(in);
            return Optional.of(metadata);
        } catch (IOException e) {
            LOG.warn("Backup metadata {} cannot be read: {}", file, e.toString());
            return Optional.empty();
        }
    }

    static Optional<Backup> read(Path folder) {
        if (database(folder).isEmpty()) {
            return Optional.empty();
        }
        Optional<Properties> metadata = metadata(folder);
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(folder.getFileName().toString(), BackupStatus.COMPLETED,
                    Instant.parse(metadata.get().getProperty("startedAt")),
                    Instant.parse(metadata.get().getProperty("completedAt")), size(folder),
                    metadata.get().getProperty("databaseVersion"), null));
        } catch (RuntimeException e) {
            LOG.warn("Backup {} is skipped because its {} is invalid: {}", folder, METADATA, e.toString());
            return Optional.empty();
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Size of backup " + folder + " cannot be read", e);
        }
    }
}
