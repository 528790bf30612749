package io.autoshop.api.workorder;

import java.math.BigDecimal;

/**
 * A payment made at settlement.
 */
public record PaymentInput(PaymentMethod method, BigDecimal amount) {
}
