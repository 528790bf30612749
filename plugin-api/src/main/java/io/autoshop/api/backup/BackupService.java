package io.autoshop.api.backup;

import java.util.List;
import java.util.Optional;

/**
 * Online backups of the shop database into the configured backup folder, and their restore. Only one backup runs
 * at a time. The service is for the shop owner and administrators; it offers no access control of its own.
 */
public interface BackupService {

    /**
     * Starts a backup in the background and returns it with status {@link BackupStatus#RUNNING}.
     *
     * @throws io.autoshop.api.ConflictException if a backup is already running or the database is not Derby
     */
    Backup start();

    /**
     * Takes a backup and returns when it has completed or failed.
     *
     * @throws io.autoshop.api.ConflictException if a backup is already running or the database is not Derby
     */
    Backup backup();

    /**
     * Returns the backups in the backup folder and those running or failed since the start, newest first.
     */
    List<Backup> list();

    Optional<Backup> find(String id);

    /**
     * Replaces the shop database with a completed backup while the shop runs. The core services stop during the
     * restore and start again on the restored data.
     *
     * @param backup the id of a backup in the backup folder, or the absolute path of a backup folder
     * @param force replace a database that contains customers, vehicles, parts or work orders; a backup of it is
     *     taken first
     * @return the backup that was restored
     * @throws io.autoshop.api.NotFoundException if there is no completed backup with that id or path
     * @throws io.autoshop.api.ConflictException if the database contains data and force is false, or it is not Derby
     */
    Backup restore(String backup, boolean force);
}
