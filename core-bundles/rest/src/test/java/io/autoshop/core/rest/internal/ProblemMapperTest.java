package io.autoshop.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldError;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.CustomerInput;
import io.autoshop.api.staff.EmployeeInput;
import io.autoshop.api.workorder.TransitionInput;
import io.autoshop.api.workorder.WorkOrderInput;
import java.util.List;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ObjectMapper mapper = ObjectMapperResolver.create();

    @Test
    void domainExceptionsGetTheirStatus() {
        assertProblem(ProblemMapper.toProblem(NotFoundException.of("Work order", 42)), 404, "Not Found",
                "Work order 42 was not found");
        assertProblem(ProblemMapper.toProblem(new ConflictException("Not enough stock of part 3")), 409, "Conflict",
                "Not enough stock of part 3");
        assertProblem(ProblemMapper.toProblem(StaleVersionException.of("Customer", 7, 2, 3)), 412,
                "Precondition Failed", "Customer 7 is at version 3, the request expected version 2");
    }

    @Test
    void validationKeepsEveryFieldError() {
        List<FieldError> errors = List.of(new FieldError("phone", "must be 11 digits"),
                new FieldError("name", "is required"));

        Problem problem = ProblemMapper.toProblem(new ValidationException(errors));

        assertProblem(problem, 422, "Unprocessable Entity", "phone: must be 11 digits; name: is required");
        assertEquals(errors, problem.errors());
    }

    @Test
    void webApplicationExceptionsKeepTheirStatus() {
        assertProblem(ProblemMapper.toProblem(new javax.ws.rs.NotFoundException()), 404, "Not Found",
                "No resource matches the request path");
        assertProblem(ProblemMapper.toProblem(new NotAllowedException("GET")), 405, "Method Not Allowed",
                "The resource does not support this method");
        assertProblem(ProblemMapper.toProblem(new NotSupportedException()), 415, "Unsupported Media Type",
                "Send the request body as application/json");
        assertProblem(ProblemMapper.toProblem(new BadRequestException(ProblemMapper.BODY_REQUIRED)), 400,
                "Bad Request", "Request body is required");
    }

    @Test
    void serverSideWebApplicationExceptionsShowNoDetails() {
        Problem problem = ProblemMapper.toProblem(
                new javax.ws.rs.InternalServerErrorException("secret table name in here"));

        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret"));
    }

    @Test
    void malformedJsonIsBadRequestWithPosition() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("{\"name\": ", CustomerInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("Malformed JSON"), problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void garbageIsBadRequest() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("name=x", CustomerInput.class));

        assertEquals(400, ProblemMapper.toProblem(e).status());
    }

    @Test
    void emptyBodyIsBadRequest() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("", CustomerInput.class));

        assertProblem(ProblemMapper.toProblem(e), 400, "Bad Request", "Request body is required");
    }

    @Test
    void wrongShapeOfBodyIsBadRequest() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("[1, 2]", CustomerInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The request body must be a single JSON object"), problem.detail());
    }

    @Test
    void unknownFieldIsNamed() {
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue("{\"name\": \"张三\", \"nickname\": \"x\"}", CustomerInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(422, problem.status());
        assertEquals("nickname", problem.errors().get(0).field());
        assertEquals("is not a known field; known fields are address, idNumber, name, notes, phone, type",
                problem.errors().get(0).message());
    }

    @Test
    void invalidEnumListsTheAllowedValues() {
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue("{\"type\": \"PERSON\"}", CustomerInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(422, problem.status());
        assertEquals(new FieldError("type", "must be one of INDIVIDUAL, COMPANY, got 'PERSON'"),
                problem.errors().get(0));
    }

    @Test
    void typeMismatchNamesTheField() {
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue("{\"vehicleId\": \"abc\"}", WorkOrderInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(422, problem.status());
        assertEquals(new FieldError("vehicleId", "must be a whole number, got 'abc'"), problem.errors().get(0));
    }

    @Test
    void fractionForWholeNumberIsRejected() {
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue("{\"odometerKm\": 12.5}", WorkOrderInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(422, problem.status());
        assertEquals("odometerKm", problem.errors().get(0).field());
    }

    @Test
    void badTimeNamesTheField() {
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue("{\"promisedAt\": \"tomorrow\"}", WorkOrderInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals(422, problem.status());
        assertEquals("promisedAt", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("2026-03-05T09:30:00+08:00"));
    }

    @Test
    void nestedPathsAreDotted() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(
                "{\"to\": \"SETTLED\", \"payment\": {\"method\": \"BITCOIN\"}}", TransitionInput.class));

        Problem problem = ProblemMapper.toProblem(e);

        assertEquals("payment.method", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().startsWith("must be one of CASH, CARD, WECHAT"));
    }

    @Test
    void listIndexesAreBracketed() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(
                "{\"name\": \"李四\", \"skills\": [\"发动机\", {}]}", EmployeeInput.class));

        assertEquals("skills[1]", ProblemMapper.toProblem(e).errors().get(0).field());
    }

    @Test
    void jacksonErrorsWrappedByJerseyAreUnwrapped() {
        Exception cause = assertThrows(Exception.class,
                () -> mapper.readValue("{\"type\": \"PERSON\"}", CustomerInput.class));

        assertEquals(422, ProblemMapper.toProblem(new ProcessingException(cause)).status());
    }

    @Test
    void anythingElseIsAGenericServerError() {
        Problem problem = ProblemMapper.toProblem(new IllegalStateException("connection to jdbc:derby failed"));

        assertProblem(problem, 500, "Internal Server Error", "The server could not complete the request");
    }

    @Test
    void responseKeepsOriginalHeaders() {
        Response response = new ProblemMapper().toResponse(new NotAllowedException("GET", new String[] { "POST" }));

        assertEquals(405, response.getStatus());
        assertEquals("application/problem+json;charset=UTF-8", response.getMediaType().toString());
        assertTrue(response.getAllowedMethods().contains("GET"));
        assertEquals(405, ((Problem) response.getEntity()).status());
    }

    @Test
    void serverErrorHidesTheCause() {
        Response response = new ProblemMapper().toResponse(new IllegalStateException("boom"));

        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertTrue(problem.detail().startsWith("The server could not complete the request (error "), problem.detail());
        assertFalse(problem.detail().contains("boom"));
    }

    private static void assertProblem(Problem problem, int status, String title, String detail) {
        assertEquals("about:blank", problem.type());
        assertEquals(status, problem.status());
        assertEquals(title, problem.title());
        assertEquals(detail, problem.detail());
    }
}
