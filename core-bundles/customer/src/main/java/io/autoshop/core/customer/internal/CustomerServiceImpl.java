package io.autoshop.core.customer.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerInput;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.CustomerType;
import io.autoshop.api.customer.PlateType;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.customer.VehicleInput;
import io.autoshop.api.event.EventProperties;
import io.autoshop.api.event.Topics;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.security.FieldCipher;
import io.autoshop.core.customer.internal.validation.IdNumbers;
import io.autoshop.core.customer.internal.validation.PhoneNumbers;
import io.autoshop.core.customer.internal.validation.PlateNumbers;
import io.autoshop.core.customer.internal.validation.VinNumbers;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores customers and vehicles after normalising and validating phone numbers, ID numbers, plates and VINs. A
 * customer's phone, ID number and address are stored encrypted with the shop's {@link FieldCipher}, so the service
 * starts only once the cipher is available, and first encrypts rows that still contain a plain-text phone.
 */
@Component(service = CustomerService.class)
public final class CustomerServiceImpl implements CustomerService {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerServiceImpl.class);
    private static final int MAX_ODOMETER_KM = 3_000_000;
    private static final int MAX_ADDRESS_LENGTH = 200;

    private final Transactions transactions;
    private final ShopClock clock;
    private final EventAdmin events;
    private final AuditLog audit;
    private final PersonalData personalData;

    /** A customer's fields after validation, in plain text. */
    private record ValidCustomer(String name, String phone, String type, String notes, String idNumber,
            String address) {
    }

    @Activate
    public CustomerServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + CustomerEntities.OWNER + ")") Transactions transactions,
            @Reference ShopClock clock, @Reference EventAdmin events, @Reference FieldCipher cipher, @Reference AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.personalData = new PersonalData(cipher);
        checkKeysMatchData();
        new PlaintextEncryption(transactions, personalData).run();
    }

    /**
     * Decrypts one stored phone number and raises when that fails, so that the service does not start, and writes
     * nothing, with keys other than those that encrypted the data: for example a new keystore created because
     * {@code etc/} was lost or replaced.
     */
    private void checkKeysMatchData() {
        transactions.required(em -> {
            List<CustomerEntity> sample = em.createQuery(
                    "SELECT c FROM Customer c WHERE c.phoneEncrypted IS NOT NULL ORDER BY c.id", CustomerEntity.class)
                    .setMaxResults(1).getResultList();
            for (CustomerEntity customer : sample) {
                try {
                    personalData.phone(customer);
                } catch (IllegalStateException e) {
                    LOG.error("Customer service not started: the phone number of customer {} cannot be decrypted with "
                            + "the shop's keystore ({}). Put back the keystore and password file that encrypted the "
                            + "data, as described in docs/security.md, and restart bundle autoshop-core-crypto.",
                            customer.id, e.getMessage());
                    throw new IllegalStateException("Keystore does not match the encrypted customer data", e);
                }
            }
            return null;
        });
    }

    @Override
    public Customer createCustomer(CustomerInput input) {
        ValidCustomer valid = validate(input);
        CustomerEntity entity = new CustomerEntity();
        write(entity, valid);
        long now = clock.now().toEpochMilli();
        entity.createdAt = now;
        entity.updatedAt = now;
        Customer created = transactions.required(em -> {
            checkPhoneUnused(em, valid.phone(), entity.phoneKey, null);
            em.persist(entity);
            em.flush();
            audit.record(CustomerAudit.CUSTOMER, entity.id, "create", Map.of(),
                    CustomerAudit.customer(entity, valid.phone()));
            return toCustomer(entity);
        });
        LOG.info("Created customer {} ({})", created.id(), PhoneNumbers.mask(created.phone()));
        Event event = new Event(Topics.CUSTOMER_CREATED, Map.of(EventProperties.CUSTOMER_ID, created.id()));
        transactions.afterCommit(() -> events.postEvent(event));
        return created;
    }

    @Override
    public Customer updateCustomer(long id, CustomerInput input, Long expectedVersion) {
        ValidCustomer valid = validate(input);
        String phoneKey = personalData.phoneKey(valid.phone());
        return transactions.required(em -> {
            CustomerEntity entity = loadCustomer(em, id);
            if (expectedVersion != null && expectedVersion != entity.version) {
                throw StaleVersionException.of("Customer", id, expectedVersion, entity.version);
            }
            // Check before changing the managed row, so that the query's automatic flush writes nothing.
            checkPhoneUnused(em, valid.phone(), phoneKey, entity.id);
            String previousPhone = personalData.phone(entity);
            Map<String, Object> before = CustomerAudit.customer(entity, previousPhone);
            write(entity, valid);
            entity.updatedAt = clock.now().toEpochMilli();
            em.flush();
            Map<String, Object> after = CustomerAudit.customer(entity, valid.phone());
            if (!previousPhone.equals(valid.phone())) {
                // Two numbers can share their masked form, so the entry flags that the number changed.
                after.put("phoneChanged", true);
            }
            audit.record(CustomerAudit.CUSTOMER, entity.id, "update", before, after);
            return toCustomer(entity);
        });
    }

    @Override
    public Customer getCustomer(long id) {
        return findCustomer(id).orElseThrow(() -> NotFoundException.of("Customer", id));
    }

    @Override
    public Optional<Customer> findCustomer(long id) {
        return transactions.required(em -> Optional.ofNullable(em.find(CustomerEntity.class, id)).map(this::toCustomer));
    }

    @Override
    public Page<Customer> searchCustomers(String query, PageRequest page) {
        return transactions.required(em -> {
            CustomerFilter filter = CustomerFilter.of(query, personalData);
            TypedQuery<CustomerEntity> select = em.createQuery(
                    "SELECT DISTINCT c" + filter.from() + filter.where() + " ORDER BY c.id DESC", CustomerEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT c.id)" + filter.from() + filter.where(),
                    Long.class);
            filter.bind(select);
            filter.bind(count);
            List<Customer> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(this::toCustomer).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    @Override
    public List<Long> findCustomerIds(String query, int max) {
        CustomerFilter filter = CustomerFilter.of(query, personalData);
        if (filter.isEmpty()) {
            return List.of();
        }
        return transactions.required(em -> {
            TypedQuery<Long> select = em.createQuery("SELECT DISTINCT c.id" + filter.from() + filter.where(), Long.class);
            filter.bind(select);
            return select.setMaxResults(max).getResultList();
        });
    }

    @Override
    public Vehicle createVehicle(VehicleInput input) {
        FieldErrors errors = new FieldErrors();
        Long customerId = errors.require("customerId", input.customerId());
        String plate = PlateNumbers.normalize(input.plate());
        PlateNumbers.PlateCheck plateCheck = null;
        if (plate == null || plate.isEmpty()) {
            errors.add("plate", "is required");
        } else {
            plateCheck = PlateNumbers.check(plate);
            if (!plateCheck.valid()) {
                errors.add("plate", plateCheck.message());
            }
        }
        String vin = VinNumbers.normalize(input.vin());
        if (vin != null && vin.isEmpty()) {
            vin = null;
        }
        if (vin != null) {
            String vinError = VinNumbers.check(vin).error();
            if (vinError != null) {
                errors.add("vin", vinError);
            }
        }
        VehicleEntity entity = new VehicleEntity();
        entity.make = errors.optionalText("make", input.make(), 60);
        entity.model = errors.optionalText("model", input.model(), 60);
        entity.color = errors.optionalText("color", input.color(), 30);
        entity.year = checkYear(errors, input.year());
        entity.odometerKm = checkOdometer(errors, "odometerKm", input.odometerKm());
        errors.throwIfAny();

        entity.customerId = customerId;
        entity.plate = plate;
        entity.activePlate = plate;
        entity.plateType = plateCheck.type().name();
        entity.vin = vin;
        long now = clock.now().toEpochMilli();
        entity.createdAt = now;
        entity.updatedAt = now;
        Vehicle created = transactions.required(em -> {
            if (em.find(CustomerEntity.class, customerId) == null) {
                throw new ValidationException("customerId", "customer " + customerId + " does not exist");
            }
            checkVehicleUnique(em, entity);
            em.persist(entity);
            em.flush();
            audit.record(CustomerAudit.VEHICLE, entity.id, "create", Map.of(), CustomerAudit.vehicle(entity));
            return toVehicle(entity);
        });
        LOG.info("Registered vehicle {} with plate '{}' for customer {}", created.id(), created.plate(), customerId);
        Event event = new Event(Topics.VEHICLE_CREATED, Map.of(EventProperties.VEHICLE_ID, created.id(),
                EventProperties.CUSTOMER_ID, customerId, EventProperties.PLATE, created.plate()));
        transactions.afterCommit(() -> events.postEvent(event));
        return created;
    }

    @Override
    public Vehicle getVehicle(long id) {
        return findVehicle(id).orElseThrow(() -> NotFoundException.of("Vehicle", id));
    }

    @Override
    public Optional<Vehicle> findVehicle(long id) {
        return transactions.required(em -> Optional.ofNullable(em.find(VehicleEntity.class, id)).map(this::toVehicle));
    }

    @Override
    public Optional<Vehicle> findVehicleByPlate(String plate) {
        String normalized = PlateNumbers.normalize(plate);
        if (normalized == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        return transactions.required(em -> em
                .createQuery("SELECT v FROM Vehicle v WHERE v.plate = :plate ORDER BY v.id DESC", VehicleEntity.class)
                .setParameter("plate", normalized).setMaxResults(1).getResultList().stream().findFirst()
                .map(this::toVehicle));
    }

    @Override
    public List<Vehicle> listVehicles(long customerId) {
        return transactions.required(em -> {
            loadCustomer(em, customerId);
            return em.createQuery("SELECT v FROM Vehicle v WHERE v.customerId = :customerId ORDER BY v.id",
                    VehicleEntity.class).setParameter("customerId", customerId).getResultList().stream()
                    .map(this::toVehicle).toList();
        });
    }

    @Override
    public void recordOdometer(long vehicleId, int odometerKm) {
        transactions.required(em -> {
            VehicleEntity vehicle = em.find(VehicleEntity.class, vehicleId);
            if (vehicle == null) {
                throw NotFoundException.of("Vehicle", vehicleId);
            }
            if (vehicle.odometerKm == null || vehicle.odometerKm < odometerKm) {
                Map<String, Object> before = CustomerAudit.vehicle(vehicle);
                vehicle.odometerKm = odometerKm;
                vehicle.updatedAt = clock.now().toEpochMilli();
                audit.record(CustomerAudit.VEHICLE, vehicle.id, "update", before, CustomerAudit.vehicle(vehicle));
            }
            return null;
        });
    }

    private static ValidCustomer validate(CustomerInput input) {
        FieldErrors errors = new FieldErrors();
        String name = errors.requireText("name", input.name(), 100);
        String phone = PhoneNumbers.normalize(input.phone());
        if (phone == null || phone.isEmpty()) {
            errors.add("phone", "is required");
        } else {
            String problem = PhoneNumbers.check(phone);
            if (problem != null) {
                errors.add("phone", problem);
            }
        }
        String notes = errors.optionalText("notes", input.notes(), 2000);
        String idNumber = IdNumbers.normalize(input.idNumber());
        if (idNumber != null && idNumber.isEmpty()) {
            idNumber = null;
        }
        if (idNumber != null) {
            idNumber = IdNumbers.upgrade(idNumber);
            String problem = IdNumbers.check(idNumber);
            if (problem != null) {
                errors.add("idNumber", problem);
            }
        }
        String address = errors.optionalText("address", input.address(), MAX_ADDRESS_LENGTH);
        errors.throwIfAny();
        String type = (input.type() == null ? CustomerType.INDIVIDUAL : input.type()).name();
        return new ValidCustomer(name, phone, type, notes, idNumber, address);
    }

    private void write(CustomerEntity entity, ValidCustomer valid) {
        entity.name = valid.name();
        personalData.setPhone(entity, valid.phone());
        entity.type = valid.type();
        entity.notes = valid.notes();
        personalData.setIdNumber(entity, valid.idNumber());
        personalData.setAddress(entity, valid.address());
    }

    private static Integer checkYear(FieldErrors errors, Integer year) {
        int latest = Year.now().getValue() + 1;
        if (year != null && (year < 1950 || year > latest)) {
            errors.add("year", "must be between 1950 and " + latest + ", got " + year);
        }
        return year;
    }

    static Integer checkOdometer(FieldErrors errors, String field, Integer odometerKm) {
        if (odometerKm != null && (odometerKm < 0 || odometerKm > MAX_ODOMETER_KM)) {
            errors.add(field, "must be between 0 and " + MAX_ODOMETER_KM + " km, got " + odometerKm);
        }
        return odometerKm;
    }

    private static void checkPhoneUnused(EntityManager em, String phone, String phoneKey, Long exceptId) {
        List<Long> owners = em.createQuery("SELECT c.id FROM Customer c WHERE c.phoneKey = :phoneKey", Long.class)
                .setParameter("phoneKey", phoneKey).getResultList();
        for (Long owner : owners) {
            if (!owner.equals(exceptId)) {
                throw new ConflictException(
                        "Phone " + PhoneNumbers.mask(phone) + " already belongs to customer " + owner);
            }
        }
    }

    private static void checkVehicleUnique(EntityManager em, VehicleEntity entity) {
        List<Long> samePlate = em.createQuery("SELECT v.id FROM Vehicle v WHERE v.activePlate = :plate", Long.class)
                .setParameter("plate", entity.plate).getResultList();
        if (!samePlate.isEmpty()) {
            throw new ConflictException("Plate " + entity.plate + " is already registered to vehicle " + samePlate.get(0));
        }
        if (entity.vin != null) {
            List<Long> sameVin = em.createQuery("SELECT v.id FROM Vehicle v WHERE v.vin = :vin", Long.class)
                    .setParameter("vin", entity.vin).getResultList();
            if (!sameVin.isEmpty()) {
                throw new ConflictException("VIN " + entity.vin + " is already registered to vehicle " + sameVin.get(0));
            }
        }
    }

    private static CustomerEntity loadCustomer(EntityManager em, long id) {
        CustomerEntity entity = em.find(CustomerEntity.class, id);
        if (entity == null) {
            throw NotFoundException.of("Customer", id);
        }
        return entity;
    }

    private Customer toCustomer(CustomerEntity e) {
        String phone;
        String idNumber;
        String address;
        try {
            phone = personalData.phone(e);
            idNumber = personalData.idNumber(e);
            address = personalData.address(e);
        } catch (IllegalStateException decryptionFailure) {
            LOG.error("Personal data of customer {} cannot be decrypted with the shop's keystore: {}", e.id,
                    decryptionFailure.getMessage());
            throw decryptionFailure;
        }
        return new Customer(e.id, e.name, phone, CustomerType.valueOf(e.type), e.notes, idNumber, address,
                e.version, clock.toShopTime(e.createdAt), clock.toShopTime(e.updatedAt));
    }

    private Vehicle toVehicle(VehicleEntity e) {
        String vinWarning = e.vin == null ? null : VinNumbers.check(e.vin).warning();
        return new Vehicle(e.id, e.customerId, e.plate, PlateType.valueOf(e.plateType), e.vin, vinWarning, e.make,
                e.model, e.year, e.color, e.odometerKm, e.version, clock.toShopTime(e.createdAt));
    }
}
