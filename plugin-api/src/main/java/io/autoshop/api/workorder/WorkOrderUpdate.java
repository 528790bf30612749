package io.autoshop.api.workorder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Changes to the descriptive fields of a work order; a {@code null} field stays as it is.
 *
 * @param discount discount in yuan, at most the subtotal of the lines
 * @param technicianIds the complete new list of assigned employees
 */
public record WorkOrderUpdate(String complaint, String diagnosis, String repairPlan, OffsetDateTime promisedAt,
        BigDecimal discount, List<Long> technicianIds) {
}
