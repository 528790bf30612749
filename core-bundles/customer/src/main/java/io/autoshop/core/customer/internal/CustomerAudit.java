package io.autoshop.core.customer.internal;

import io.autoshop.core.customer.internal.validation.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entity kinds and values that the customer service records in the audit log. Phone numbers are masked here, so
 * an audit entry never contains a whole number.
 */
final class CustomerAudit {

    static final String CUSTOMER = "customer";
    static final String VEHICLE = "vehicle";

    private CustomerAudit() {
    }

    /** Returns the audited values of a customer whose phone number, stored encrypted, is given in plain text. */
    static Map<String, Object> customer(CustomerEntity customer, String phone) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", customer.name);
        values.put("phone", PhoneNumbers.mask(phone));
        values.put("type", customer.type);
        values.put("notes", customer.notes);
        return values;
    }

    static Map<String, Object> vehicle(VehicleEntity vehicle) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customerId", vehicle.customerId);
        values.put("plate", vehicle.plate);
        values.put("vin", vehicle.vin);
        values.put("make", vehicle.make);
        values.put("model", vehicle.model);
        values.put("year", vehicle.year);
        values.put("color", vehicle.color);
        values.put("odometerKm", vehicle.odometerKm);
        return values;
    }
}
