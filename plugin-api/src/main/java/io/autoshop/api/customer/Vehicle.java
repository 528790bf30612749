package io.autoshop.api.customer;

import java.time.OffsetDateTime;

/**
 * A vehicle owned by a customer.
 *
 * @param id database id
 * @param customerId id of the owner
 * @param plate normalised licence plate, for example {@code 浙B7G2K1}
 * @param plateType kind of plate the number was recognised as
 * @param vin vehicle identification number, {@code null} when unknown
 * @param vinWarning why the VIN looks doubtful although it was accepted, {@code null} when it is fine
 * @param make manufacturer, may be {@code null}
 * @param model model name, may be {@code null}
 * @param year model year, may be {@code null}
 * @param color colour, may be {@code null}
 * @param odometerKm last known odometer reading in kilometres, may be {@code null}
 * @param version optimistic-locking version
 * @param createdAt creation time in shop time
 */
public record Vehicle(long id, long customerId, String plate, PlateType plateType, String vin, String vinWarning,
        String make, String model, Integer year, String color, Integer odometerKm, long version,
        OffsetDateTime createdAt) {
}
