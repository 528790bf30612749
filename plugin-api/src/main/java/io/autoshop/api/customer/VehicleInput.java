package io.autoshop.api.customer;

/**
 * The fields a caller sets when registering a vehicle; the service normalises and validates them.
 *
 * @param customerId id of the owner
 * @param plate licence plate in any common notation ({@code 浙b·7g2k1}); normalised before validation
 * @param vin vehicle identification number, may be {@code null}
 * @param make manufacturer, may be {@code null}
 * @param model model name, may be {@code null}
 * @param year model year, may be {@code null}
 * @param color colour, may be {@code null}
 * @param odometerKm odometer reading in kilometres, may be {@code null}
 */
public record VehicleInput(Long customerId, String plate, String vin, String make, String model, Integer year,
        String color, Integer odometerKm) {
}
