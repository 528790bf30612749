package io.autoshop.core.workorder.internal;

import io.autoshop.api.dispatch.AttendanceStatus;
import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchRequest;
import io.autoshop.api.dispatch.DispatchStrategy;
import io.autoshop.api.dispatch.DispatchSuggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The core's ranking of technicians. Each technician's score, from 0 to 100 with one decimal, is
 *
 * <pre>
 * (60 × matched required skills / required skills + 40 × 8 / (8 + open standard hours)) × attendance factor
 * </pre>
 *
 * where an order without required skills counts as fully matched, and the attendance factor is 1 when present
 * or when no attendance plugin is installed, 0.8 when the plugin has no record and 0 when absent. Technicians
 * with every required skill come first, then higher score, then fewer open standard hours, then lower
 * employee id, so equal cases always rank the same way.
 */
@Component(service = DispatchStrategy.class, property = "service.ranking:Integer=" + DispatchStrategy.DEFAULT_RANKING)
public final class DefaultDispatchStrategy implements DispatchStrategy {

    static final String NAME = "default";

    private static final BigDecimal SKILL_POINTS = BigDecimal.valueOf(60);
    private static final BigDecimal WORKLOAD_POINTS = BigDecimal.valueOf(40);
    /** Open standard hours at which the workload points halve: one working day. */
    private static final BigDecimal WORKLOAD_HALF_HOURS = BigDecimal.valueOf(8);
    private static final BigDecimal UNKNOWN_ATTENDANCE_FACTOR = new BigDecimal("0.8");

    private record Scored(DispatchCandidate candidate, DispatchSuggestion suggestion) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DispatchSuggestion> rank(DispatchRequest request) {
        List<Scored> scored = new ArrayList<>();
        for (DispatchCandidate candidate : request.candidates()) {
            scored.add(new Scored(candidate, score(request.requiredSkills().size(), candidate)));
        }
        scored.sort(Comparator.comparing((Scored s) -> !s.candidate().hasAllSkills())
                .thenComparing(s -> s.suggestion().score(), Comparator.reverseOrder())
                .thenComparing(s -> s.candidate().openStandardHours())
                .thenComparingLong(s -> s.candidate().employeeId()));
        return scored.stream().map(Scored::suggestion).toList();
    }

    static DispatchSuggestion score(int requiredCount, DispatchCandidate candidate) {
        List<String> reasons = new ArrayList<>();
        BigDecimal skillPoints = SKILL_POINTS;
        if (requiredCount == 0) {
            reasons.add("The order names no required skills, so every technician matches");
        } else if (candidate.hasAllSkills()) {
            reasons.add("Has all " + requiredCount + " required skills");
        } else {
            int matched = requiredCount - candidate.missingSkills().size();
            skillPoints = SKILL_POINTS.multiply(BigDecimal.valueOf(matched))
                    .divide(BigDecimal.valueOf(requiredCount), 4, RoundingMode.HALF_UP);
            reasons.add("Lacks required skills " + String.join(", ", candidate.missingSkills()) + " (has "
                    + matched + " of " + requiredCount + ")");
        }
        BigDecimal workloadPoints = WORKLOAD_POINTS.multiply(WORKLOAD_HALF_HOURS)
                .divide(WORKLOAD_HALF_HOURS.add(candidate.openStandardHours()), 4, RoundingMode.HALF_UP);
        reasons.add("Open workload " + candidate.openStandardHours().toPlainString() + " standard hours on "
                + candidate.openOrders() + " open orders");
        BigDecimal factor = attendanceFactor(candidate.attendance(), reasons);
        BigDecimal score = skillPoints.add(workloadPoints).multiply(factor).setScale(1, RoundingMode.HALF_UP);
        reasons.add("Score " + score.toPlainString() + " = (" + skillPoints.setScale(1, RoundingMode.HALF_UP)
                + " skill + " + workloadPoints.setScale(1, RoundingMode.HALF_UP) + " workload) × "
                + factor.stripTrailingZeros().toPlainString() + " attendance");
        return new DispatchSuggestion(candidate.employeeId(), score, reasons);
    }

    private static BigDecimal attendanceFactor(AttendanceStatus attendance, List<String> reasons) {
        if (attendance == null) {
            reasons.add("Attendance not considered: no attendance plugin is installed");
            return BigDecimal.ONE;
        }
        switch (attendance) {
            case PRESENT:
                reasons.add("Present today");
                return BigDecimal.ONE;
            case ABSENT:
                reasons.add("Absent today");
                return BigDecimal.ZERO;
            default:
                reasons.add("No attendance record for today");
                return UNKNOWN_ATTENDANCE_FACTOR;
        }
    }
}
