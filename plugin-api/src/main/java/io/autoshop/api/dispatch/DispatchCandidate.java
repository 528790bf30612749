package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * A technician who could take a work order, with the facts a {@link DispatchStrategy} ranks by.
 *
 * @param employeeId the technician's employee id
 * @param name the technician's name
 * @param skills the technician's catalogue skills
 * @param missingSkills the order's required skills the technician lacks, empty when none are missing
 * @param openStandardHours standard hours of the labour assigned to the technician on open orders
 * @param openOrders number of open orders assigned to the technician, on the order or on a labour line
 * @param attendance today's attendance, {@code null} when no attendance plugin is installed
 */
public record DispatchCandidate(long employeeId, String name, List<String> skills, List<String> missingSkills,
        BigDecimal openStandardHours, int openOrders, AttendanceStatus attendance) {

    public DispatchCandidate {
        skills = List.copyOf(skills);
        missingSkills = List.copyOf(missingSkills);
    }

    public boolean hasAllSkills() {
        return missingSkills.isEmpty();
    }
}
