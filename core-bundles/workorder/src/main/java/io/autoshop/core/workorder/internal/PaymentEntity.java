package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_PAYMENT}.
 */
@Entity(name = "Payment")
@Table(name = "AS_WO_PAYMENT")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "METHOD")
    String method;

    @Column(name = "AMOUNT")
    BigDecimal amount;

    @Column(name = "PAID_AT")
    long paidAt;
}
