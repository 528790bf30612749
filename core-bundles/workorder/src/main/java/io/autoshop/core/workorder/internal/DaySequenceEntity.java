package io.autoshop.core.workorder.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_WO_SEQUENCE}: the last order number handed out on one reception day.
 */
@Entity(name = "DaySequence")
@Table(name = "AS_WO_SEQUENCE")
public class DaySequenceEntity {

    /** The day as yyyymmdd in shop time. */
    @Id
    @Column(name = "DAY_KEY")
    int day;

    @Column(name = "LAST_VALUE")
    int lastValue;
}
