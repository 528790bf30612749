package io.autoshop.core.workorder.internal;

import io.autoshop.api.dispatch.DispatchCandidate;
import io.autoshop.api.dispatch.DispatchSuggestion;
import io.autoshop.api.dispatch.RankedTechnician;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a strategy's suggestions into the published ranking, whatever strategy made them: suggestions for
 * unknown or repeated employees are dropped, and technicians lacking a required skill move behind those who
 * have them all, keeping the strategy's order within each group.
 */
final class Rankings {

    private Rankings() {
    }

    static List<RankedTechnician> arrange(List<DispatchSuggestion> suggestions, List<DispatchCandidate> candidates) {
        Map<Long, DispatchCandidate> byId = new LinkedHashMap<>();
        candidates.forEach(candidate -> byId.put(candidate.employeeId(), candidate));
        List<DispatchSuggestion> skilled = new ArrayList<>();
        List<DispatchSuggestion> lacking = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (DispatchSuggestion suggestion : suggestions) {
            DispatchCandidate candidate = byId.get(suggestion.employeeId());
            if (candidate == null || !seen.add(suggestion.employeeId())) {
                continue;
            }
            (candidate.hasAllSkills() ? skilled : lacking).add(suggestion);
        }
        List<RankedTechnician> ranked = new ArrayList<>();
        for (DispatchSuggestion suggestion : concat(skilled, lacking)) {
            DispatchCandidate candidate = byId.get(suggestion.employeeId());
            ranked.add(new RankedTechnician(ranked.size() + 1, candidate.employeeId(), candidate.name(),
                    suggestion.score(), suggestion.reasons(), candidate.missingSkills(),
                    candidate.openStandardHours(), candidate.attendance()));
        }
        return ranked;
    }

    private static List<DispatchSuggestion> concat(List<DispatchSuggestion> first, List<DispatchSuggestion> second) {
        List<DispatchSuggestion> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
