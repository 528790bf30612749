package io.autoshop.core.customer.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_VEHICLE}.
 */
@Entity(name = "Vehicle")
@Table(name = "AS_VEHICLE")
public class VehicleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ID")
    long customerId;

    @Column(name = "PLATE")
    String plate;

    /** The plate while the vehicle is active, {@code null} after; unique. */
    @Column(name = "ACTIVE_PLATE")
    String activePlate;

    @Column(name = "PLATE_TYPE")
    String plateType;

    @Column(name = "VIN")
    String vin;

    @Column(name = "MAKE")
    String make;

    @Column(name = "MODEL")
    String model;

    @Column(name = "MODEL_YEAR")
    Integer year;

    @Column(name = "COLOR")
    String color;

    @Column(name = "ODOMETER_KM")
    Integer odometerKm;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "UPDATED_AT")
    long updatedAt;
}
