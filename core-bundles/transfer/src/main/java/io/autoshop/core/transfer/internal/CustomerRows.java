package io.autoshop.core.transfer.internal;

import java.util.List;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerInput;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.CustomerType;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports customers; the phone number identifies a customer, so a known phone updates that customer.
 */
final class CustomerRows implements RowImporter {

    private final CustomerService customers;

    CustomerRows(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Outcome apply(RowReader row) {
        String name = row.requiredText("name");
        String phone = row.phone("phone");
        CustomerType type = type(row);
        String notes = row.text("notes");
        CustomerInput input = new CustomerInput(name, phone, type, notes);

        Optional<Customer> existing = Lookups.customerByPhone(customers, phone);
        if (existing.isEmpty()) {
            customers.createCustomer(input);
            return Outcome.CREATED;
        }
        Customer customer = existing.get();
        if (customer.name().equals(name) && customer.type() == type && Objects.equals(customer.notes(), notes)) {
            return Outcome.UNCHANGED;
        }
        customers.updateCustomer(customer.id(), input, null);
        return Outcome.UPDATED;
    }

    private static CustomerType type(RowReader row) {
        String text = row.folded("type");
        if (text == null) {
            return CustomerType.INDIVIDUAL;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "个人", "私人", "INDIVIDUAL", "PERSON":
                return CustomerType.INDIVIDUAL;
            case "单位", "公司", "企业", "COMPANY", "BUSINESS":
                return CustomerType.COMPANY;
            default:
                throw new RowRejectedException(Messages.INVALID_CHOICE, row.label("type"), text, "个人/单位");
        }
    }

    /** Returns the type as exports write it. */
    static String typeText(CustomerType type) {
        return type == CustomerType.COMPANY ? "单位" : "个人";
    }

    @Override
    public List<String> keys(RowReader row) {
        String phone = Lookups.mobileDigits(CellValues.digits(row.folded("phone")));
        return phone == null ? List.of() : List.of("phone:" + phone);
    }
}
