package io.autoshop.core.workorder.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_HISTORY}; history rows are only ever inserted.
 */
@Entity(name = "History")
@Table(name = "AS_WO_HISTORY")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "EVENT")
    String event;

    @Column(name = "FROM_STATUS")
    String fromStatus;

    @Column(name = "TO_STATUS")
    String toStatus;

    @Column(name = "HAPPENED_AT")
    long at;

    @Column(name = "BY_USER")
    String by;

    @Column(name = "NOTE")
    String note;
}
