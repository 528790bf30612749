package io.autoshop.core.workorder.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_SERVICE_ITEM}.
 */
@Entity(name = "ServiceItem")
@Table(name = "AS_SERVICE_ITEM")
public class ServiceItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME")
    String name;

    /** The upper-case name, unique. */
    @Column(name = "NAME_KEY")
    String nameKey;

    @Column(name = "STANDARD_HOURS")
    BigDecimal standardHours;

    @Column(name = "RATE")
    BigDecimal rate;

    /** Catalogue skill names joined by commas. */
    @Column(name = "SKILLS")
    String skills;

    @Column(name = "CREATED_AT")
    long createdAt;
}
