package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_WORK_ORDER}; every change of the order or its lines moves its version.
 */
@Entity(name = "WorkOrder")
@Table(name = "AS_WORK_ORDER")
public class WorkOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ORDER_NUMBER")
    String number;

    @Column(name = "STATUS")
    String status;

    @Column(name = "CUSTOMER_ID")
    long customerId;

    @Column(name = "VEHICLE_ID")
    long vehicleId;

    @Column(name = "PLATE")
    String plate;

    @Column(name = "ODOMETER_KM")
    int odometerKm;

    @Column(name = "COMPLAINT")
    String complaint;

    @Column(name = "DIAGNOSIS")
    String diagnosis;

    @Column(name = "REPAIR_PLAN")
    String repairPlan;

    @Column(name = "PROMISED_AT")
    Long promisedAt;

    @Column(name = "RECEIVED_AT")
    long receivedAt;

    @Column(name = "STATUS_SINCE")
    long statusSince;

    @Column(name = "LABOR_TOTAL")
    BigDecimal laborTotal;

    @Column(name = "PARTS_TOTAL")
    BigDecimal partsTotal;

    @Column(name = "DISCOUNT")
    BigDecimal discount;

    @Column(name = "TOTAL")
    BigDecimal total;

    @Column(name = "PAID")
    BigDecimal paid;

    @Column(name = "REWORK_COUNT")
    int reworkCount;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "UPDATED_AT")
    long updatedAt;
}
