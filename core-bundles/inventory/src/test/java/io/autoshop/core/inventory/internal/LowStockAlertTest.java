package io.autoshop.core.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LowStockAlertTest {

    private static final BigDecimal SAFETY = new BigDecimal("5");

    @Test
    void raisesOnFallBelowSafetyStock() {
        LowStockAlert.Outcome outcome = LowStockAlert.evaluate(false, new BigDecimal("4"), SAFETY);

        assertTrue(outcome.raise());
        assertTrue(outcome.alerted());
    }

    @Test
    void staysQuietWhileAlreadyBelow() {
        LowStockAlert.Outcome outcome = LowStockAlert.evaluate(true, new BigDecimal("2"), SAFETY);

        assertFalse(outcome.raise());
        assertTrue(outcome.alerted());
    }

    @Test
    void rearmsAtSafetyStock() {
        LowStockAlert.Outcome outcome = LowStockAlert.evaluate(true, new BigDecimal("5.000"), SAFETY);

        assertFalse(outcome.raise());
        assertFalse(outcome.alerted());
    }

    @Test
    void raisesOncePerCrossingOverSequence() {
        // on hand after each change: 7, 4 (cross), 3, 1, 9 (re-arm), 6, 4.5 (cross), 0
        String[] onHand = {"7", "4", "3", "1", "9", "6", "4.5", "0"};
        boolean alerted = false;
        int raised = 0;
        for (String quantity : onHand) {
            LowStockAlert.Outcome outcome = LowStockAlert.evaluate(alerted, new BigDecimal(quantity), SAFETY);
            alerted = outcome.alerted();
            raised += outcome.raise() ? 1 : 0;
        }

        assertEquals(2, raised);
    }

    @Test
    void neverRaisesWithoutSafetyStock() {
        LowStockAlert.Outcome outcome = LowStockAlert.evaluate(false, BigDecimal.ZERO, BigDecimal.ZERO);

        assertFalse(outcome.raise());
    }
}
