package io.autoshop.api.customer;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Customers and their vehicles.
 *
 * <p>Methods throw {@link io.autoshop.api.ValidationException} for invalid input,
 * {@link io.autoshop.api.NotFoundException} for unknown ids, {@link io.autoshop.api.ConflictException}
 * for duplicate plates or VINs and {@link io.autoshop.api.StaleVersionException} for stale versions.
 */
@ProviderType
public interface CustomerService {

    Customer createCustomer(CustomerInput input);

    /**
     * Replaces the fields of a customer.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to skip the check
     */
    Customer updateCustomer(long id, CustomerInput input, Long expectedVersion);

    Customer getCustomer(long id);

    Optional<Customer> findCustomer(long id);

    /**
     * Searches customers by name substring, exact phone number, last four digits of the phone, or the
     * plate of an owned vehicle. A blank query lists all customers, newest first.
     */
    Page<Customer> searchCustomers(String query, PageRequest page);

    /**
     * Returns the ids of customers whose name contains the text or whose phone matches it exactly or by
     * its last four digits. Other services use it to search their own records by customer.
     */
    List<Long> findCustomerIds(String query, int max);

    Vehicle createVehicle(VehicleInput input);

    Vehicle getVehicle(long id);

    Optional<Vehicle> findVehicle(long id);

    /**
     * Returns the vehicle with the given plate, normalised before the lookup.
     */
    Optional<Vehicle> findVehicleByPlate(String plate);

    List<Vehicle> listVehicles(long customerId);

    /**
     * Records a new odometer reading when it is higher than the stored one.
     */
    void recordOdometer(long vehicleId, int odometerKm);
}
