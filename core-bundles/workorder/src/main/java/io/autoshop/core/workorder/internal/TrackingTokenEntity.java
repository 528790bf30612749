package io.autoshop.core.workorder.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_TRACKING}: the progress-page token of one work order.
 */
@Entity(name = "TrackingToken")
@Table(name = "AS_WO_TRACKING")
public class TrackingTokenEntity {

    @Id
    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "TOKEN")
    String token;

    @Column(name = "CREATED_AT")
    long createdAt;
}
