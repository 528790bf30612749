package io.autoshop.api.backup;

import java.time.Instant;

/**
 * One backup of the shop database.
 *
 * @param id the name of the backup folder, for example {@code autoshop-20260305-143000}
 * @param status whether the backup is running, complete or failed
 * @param startedAt when the backup started
 * @param completedAt when it completed or failed; null while it runs
 * @param sizeBytes total size of the backup folder in bytes; 0 unless completed
 * @param databaseVersion product version of the database that wrote it, for example {@code 10.14.2.0 - (1828579)}
 * @param error the reason of a failure; null unless failed
 */
public record Backup(String id, BackupStatus status, Instant startedAt, Instant completedAt, long sizeBytes,
        String databaseVersion, String error) {
}
