package io.autoshop.api.dispatch;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Ranks technicians for a work order. The core's default strategy is registered with service ranking
 * {@value #DEFAULT_RANKING}; a plugin replaces it by registering its own with a higher ranking.
 *
 * <p>Whatever a strategy returns, the core moves technicians who lack a required skill behind those who have
 * them all, keeping the strategy's order within each group, and drops employee ids that are not candidates.
 */
@ConsumerType
public interface DispatchStrategy {

    /** Service ranking of the core's default strategy. */
    int DEFAULT_RANKING = -1000;

    /**
     * Returns a short name shown with the ranking, for example {@code default}.
     */
    String name();

    /**
     * Returns the candidates best first, each once. Candidates left out are not suggested.
     */
    List<DispatchSuggestion> rank(DispatchRequest request);
}
