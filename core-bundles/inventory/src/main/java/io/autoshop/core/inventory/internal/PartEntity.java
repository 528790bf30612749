package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_PART}.
 */
@Entity(name = "Part")
@Table(name = "AS_PART")
public class PartEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CODE")
    String code;

    @Column(name = "NAME")
    String name;

    @Column(name = "SPEC")
    String spec;

    @Column(name = "UNIT")
    String unit;

    @Column(name = "SALE_PRICE")
    BigDecimal salePrice;

    @Column(name = "SAFETY_STOCK")
    BigDecimal safetyStock;

    @Column(name = "LOCATION")
    String location;

    /** Sum of the remaining quantities of the part's batches. */
    @Column(name = "ON_HAND")
    BigDecimal onHand;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "UPDATED_AT")
    long updatedAt;
}
