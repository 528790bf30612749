package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * A labour line to add: a name with hours and rate, or a standard service item, which then sets the name, the
 * hours and the rate.
 */
public record LaborLineInput(String name, BigDecimal hours, BigDecimal rate, Long technicianId,
        Long serviceItemId) {
}
