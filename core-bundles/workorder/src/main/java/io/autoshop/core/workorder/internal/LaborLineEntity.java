package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_LABOR}.
 */
@Entity(name = "LaborLine")
@Table(name = "AS_WO_LABOR")
public class LaborLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "NAME")
    String name;

    @Column(name = "HOURS")
    BigDecimal hours;

    @Column(name = "RATE")
    BigDecimal rate;

    @Column(name = "AMOUNT")
    BigDecimal amount;

    @Column(name = "TECHNICIAN_ID")
    Long technicianId;

    @Column(name = "SERVICE_ITEM_ID")
    Long serviceItemId;

    /** The service item's standard hours when the line was created, {@code null} for a free line. */
    @Column(name = "STANDARD_HOURS")
    BigDecimal standardHours;

    /**
     * Returns the hours this line adds to its technician's workload: the standard hours, or the charged hours of
     * a free line.
     */
    BigDecimal workloadHours() {
        return standardHours == null ? hours : standardHours;
    }
}
