package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * A parts line to add; the unit price defaults to the part's sale price.
 */
public record PartLineInput(Long partId, BigDecimal quantity, BigDecimal unitPrice) {
}
