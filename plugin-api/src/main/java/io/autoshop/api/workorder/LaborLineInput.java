package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * A labour line to add: a name with hours and rate, or a standard service item.
 */
public record LaborLineInput(String name, BigDecimal hours, BigDecimal rate, Long technicianId,
        Long serviceItemId) {
}
