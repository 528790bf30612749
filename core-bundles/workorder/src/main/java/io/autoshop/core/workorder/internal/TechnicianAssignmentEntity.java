package io.autoshop.core.workorder.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_TECHNICIAN}: one employee assigned to one order.
 */
@Entity(name = "TechnicianAssignment")
@Table(name = "AS_WO_TECHNICIAN")
public class TechnicianAssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "EMPLOYEE_ID")
    long employeeId;
}
