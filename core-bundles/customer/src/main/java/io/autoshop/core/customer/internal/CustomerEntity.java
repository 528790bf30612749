package io.autoshop.core.customer.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_CUSTOMER}. Phone, ID number and address are stored encrypted in the {@code *_ENC} columns and
 * searched through the {@code *_KEY} columns. {@code PHONE} and {@code PHONE_LAST4} contain plain text only in rows
 * written before encryption existed, until {@link PlaintextEncryption} clears them.
 */
@Entity(name = "Customer")
@Table(name = "AS_CUSTOMER")
public class CustomerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME")
    String name;

    @Column(name = "PHONE")
    String phone;

    @Column(name = "PHONE_LAST4")
    String phoneLast4;

    @Column(name = "PHONE_ENC")
    String phoneEncrypted;

    @Column(name = "PHONE_KEY")
    String phoneKey;

    @Column(name = "PHONE_LAST4_KEY")
    String phoneLast4Key;

    @Column(name = "ID_NUMBER_ENC")
    String idNumberEncrypted;

    @Column(name = "ID_NUMBER_KEY")
    String idNumberKey;

    @Column(name = "ADDRESS_ENC")
    String addressEncrypted;

    @Column(name = "CUSTOMER_TYPE")
    String type;

    @Column(name = "NOTES")
    String notes;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "UPDATED_AT")
    long updatedAt;
}
