package io.autoshop.core.inventory.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_PURCHASE_ORDER}; locked before its lines and the rows of their parts change.
 */
@Entity(name = "PurchaseOrder")
@Table(name = "AS_PURCHASE_ORDER")
public class PurchaseOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SUPPLIER_ID")
    long supplierId;

    @Column(name = "STATUS")
    String status;

    @Column(name = "NOTE")
    String note;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "ORDERED_AT")
    Long orderedAt;

    @Column(name = "UPDATED_AT")
    long updatedAt;
}
