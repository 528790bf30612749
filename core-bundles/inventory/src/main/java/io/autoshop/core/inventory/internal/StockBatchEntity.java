package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_STOCK_BATCH}; changed only while the part row is locked.
 */
@Entity(name = "StockBatch")
@Table(name = "AS_STOCK_BATCH")
public class StockBatchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PART_ID")
    long partId;

    @Column(name = "BATCH")
    String batch;

    @Column(name = "SUPPLIER")
    String supplier;

    @Column(name = "SUPPLIER_ID")
    Long supplierId;

    @Column(name = "PURCHASE_ORDER_ID")
    Long purchaseOrderId;

    @Column(name = "UNIT_COST")
    BigDecimal unitCost;

    @Column(name = "RECEIVED_QTY")
    BigDecimal receivedQuantity;

    @Column(name = "REMAINING")
    BigDecimal remaining;

    @Column(name = "RECEIVED_AT")
    long receivedAt;
}
