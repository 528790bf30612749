package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_STOCK_MOVEMENT}; movements are only ever inserted.
 */
@Entity(name = "StockMovement")
@Table(name = "AS_STOCK_MOVEMENT")
public class StockMovementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PART_ID")
    long partId;

    @Column(name = "BATCH_ID")
    long batchId;

    @Column(name = "MOVEMENT_TYPE")
    String type;

    /** Signed change: positive for receipts and returns, negative for issues. */
    @Column(name = "QUANTITY")
    BigDecimal quantity;

    @Column(name = "UNIT_COST")
    BigDecimal unitCost;

    @Column(name = "WORK_ORDER_ID")
    Long workOrderId;

    @Column(name = "NOTE")
    String note;

    @Column(name = "MOVED_AT")
    long at;
}
