package io.autoshop.core.customer.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_CUSTOMER}.
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
