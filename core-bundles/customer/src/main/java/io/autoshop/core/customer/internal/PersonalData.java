package io.autoshop.core.customer.internal;

import io.autoshop.api.security.FieldCipher;
import io.autoshop.core.customer.internal.validation.PhoneNumbers;

/**
 * Moves a customer's phone, ID number and address between plain text and the encrypted columns and search keys of
 * {@link CustomerEntity}.
 */
final class PersonalData {

    static final String PHONE = "phone";
    static final String PHONE_LAST4 = "phone-last4";
    static final String ID_NUMBER = "id-number";

    private final FieldCipher cipher;

    PersonalData(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Encrypts a normalized 11-digit phone number into the entity and clears the plain-text columns.
     */
    void setPhone(CustomerEntity entity, String phone) {
        entity.phoneEncrypted = cipher.encrypt(phone);
        entity.phoneKey = phoneKey(phone);
        entity.phoneLast4Key = lastFourKey(PhoneNumbers.lastFour(phone));
        entity.phone = null;
        entity.phoneLast4 = null;
    }

    void setIdNumber(CustomerEntity entity, String idNumber) {
        entity.idNumberEncrypted = cipher.encrypt(idNumber);
        entity.idNumberKey = idNumberKey(idNumber);
    }

    void setAddress(CustomerEntity entity, String address) {
        entity.addressEncrypted = cipher.encrypt(address);
    }

    /**
     * Returns the phone number in plain text, also of a row not yet encrypted.
     */
    String phone(CustomerEntity entity) {
        return entity.phoneEncrypted == null ? entity.phone : cipher.decrypt(entity.phoneEncrypted);
    }

    String idNumber(CustomerEntity entity) {
        return cipher.decrypt(entity.idNumberEncrypted);
    }

    String address(CustomerEntity entity) {
        return cipher.decrypt(entity.addressEncrypted);
    }

    String phoneKey(String phone) {
        return cipher.searchKey(PHONE, phone);
    }

    String lastFourKey(String lastFour) {
        return cipher.searchKey(PHONE_LAST4, lastFour);
    }

    String idNumberKey(String idNumber) {
        return cipher.searchKey(ID_NUMBER, idNumber);
    }
}
