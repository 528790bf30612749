package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of a new standard service item; skills must be in the skill catalogue.
 */
public record ServiceItemInput(String name, BigDecimal standardHours, BigDecimal rate, List<String> skills) {
}
