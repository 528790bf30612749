package io.autoshop.core.inventory.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_STOCK_COUNT}; locked before its lines and the rows of their parts change.
 */
@Entity(name = "StockCount")
@Table(name = "AS_STOCK_COUNT")
public class StockCountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "LOCATION")
    String location;

    @Column(name = "STATUS")
    String status;

    @Column(name = "REASON")
    String reason;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "POSTED_AT")
    Long postedAt;
}
