package io.autoshop.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money arithmetic in yuan: scale 2, rounded half-up to the fen, never floating point.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * Rounds an amount half-up to the fen.
     */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /**
     * Parses a decimal string such as {@code "1280.5"} into yuan with two decimals.
     */
    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /**
     * Returns quantity × unit price rounded half-up to the fen, the amount of one line.
     */
    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return of(quantity.multiply(unitPrice));
    }

    /**
     * Tells whether an amount has more than two decimals, which money must not have.
     */
    public static boolean hasFractionOfFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() > SCALE;
    }
}
