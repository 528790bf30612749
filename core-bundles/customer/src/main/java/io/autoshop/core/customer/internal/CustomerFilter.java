package io.autoshop.core.customer.internal;

import io.autoshop.core.customer.internal.validation.PhoneNumbers;
import io.autoshop.core.customer.internal.validation.PlateNumbers;
import javax.persistence.Query;

/**
 * Turns a free-text customer query into one JPQL condition. A full phone number, four digits or a plate each
 * use their own index; any other text is a name substring, which scans the customer table.
 */
record CustomerFilter(String kind, String value) {

    static CustomerFilter of(String query) {
        if (query == null || query.isBlank()) {
            return new CustomerFilter("all", null);
        }
        String text = query.strip();
        String phone = PhoneNumbers.normalize(text);
        if (phone != null && PhoneNumbers.check(phone) == null) {
            return new CustomerFilter("phone", phone);
        }
        if (phone != null && phone.matches("\\d{4}")) {
            return new CustomerFilter("last4", phone);
        }
        String plate = PlateNumbers.normalize(text);
        if (plate != null && PlateNumbers.check(plate).valid()) {
            return new CustomerFilter("plate", plate);
        }
        return new CustomerFilter("name", "%" + escapeLike(text) + "%");
    }

    boolean isEmpty() {
        return value == null;
    }

    /**
     * Returns the FROM clause. A plate search joins from the vehicle, because Derby runs the equivalent IN
     * subquery by reading every key of the customer table.
     */
    String from() {
        return "plate".equals(kind) ? " FROM Customer c, Vehicle v" : " FROM Customer c";
    }

    String where() {
        switch (kind) {
            case "phone":
                return " WHERE c.phone = :value";
            case "last4":
                return " WHERE c.phoneLast4 = :value";
            case "plate":
                return " WHERE v.customerId = c.id AND v.plate = :value";
            case "name":
                return " WHERE c.name LIKE :value ESCAPE '\\'";
            default:
                return "";
        }
    }

    void bind(Query query) {
        if (value != null) {
            query.setParameter("value", value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
