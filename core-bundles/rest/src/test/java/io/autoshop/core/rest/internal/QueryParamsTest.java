package io.autoshop.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.FieldError;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.workorder.WorkOrderStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParamsTest {

    @Test
    void pageDefaultsToFiftyFromTheStart() {
        QueryParams params = new QueryParams();

        PageRequest page = params.page(null, null);

        params.throwIfAny();
        assertEquals(new PageRequest(50, 0), page);
    }

    @Test
    void pageTakesLimitAndOffset() {
        QueryParams params = new QueryParams();

        PageRequest page = params.page("500", " 20 ");

        params.throwIfAny();
        assertEquals(new PageRequest(500, 20), page);
    }

    @ParameterizedTest
    @CsvSource({ "abc,,limit", "0,,limit", "501,,limit", "-5,,limit", "1.5,,limit", "99999999999999999999,,limit",
        ",-1,offset", ",x,offset", "+,,limit" })
    void badPageParametersAreValidationErrors(String limit, String offset, String field) {
        QueryParams params = new QueryParams();

        assertNull(params.page(limit, offset));

        List<FieldError> errors = assertThrows(ValidationException.class, params::throwIfAny).errors();
        assertEquals(field, errors.get(0).field());
    }

    @Test
    void collectsEveryBadParameter() {
        QueryParams params = new QueryParams();

        params.optionalEnum("status", "BOGUS", WorkOrderStatus.class);
        params.optionalDate("from", "2026-13-01");
        params.optionalId("customerId", "x");
        params.page("0", "-1");

        List<FieldError> errors = assertThrows(ValidationException.class, params::throwIfAny).errors();
        assertEquals(List.of("status", "from", "customerId", "limit", "offset"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("RECEIVED, OPEN, IN_REPAIR, INSPECTION, SETTLED, CANCELLED"));
        assertTrue(errors.get(1).message().contains("YYYY-MM-DD"));
    }

    @Test
    void enumIgnoresCaseAndBlank() {
        QueryParams params = new QueryParams();

        assertEquals(WorkOrderStatus.IN_REPAIR, params.optionalEnum("status", "in_repair", WorkOrderStatus.class));
        assertNull(params.optionalEnum("status", " ", WorkOrderStatus.class));
        params.throwIfAny();
    }

    @Test
    void datesAndIds() {
        QueryParams params = new QueryParams();

        assertEquals(LocalDate.of(2026, 3, 5), params.optionalDate("from", "2026-03-05"));
        assertNull(params.optionalDate("from", ""));
        assertEquals(42L, params.optionalId("customerId", "42"));
        assertNull(params.optionalId("customerId", null));
        params.throwIfAny();

        params.optionalId("customerId", "0");
        assertThrows(ValidationException.class, params::throwIfAny);
    }

    @Test
    void flagIsTrueOrFalseOnly() {
        QueryParams params = new QueryParams();

        assertTrue(params.flag("belowSafetyStock", "TRUE"));
        assertFalse(params.flag("belowSafetyStock", "false"));
        assertFalse(params.flag("belowSafetyStock", null));
        params.throwIfAny();

        params.flag("belowSafetyStock", "yes");
        assertEquals("belowSafetyStock",
                assertThrows(ValidationException.class, params::throwIfAny).errors().get(0).field());
    }

    @Test
    void rangeMustNotBeReversed() {
        QueryParams params = new QueryParams();

        params.checkRange("from", LocalDate.of(2026, 3, 5), "to", LocalDate.of(2026, 3, 4));

        assertEquals("to", assertThrows(ValidationException.class, params::throwIfAny).errors().get(0).field());
    }

    @Test
    void textIsStrippedAndBlankIsNull() {
        QueryParams params = new QueryParams();

        assertEquals("浙B", params.optionalText("  浙B "));
        assertNull(params.optionalText("  "));
        assertNull(params.optionalText(null));
    }
}
