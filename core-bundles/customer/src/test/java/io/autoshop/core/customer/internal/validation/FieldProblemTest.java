package io.autoshop.core.customer.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldProblemTest {

    @Test
    void errorIsNotWarning() {
        FieldProblem problem = FieldProblem.error("VIN is missing");

        assertTrue(problem.isError());
        assertFalse(problem.warning());
        assertEquals("VIN is missing", problem.message());
    }

    @Test
    void warningIsNotError() {
        FieldProblem problem = FieldProblem.warning("Check digit differs");

        assertTrue(problem.warning());
        assertFalse(problem.isError());
    }

    @Test
    void nullMessageIsRejected() {
        assertThrows(NullPointerException.class, () -> FieldProblem.error(null));
    }

    @Test
    void blankMessageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FieldProblem.warning(" "));
    }
}
