package io.autoshop.core.ops.internal;

import io.autoshop.api.backup.Backup;
import io.autoshop.api.backup.BackupService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Lists the backups, newest first.
 */
@Service
@Command(scope = "autoshop", name = "backups", description = "Lists the backups of the shop database, newest first")
public class BackupsCommand implements Action {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Reference
    BackupService backups;

    @Override
    public Object execute() {
        for (Backup backup : backups.list()) {
            System.out.println(backup.id() + "  " + backup.status() + "  " + TIME.format(backup.startedAt()) + "  "
                    + size(backup.sizeBytes()) + (backup.error() == null ? "" : "  " + backup.error()));
        }
        return null;
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
