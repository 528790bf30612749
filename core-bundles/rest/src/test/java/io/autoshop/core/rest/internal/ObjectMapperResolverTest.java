package io.autoshop.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.autoshop.api.FieldError;
import io.autoshop.api.Page;
import io.autoshop.api.workorder.Totals;
import io.autoshop.api.workorder.WorkOrderInput;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectMapperResolverTest {

    private final ObjectMapper mapper = new ObjectMapperResolver().getContext(Object.class);

    @Test
    void timesKeepTheirOffsetAndSeconds() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8));

        assertEquals("\"2026-03-05T09:30:00+08:00\"", mapper.writeValueAsString(at));
    }

    @Test
    void readTimesKeepTheGivenOffset() throws Exception {
        WorkOrderInput input = mapper.readValue(
                "{\"vehicleId\": 1, \"odometerKm\": 5, \"complaint\": \"异响\", "
                        + "\"promisedAt\": \"2026-03-05T18:00:00+08:00\"}",
                WorkOrderInput.class);

        assertEquals(OffsetDateTime.of(2026, 3, 5, 18, 0, 0, 0, ZoneOffset.ofHours(8)), input.promisedAt());
        assertEquals(ZoneOffset.ofHours(8), input.promisedAt().getOffset());
        assertEquals(1L, input.vehicleId());
    }

    @Test
    void moneyIsWrittenPlainWithItsScale() throws Exception {
        Totals totals = new Totals(new BigDecimal("1280.00"), new BigDecimal("0.50"), new BigDecimal("0.00"),
                new BigDecimal("1E+3"), new BigDecimal("100.10"), new BigDecimal("1180.40"));

        assertEquals("{\"labor\":1280.00,\"parts\":0.50,\"discount\":0.00,\"total\":1000,\"paid\":100.10,"
                + "\"balance\":1180.40}", mapper.writeValueAsString(totals));
    }

    @Test
    void moneyIsReadExactly() throws Exception {
        Totals totals = mapper.readValue("{\"labor\": 1280.10}", Totals.class);

        assertEquals(new BigDecimal("1280.10"), totals.labor());
    }

    @Test
    void pageHasItemsTotalLimitOffset() throws Exception {
        Page<String> page = new Page<>(List.of("a"), 3, 1, 2);

        assertEquals("{\"items\":[\"a\"],\"total\":3,\"limit\":1,\"offset\":2}", mapper.writeValueAsString(page));
    }

    @Test
    void unknownFieldsFail() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"vehicleId\": 1, \"colour\": \"red\"}", WorkOrderInput.class));
    }

    @Test
    void problemLeavesOutEmptyErrors() throws Exception {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"x\"}",
                mapper.writeValueAsString(Problem.of(404, "Not Found", "x")));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\",\"status\":422,\"detail\":\"x\","
                + "\"errors\":[{\"field\":\"plate\",\"message\":\"m\"}]}",
                mapper.writeValueAsString(Problem.of(422, "Unprocessable Entity", "x",
                        List.of(new FieldError("plate", "m")))));
    }
}
