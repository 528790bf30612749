package io.autoshop.core.ops.internal;

import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Replaces the shop database with a backup. Without --force it works only on a shop without customers, vehicles,
 * parts and work orders, such as a freshly installed one.
 */
@Service
@Command(scope = "autoshop", name = "restore", description = "Replaces the shop database with a backup; the core "
        + "services stop during the restore")
public class RestoreCommand implements Action {

    @Reference
    BackupService backups;

    @Argument(index = 0, name = "backup", required = true,
            description = "Id of a backup in the backup folder (see autoshop:backups) or absolute path of a backup")
    String backup;

    @Option(name = "--force", description = "Replace a database that contains data; a backup of it is taken first")
    boolean force;

    @Override
    public Object execute() {
        Backup restored = backups.restore(backup, force);
        System.out.println("Restored backup " + restored.id() + "; the core services are starting again");
        return null;
    }
}
