package io.autoshop.core.ops.internal;

import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupService;
import io.autoshop.api.backup.BackupStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Takes an online backup of the shop database and waits for it.
 */
@Service
@Command(scope = "autoshop", name = "backup", description = "Backs up the shop database now, while the shop works")
public class BackupCommand implements Action {

    @Reference
    BackupService backups;

    @Override
    public Object execute() {
        Backup backup = backups.backup();
        if (backup.status() == BackupStatus.COMPLETED) {
            System.out.println("Backup " + backup.id() + " completed: " + BackupsCommand.size(backup.sizeBytes()));
        } else {
            System.out.println("Backup " + backup.id() + " failed: " + backup.error());
        }
        return null;
    }
}
