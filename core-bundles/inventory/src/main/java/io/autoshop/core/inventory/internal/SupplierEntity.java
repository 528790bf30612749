package io.autoshop.core.inventory.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_SUPPLIER}.
 */
@Entity(name = "Supplier")
@Table(name = "AS_SUPPLIER")
public class SupplierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME")
    String name;

    @Column(name = "CONTACT")
    String contact;

    @Column(name = "PHONE")
    String phone;

    @Column(name = "LEAD_TIME_DAYS")
    int leadTimeDays;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;
}
