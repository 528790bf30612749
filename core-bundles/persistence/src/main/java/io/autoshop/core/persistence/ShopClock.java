package io.autoshop.core.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The shop's time zone and clock. Times are stored as epoch milliseconds and shown in shop time.
 */
public interface ShopClock {

    ZoneId zone();

    Instant now();

    /**
     * Converts stored epoch milliseconds to shop time; {@code null} stays {@code null}.
     */
    default OffsetDateTime toShopTime(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).atZone(zone()).toOffsetDateTime();
    }

    /**
     * Returns the start of a shop-time day as epoch milliseconds.
     */
    default long startOfDay(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant().toEpochMilli();
    }

    default LocalDate today() {
        return now().atZone(zone()).toLocalDate();
    }
}
