package io.autoshop.core.ops.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Backup settings from {@code etc/io.autoshop.backup.cfg}.
 */
@ObjectClassDefinition(name = "AutoShop backups", description = "Where and how often the shop database is backed up.")
public @interface BackupConfig {

    String PID = "io.autoshop.backup";

    @AttributeDefinition(name = "Backup folder",
            description = "Absolute folder for the backups; empty means the backups folder in the Karaf data folder.")
    String directory() default "";

    @AttributeDefinition(name = "Interval in hours",
            description = "A backup is taken when the newest one is older than this many hours, checked every 10 "
                    + "minutes while the shop runs; 0 turns scheduled backups off.")
    int intervalHours() default 24;

    @AttributeDefinition(name = "Retention", description = "Number of newest backups kept; older ones are deleted "
            + "after each backup. At least 1.")
    int retention() default 7;
}
