package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * One technician as a {@link DispatchStrategy} ranks them.
 *
 * @param employeeId a candidate's employee id
 * @param score the strategy's score, higher is better; the default strategy gives 0 to 100 with one decimal
 * @param reasons sentences a manager can read, one fact each
 */
public record DispatchSuggestion(long employeeId, BigDecimal score, List<String> reasons) {

    public DispatchSuggestion {
        reasons = List.copyOf(reasons);
    }
}
