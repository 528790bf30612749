package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_PART}.
 */
@Entity(name = "PartLine")
@Table(name = "AS_WO_PART")
public class PartLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "PART_ID")
    long partId;

    @Column(name = "PART_CODE")
    String partCode;

    @Column(name = "PART_NAME")
    String partName;

    @Column(name = "QUANTITY")
    BigDecimal quantity;

    @Column(name = "UNIT_PRICE")
    BigDecimal unitPrice;

    @Column(name = "AMOUNT")
    BigDecimal amount;
}
