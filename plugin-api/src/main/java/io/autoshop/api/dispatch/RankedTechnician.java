package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of a {@link DispatchRanking}.
 *
 * @param rank position in the ranking, 1 for the best
 * @param employeeId the technician's employee id
 * @param name the technician's name
 * @param score the strategy's score
 * @param reasons why the strategy placed the technician here
 * @param missingSkills required skills the technician lacks
 * @param openStandardHours standard hours of the technician's open labour
 * @param attendance today's attendance, {@code null} without an attendance plugin
 */
public record RankedTechnician(int rank, long employeeId, String name, BigDecimal score, List<String> reasons,
        List<String> missingSkills, BigDecimal openStandardHours, AttendanceStatus attendance) {

    public RankedTechnician {
        reasons = List.copyOf(reasons);
        missingSkills = List.copyOf(missingSkills);
    }
}
