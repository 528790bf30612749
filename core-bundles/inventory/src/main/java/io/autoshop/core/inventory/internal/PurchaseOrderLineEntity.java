package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_PURCHASE_ORDER_LINE}.
 */
@Entity(name = "PurchaseOrderLine")
@Table(name = "AS_PURCHASE_ORDER_LINE")
public class PurchaseOrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PURCHASE_ORDER_ID")
    long purchaseOrderId;

    @Column(name = "PART_ID")
    long partId;

    @Column(name = "QUANTITY")
    BigDecimal quantity;

    @Column(name = "UNIT_COST")
    BigDecimal unitCost;

    @Column(name = "RECEIVED_QTY")
    BigDecimal receivedQuantity;
}
