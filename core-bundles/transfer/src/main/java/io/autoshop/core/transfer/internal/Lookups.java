package io.autoshop.core.transfer.internal;

import io.autoshop.api.PageRequest;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds existing records by the keys that identify duplicates: a customer by phone, a part by code.
 */
final class Lookups {

    private static final PageRequest FIRST_MATCHES = new PageRequest(50, 0);

    private Lookups() {
    }

    /** Returns the customer with the mainland mobile number, written in any common notation. */
    static Optional<Customer> customerByPhone(CustomerService customers, String phone) {
        String digits = mobileDigits(phone);
        if (digits == null) {
            return Optional.empty();
        }
        return customers.searchCustomers(digits, FIRST_MATCHES).items().stream()
                .filter(c -> digits.equals(c.phone())).findFirst();
    }

    /** Returns the part with the code, compared as the inventory stores codes: NFKC-folded and upper-case. */
    static Optional<Part> partByCode(InventoryService inventory, String code) {
        String normalized = normalizeCode(code);
        return inventory.searchParts(normalized, false, FIRST_MATCHES).items().stream()
                .filter(p -> p.code().equals(normalized)).findFirst();
    }

    static String normalizeCode(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the 11 digits of a mainland mobile number without separators and country code, or {@code null} when
     * the text has another form. Validation stays with the customer service; this only builds the lookup key.
     */
    static String mobileDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
        if (digits.length() == 15 && digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.length() == 11 ? digits : null;
    }

    /** Returns the phone number with its middle digits hidden, as reports and logs show it. */
    static String mask(String phone) {
        String digits = mobileDigits(phone);
        if (digits == null) {
            return phone == null || phone.length() < 4 ? "****" : "****" + phone.substring(phone.length() - 4);
        }
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }
}
