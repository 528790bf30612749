package io.autoshop.api.backup;

/**
 * State of a backup.
 */
public enum BackupStatus {
    /** The database copy is being written. */
    RUNNING,
    /** The copy and its metadata are complete and can be restored. */
    COMPLETED,
    /** The copy failed and was deleted; {@link Backup#error()} contains the reason. */
    FAILED
}
