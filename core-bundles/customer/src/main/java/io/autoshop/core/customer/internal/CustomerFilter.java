package io.autoshop.core.customer.internal;

import io.autoshop.core.customer.internal.validation.IdNumbers;
import io.autoshop.core.customer.internal.validation.PhoneNumbers;
import io.autoshop.core.customer.internal.validation.PlateNumbers;
import javax.persistence.Query;

/**
 * Turns a free-text customer query into one JPQL condition. A full phone number, four digits, an ID number or a
 * plate each use their own index, and the first three are matched through the search key of the value. Any other
 * text is a name substring, which scans the customer table.
 */
record CustomerFilter(String kind, String value) {

    static CustomerFilter of(String query, PersonalData personalData) {
        if (query == null || query.isBlank()) {
            return new CustomerFilter("all", null);
        }
        String text = query.strip();
        String phone = PhoneNumbers.normalize(text);
        if (phone != null && PhoneNumbers.check(phone) == null) {
            return new CustomerFilter("phone", personalData.phoneKey(phone));
        }
        if (phone != null && phone.matches("\\d{4}")) {
            return new CustomerFilter("last4", personalData.lastFourKey(phone));
        }
        String idNumber = IdNumbers.upgrade(IdNumbers.normalize(text));
        if (IdNumbers.check(idNumber) == null) {
            return new CustomerFilter("idNumber", personalData.idNumberKey(idNumber));
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
                return " WHERE c.phoneKey = :value";
            case "last4":
                return " WHERE c.phoneLast4Key = :value";
            case "idNumber":
                return " WHERE c.idNumberKey = :value";
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
