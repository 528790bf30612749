package io.autoshop.api.workorder;

import java.time.LocalDate;

/**
 * Filters of a work-order search; {@code null} fields do not filter.
 *
 * @param text matches order number, plate, customer name, phone (exact or last four digits), or a substring
 *        of complaint or diagnosis
 * @param from first reception date, inclusive, in shop time
 * @param to last reception date, inclusive, in shop time
 */
public record WorkOrderQuery(String text, WorkOrderStatus status, String plate, Long customerId, Long vehicleId,
        Long technicianId, LocalDate from, LocalDate to) {
}
