package io.autoshop.api.dispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * Input of a {@link DispatchStrategy}: one work order and the technicians who could take it.
 *
 * @param workOrderId the order to dispatch
 * @param workOrderNumber the order's readable number
 * @param requiredSkills skills named by the service items of the order's labour lines, empty when none
 * @param day today in shop time
 * @param candidates active technicians ordered by employee id
 */
public record DispatchRequest(long workOrderId, String workOrderNumber, List<String> requiredSkills, LocalDate day,
        List<DispatchCandidate> candidates) {

    public DispatchRequest {
        requiredSkills = List.copyOf(requiredSkills);
        candidates = List.copyOf(candidates);
    }
}
