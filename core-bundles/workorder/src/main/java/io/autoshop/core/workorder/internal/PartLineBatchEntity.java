package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_PART_BATCH}: the quantity of a parts line taken from one stock batch.
 */
@Entity(name = "PartLineBatch")
@Table(name = "AS_WO_PART_BATCH")
public class PartLineBatchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PART_LINE_ID")
    long partLineId;

    @Column(name = "BATCH_ID")
    long batchId;

    @Column(name = "BATCH")
    String batch;

    @Column(name = "QUANTITY")
    BigDecimal quantity;

    @Column(name = "UNIT_COST")
    BigDecimal unitCost;
}
