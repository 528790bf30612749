package io.autoshop.core.inventory.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_STOCK_COUNT_LINE}.
 */
@Entity(name = "StockCountLine")
@Table(name = "AS_STOCK_COUNT_LINE")
public class StockCountLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "COUNT_ID")
    long countId;

    @Column(name = "PART_ID")
    long partId;

    /** On-hand quantity when the count started. */
    @Column(name = "EXPECTED_QTY")
    BigDecimal expected;

    @Column(name = "COUNTED_QTY")
    BigDecimal counted;

    /** On-hand quantity when the counted quantity was entered. */
    @Column(name = "BOOK_QTY")
    BigDecimal bookAtCount;
}
