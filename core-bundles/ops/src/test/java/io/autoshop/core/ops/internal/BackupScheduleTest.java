package io.autoshop.core.ops.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Decides when a scheduled backup is due and where backups go.
 */
class BackupScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:30:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void dueWithoutAnyBackup() {
        assertTrue(BackupServiceImpl.isDue(null, NOW, DAY));
    }

    @Test
    void dueOnceIntervalHasPassed() {
        assertTrue(BackupServiceImpl.isDue(NOW.minus(DAY), NOW, DAY));
        assertFalse(BackupServiceImpl.isDue(NOW.minus(DAY).plusSeconds(1), NOW, DAY));
    }

    @Test
    void neverDueWhenOff() {
        assertFalse(BackupServiceImpl.isDue(null, NOW, Duration.ZERO));
    }

    @Test
    void directoryDefaultsToKarafData() {
        assertEquals(Path.of("/shop/data/backups"), BackupServiceImpl.directory("", "/shop/data"));
        assertEquals(Path.of("/mnt/usb/autoshop"), BackupServiceImpl.directory(" /mnt/usb/autoshop ", "/shop/data"));
    }
}
