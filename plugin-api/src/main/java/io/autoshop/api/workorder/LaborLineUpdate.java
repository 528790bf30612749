package io.autoshop.api.workorder;

/**
 * A change of a labour line.
 *
 * @param technicianId the technician who does the work, {@code null} to leave the line unassigned
 * @since 1.1
 */
public record LaborLineUpdate(Long technicianId) {
}
