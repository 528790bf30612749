package io.autoshop.core.transfer.internal;

import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.customer.VehicleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports vehicles of existing customers, found by the owner's phone number. The plate identifies a vehicle: a
 * known plate with the same values is unchanged and a higher odometer reading is recorded, but other differences are
 * reported, because the customer service offers no vehicle update. A VIN that another vehicle has is rejected by
 * the service as a conflict.
 */
final class VehicleRows implements RowImporter {

    private final CustomerService customers;

    VehicleRows(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Outcome apply(RowReader row) {
        String plate = row.requiredFolded("plate");
        String ownerPhone = row.phone("ownerPhone");
        String vin = row.folded("vin");
        vin = vin == null ? null : vin.replace(" ", "").toUpperCase(Locale.ROOT);
        String make = row.text("make");
        String model = row.text("model");
        Integer year = row.integer("year");
        String color = row.text("color");
        Integer odometerKm = row.integer("odometerKm");

        Customer owner = Lookups.customerByPhone(customers, ownerPhone).orElseThrow(
                () -> new RowRejectedException(Messages.OWNER_NOT_FOUND, Lookups.mask(ownerPhone)));
        Optional<Vehicle> existing = customers.findVehicleByPlate(plate);
        if (existing.isEmpty()) {
            customers.createVehicle(new VehicleInput(owner.id(), plate, vin, make, model, year, color, odometerKm));
            return Outcome.CREATED;
        }
        Vehicle vehicle = existing.get();
        List<String> differences = new ArrayList<>();
        compare(differences, "owner", vehicle.customerId(), owner.id());
        compare(differences, "vin", vehicle.vin(), vin);
        compare(differences, "make", vehicle.make(), make);
        compare(differences, "model", vehicle.model(), model);
        compare(differences, "year", vehicle.year(), year);
        compare(differences, "color", vehicle.color(), color);
        if (!differences.isEmpty()) {
            throw new RowRejectedException(Messages.DIFFERS_FROM_EXISTING, new RowReader.Label("车辆", "vehicle"),
                    vehicle.plate(), String.join(", ", differences));
        }
        if (odometerKm != null && (vehicle.odometerKm() == null || odometerKm > vehicle.odometerKm())) {
            customers.recordOdometer(vehicle.id(), odometerKm);
            return Outcome.UPDATED;
        }
        return Outcome.UNCHANGED;
    }

    /** Adds the field when the row gives a value that differs from the stored one; a blank cell changes nothing. */
    private static void compare(List<String> differences, String field, Object stored, Object given) {
        if (given != null && !Objects.equals(stored, given)) {
            differences.add(field);
        }
    }

    @Override
    public List<String> keys(RowReader row) {
        List<String> keys = new ArrayList<>();
        String plate = row.folded("plate");
        if (plate != null) {
            keys.add("plate:" + plate.replaceAll("[\\s·.\\-]", "").toUpperCase(Locale.ROOT));
        }
        String vin = row.folded("vin");
        if (vin != null) {
            keys.add("vin:" + vin.replace(" ", "").toUpperCase(Locale.ROOT));
        }
        return keys;
    }
}
