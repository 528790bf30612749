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

    /** The location as one text; kept in step with warehouse, shelf and bin. */
    @Column(name = "LOCATION")
    String location;

    @Column(name = "WAREHOUSE")
    String warehouse;

    @Column(name = "SHELF")
    String shelf;

    @Column(name = "BIN")
    String bin;

    @Column(name = "PREFERRED_SUPPLIER_ID")
    Long preferredSupplierId;

    /** True from the change that took on-hand below safety stock until stock is back at or above it. */
    @Column(name = "LOW_STOCK_ALERTED")
    boolean lowStockAlerted;

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
