package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.dispatch.AttendanceStatus;
import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchRequest;
import io.autoshop.api.dispatch.DispatchSuggestion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ranks crafted staff with skills, workloads and attendance through the default strategy.
 */
class DefaultDispatchStrategyTest {

    private static final List<String> ENGINE_AND_ELECTRICAL = List.of("发动机", "电路");

    private final DefaultDispatchStrategy strategy = new DefaultDispatchStrategy();

    @Test
    void lessLoadedTechnicianRanksFirst() {
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of("发动机", "电路"), "12", null),
                candidate(2, List.of("发动机", "电路"), "2", null));

        List<Long> order = ids(strategy.rank(request(ENGINE_AND_ELECTRICAL, candidates)));

        assertEquals(List.of(2L, 1L), order);
    }

    @Test
    void technicianLackingSkillIsNeverFirst() {
        // Technician 1 is idle but lacks 电路; technician 2 has both skills and a heavy load.
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of("发动机"), "0", null),
                candidate(2, List.of("发动机", "电路"), "40", null));

        List<DispatchSuggestion> ranked = strategy.rank(request(ENGINE_AND_ELECTRICAL, candidates));

        assertEquals(2L, ranked.get(0).employeeId());
    }

    @Test
    void technicianLackingSkillIsNeverFirstInAnyInputOrder() {
        List<DispatchCandidate> candidates = new ArrayList<>(List.of(
                candidate(3, List.of(), "0", AttendanceStatus.PRESENT),
                candidate(4, List.of("电路"), "0", AttendanceStatus.PRESENT),
                candidate(5, List.of("电路", "发动机"), "30", AttendanceStatus.UNKNOWN),
                candidate(6, List.of("发动机"), "1", AttendanceStatus.PRESENT)));
        for (int rotation = 0; rotation < candidates.size(); rotation++) {
            Collections.rotate(candidates, 1);

            List<DispatchSuggestion> ranked = strategy.rank(request(ENGINE_AND_ELECTRICAL, candidates));

            assertEquals(5L, ranked.get(0).employeeId(), "rotation " + rotation);
        }
    }

    @Test
    void equalCasesBreakTiesByEmployeeId() {
        List<DispatchCandidate> candidates = List.of(
                candidate(9, List.of("发动机", "电路"), "4", null),
                candidate(3, List.of("发动机", "电路"), "4", null),
                candidate(7, List.of("发动机", "电路"), "4", null));

        List<DispatchSuggestion> ranked = strategy.rank(request(ENGINE_AND_ELECTRICAL, candidates));

        assertEquals(List.of(3L, 7L, 9L), ids(ranked));
        assertEquals(ranked.get(0).score(), ranked.get(2).score());
    }

    @Test
    void equalScoresBreakTiesByOpenHours() {
        // 40 × 8 / (8 + h) rounds to the same score for 0.01 h and 0 h, so the hours decide.
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of("发动机"), "0.01", null),
                candidate(2, List.of("发动机"), "0", null));

        List<DispatchSuggestion> ranked = strategy.rank(request(List.of("发动机"), candidates));

        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertEquals(List.of(2L, 1L), ids(ranked));
    }

    @Test
    void absentTechnicianRanksBehindPresentOne() {
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of("发动机"), "0", AttendanceStatus.ABSENT),
                candidate(2, List.of("发动机"), "16", AttendanceStatus.PRESENT));

        List<DispatchSuggestion> ranked = strategy.rank(request(List.of("发动机"), candidates));

        assertEquals(List.of(2L, 1L), ids(ranked));
        assertEquals(0, BigDecimal.ZERO.compareTo(ranked.get(1).score()));
    }

    @Test
    void unknownAttendanceScoresBelowPresent() {
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of("发动机"), "0", AttendanceStatus.UNKNOWN),
                candidate(2, List.of("发动机"), "0", AttendanceStatus.PRESENT));

        List<DispatchSuggestion> ranked = strategy.rank(request(List.of("发动机"), candidates));

        assertEquals(List.of(2L, 1L), ids(ranked));
        assertEquals(new BigDecimal("80.0"), ranked.get(1).score());
    }

    @Test
    void scoreFollowsFormula() {
        // (60 × 1/2 + 40 × 8 / (8 + 8)) × 1 = 30 + 20 = 50.0
        DispatchSuggestion suggestion = DefaultDispatchStrategy.score(2,
                candidate(1, List.of("发动机"), "8", null, List.of("电路")));

        assertEquals(new BigDecimal("50.0"), suggestion.score());
    }

    @Test
    void idleFullySkilledTechnicianScoresHundred() {
        DispatchSuggestion suggestion = DefaultDispatchStrategy.score(2,
                candidate(1, ENGINE_AND_ELECTRICAL, "0", AttendanceStatus.PRESENT));

        assertEquals(new BigDecimal("100.0"), suggestion.score());
    }

    @Test
    void orderWithoutRequiredSkillsMatchesEveryone() {
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of(), "3", null),
                candidate(2, List.of("钣金"), "5", null));

        List<DispatchSuggestion> ranked = strategy.rank(request(List.of(), candidates));

        assertEquals(List.of(1L, 2L), ids(ranked));
        assertTrue(ranked.get(0).reasons().get(0).contains("no required skills"), ranked.get(0).reasons().get(0));
    }

    @Test
    void reasonsNameMissingSkills() {
        DispatchSuggestion suggestion = DefaultDispatchStrategy.score(2,
                candidate(1, List.of("发动机"), "0", null, List.of("电路")));

        assertTrue(suggestion.reasons().get(0).contains("电路"), suggestion.reasons().get(0));
    }

    @Test
    void reasonsSayAttendanceWasNotConsidered() {
        DispatchSuggestion suggestion = DefaultDispatchStrategy.score(0, candidate(1, List.of(), "0", null));

        assertTrue(suggestion.reasons().stream().anyMatch(r -> r.contains("no attendance plugin")),
                suggestion.reasons().toString());
    }

    @Test
    void reasonsStateTheScore() {
        DispatchSuggestion suggestion = DefaultDispatchStrategy.score(0, candidate(1, List.of(), "8", null));

        String last = suggestion.reasons().get(suggestion.reasons().size() - 1);
        assertTrue(last.startsWith("Score 80.0"), last);
    }

    @Test
    void moreLoadLowersScore() {
        DispatchSuggestion light = DefaultDispatchStrategy.score(0, candidate(1, List.of(), "1", null));
        DispatchSuggestion heavy = DefaultDispatchStrategy.score(0, candidate(2, List.of(), "20", null));

        assertNotEquals(light.score(), heavy.score());
        assertTrue(light.score().compareTo(heavy.score()) > 0);
    }

    @Test
    void everyCandidateIsRankedOnce() {
        List<DispatchCandidate> candidates = List.of(
                candidate(1, List.of(), "1", null),
                candidate(2, List.of("发动机"), "2", null),
                candidate(3, List.of("电路"), "3", null));

        List<Long> ranked = ids(strategy.rank(request(ENGINE_AND_ELECTRICAL, candidates)));

        assertEquals(3, ranked.size());
        assertEquals(3, ranked.stream().distinct().count());
    }

    static DispatchCandidate candidate(long id, List<String> skills, String openHours, AttendanceStatus attendance) {
        return candidate(id, skills, openHours, attendance, null);
    }

    /**
     * Creates a candidate; without explicit missing skills they are computed against 发动机 and 电路 where the
     * technician has some skills, and are empty otherwise.
     */
    static DispatchCandidate candidate(long id, List<String> skills, String openHours, AttendanceStatus attendance,
            List<String> missing) {
        List<String> lacking = missing;
        if (lacking == null) {
            lacking = ENGINE_AND_ELECTRICAL.stream().filter(skill -> !skills.contains(skill)).toList();
        }
        return new DispatchCandidate(id, "技师" + id, skills, lacking, new BigDecimal(openHours), 1, attendance);
    }

    private static DispatchRequest request(List<String> required, List<DispatchCandidate> candidates) {
        List<DispatchCandidate> adjusted = candidates.stream().map(c -> new DispatchCandidate(c.employeeId(),
                c.name(), c.skills(), required.stream().filter(skill -> !c.skills().contains(skill)).toList(),
                c.openStandardHours(), c.openOrders(), c.attendance())).toList();
        return new DispatchRequest(42, "WO20260305-0001", required, LocalDate.of(2026, 3, 5), adjusted);
    }

    private static List<Long> ids(List<DispatchSuggestion> suggestions) {
        return suggestions.stream().map(DispatchSuggestion::employeeId).toList();
    }
}
