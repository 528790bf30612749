package io.autoshop.core.workorder.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_LABOR_CLOCK}: one start/stop pair of a job clock, open while {@code stoppedAt} is null.
 */
@Entity(name = "ClockEntry")
@Table(name = "AS_WO_LABOR_CLOCK")
public class ClockEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "LABOR_LINE_ID")
    long laborLineId;

    @Column(name = "TECHNICIAN_ID")
    long technicianId;

    @Column(name = "STARTED_AT")
    long startedAt;

    @Column(name = "STOPPED_AT")
    Long stoppedAt;

    /** The technician id while the pair is open, {@code null} after the stop; unique among open pairs. */
    @Column(name = "RUNNING_TECHNICIAN_ID")
    Long runningTechnicianId;
}
