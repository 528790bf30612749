package io.autoshop.core.workorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchSuggestion;
import io.autoshop.api.dispatch.RankedTechnician;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingsTest {

    private static final List<DispatchCandidate> CANDIDATES = List.of(
            new DispatchCandidate(1, "张师傅", List.of("发动机"), List.of("电路"), BigDecimal.ZERO, 0, null),
            new DispatchCandidate(2, "李师傅", List.of("发动机", "电路"), List.of(), BigDecimal.ONE, 1, null),
            new DispatchCandidate(3, "王师傅", List.of("发动机", "电路"), List.of(), BigDecimal.TEN, 2, null));

    @Test
    void arrangeMovesLackingSkillsBehind() {
        // A strategy that puts the technician lacking 电路 first.
        List<DispatchSuggestion> suggestions = List.of(suggestion(1, "99"), suggestion(3, "50"), suggestion(2, "40"));

        List<RankedTechnician> ranked = Rankings.arrange(suggestions, CANDIDATES);

        assertEquals(List.of(3L, 2L, 1L), ranked.stream().map(RankedTechnician::employeeId).toList());
    }

    @Test
    void arrangeNumbersRanksFromOne() {
        List<RankedTechnician> ranked = Rankings.arrange(List.of(suggestion(2, "1"), suggestion(3, "1")), CANDIDATES);

        assertEquals(List.of(1, 2), ranked.stream().map(RankedTechnician::rank).toList());
    }

    @Test
    void arrangeDropsUnknownAndRepeatedEmployees() {
        List<DispatchSuggestion> suggestions = List.of(suggestion(2, "9"), suggestion(77, "8"), suggestion(2, "7"));

        List<RankedTechnician> ranked = Rankings.arrange(suggestions, CANDIDATES);

        assertEquals(List.of(2L), ranked.stream().map(RankedTechnician::employeeId).toList());
    }

    @Test
    void arrangeCopiesCandidateFacts() {
        RankedTechnician ranked = Rankings.arrange(List.of(suggestion(1, "5")), CANDIDATES).get(0);

        assertEquals("张师傅", ranked.name());
        assertEquals(List.of("电路"), ranked.missingSkills());
        assertEquals(new BigDecimal("5"), ranked.score());
    }

    private static DispatchSuggestion suggestion(long id, String score) {
        return new DispatchSuggestion(id, new BigDecimal(score), List.of("test"));
    }
}
