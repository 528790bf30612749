package io.autoshop.api.workorder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payment towards a work order.
 */
public record Payment(long id, PaymentMethod method, BigDecimal amount, OffsetDateTime at) {
}
