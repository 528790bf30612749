package io.autoshop.core.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.ConflictException;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.dispatch.ClockAction;
import io.autoshop.api.dispatch.ClockInterval;
import io.autoshop.api.dispatch.DispatchRanking;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.dispatch.JobClock;
import io.autoshop.api.dispatch.RankedTechnician;
import io.autoshop.api.dispatch.ServiceItem;
import io.autoshop.api.dispatch.ServiceItemService;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.UserRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.api.staff.Skill;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.core.rest.internal.resources.InMemoryApi.Reply;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dispatch endpoints in memory over faked services: status codes, problem responses and reply shapes.
 */
class DispatchApiTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final JobClock CLOCK = new JobClock(5, 8, 11L, true, new BigDecimal("1.50"),
            new BigDecimal("0.25"), List.of(new ClockInterval(AT, null, new BigDecimal("0.25"))));
    private static final DispatchRanking RANKING = new DispatchRanking(5, List.of("发动机"), "default", false,
            List.of(new RankedTechnician(1, 11, "李师傅", new BigDecimal("95.0"), List.of("Has all 1 required skills"),
                    List.of(), new BigDecimal("1.00"), null)), 1);

    private final Fake<DispatchService> dispatch = Fake.of(DispatchService.class)
            .on("clock", args -> CLOCK)
            .on("suggest", args -> RANKING)
            .on("tasks", args -> new Page<>(List.of(), 0, ((PageRequest) args[1]).limit(), 0))
            .on("workload", args -> List.of());
    private final Fake<EmployeeService> employees = Fake.of(EmployeeService.class)
            .on("listSkills", args -> List.of(new Skill(1, "发动机", AT)))
            .on("createSkill", args -> new Skill(2, "焊接", AT));
    private final Fake<ServiceItemService> serviceItems = Fake.of(ServiceItemService.class)
            .on("createServiceItem", args -> new ServiceItem(3, "更换机油机滤", new BigDecimal("0.50"),
                    new BigDecimal("120.00"), List.of("发动机"), AT));

    private final InMemoryApi api = new InMemoryApi(
            new WorkOrderResource(Fake.of(WorkOrderService.class).service(), dispatch.service()),
            new EmployeeResource(employees.service(), dispatch.service()), new SkillResource(employees.service()),
            new ServiceItemResource(serviceItems.service()), new WorkloadResource(dispatch.service()),
            new MyTasksResource(dispatch.service()));

    @Test
    void myTasksNeedAnEmployeeRecord() {
        Reply reply = api.get("me/tasks");

        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.json().get("detail").asText().contains("no employee record"), reply.body());
    }

    @Test
    void myTasksListTheLinkedEmployee() {
        Caller technician = new Caller(9, "tech", UserRole.TECHNICIAN, 11L, Set.of(Permissions.TASKS_OWN));
        InMemoryApi asTechnician = new InMemoryApi(new InMemoryApi.Tokens(Map.of("tech", technician)),
                new MyTasksResource(dispatch.service())).withToken("tech");

        Reply reply = asTechnician.get("me/tasks?limit=20");

        assertEquals(200, reply.status());
        assertEquals("tasks", dispatch.lastCall().method());
        assertEquals(11L, dispatch.lastCall().args()[0]);
        assertEquals(20, reply.json().get("limit").asInt());
    }

    @Test
    void clockPassesAction() {
        Reply reply = api.post("work-orders/5/labor/8/clock", "{\"action\": \"START\"}");

        assertEquals(200, reply.status());
        assertEquals(ClockAction.START, dispatch.lastCall().args()[2]);
        assertEquals("0.25", reply.json().get("actualHours").asText());
    }

    @Test
    void clockWithUnknownActionIs422() {
        Reply reply = api.post("work-orders/5/labor/8/clock", "{\"action\": \"PAUSE\"}");

        assertEquals(422, reply.status());
        assertEquals("action", reply.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void clockWithoutBodyIs400() {
        Reply reply = api.post("work-orders/5/labor/8/clock", "");

        assertEquals(400, reply.status());
    }

    @Test
    void clockWithMalformedJsonIs400() {
        Reply reply = api.post("work-orders/5/labor/8/clock", "{\"action\": ");

        assertEquals(400, reply.status());
    }

    @Test
    void secondRunningClockIs409() {
        dispatch.fails("clock", new ConflictException("Technician 11 already runs a job clock"));

        Reply reply = api.post("work-orders/5/labor/8/clock", "{\"action\": \"START\"}");

        assertEquals(409, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void clockOnLineWithoutTechnicianIs422() {
        dispatch.fails("clock", new ValidationException("technicianId", "labour line 8 has no technician"));

        Reply reply = api.post("work-orders/5/labor/8/clock", "{\"action\": \"START\"}");

        assertEquals(422, reply.status());
    }

    @Test
    void clockOnNonNumericLineIs404() {
        Reply reply = api.post("work-orders/5/labor/x/clock", "{\"action\": \"START\"}");

        assertEquals(404, reply.status());
    }

    @Test
    void suggestionsCarryScoreAndReasons() {
        Reply reply = api.get("work-orders/5/dispatch-suggestions");

        assertEquals(200, reply.status());
        assertEquals("95.0", reply.json().get("items").get(0).get("score").asText());
        assertEquals("Has all 1 required skills", reply.json().get("items").get(0).get("reasons").get(0).asText());
    }

    @Test
    void suggestionsForUnknownOrderAre404() {
        dispatch.fails("suggest", NotFoundException.of("Work order", 99));

        assertEquals(404, api.get("work-orders/99/dispatch-suggestions").status());
    }

    @Test
    void tasksRejectInvalidLimit() {
        Reply reply = api.get("employees/11/tasks?limit=0");

        assertEquals(422, reply.status());
    }

    @Test
    void tasksUseDefaultPage() {
        Reply reply = api.get("employees/11/tasks");

        assertEquals(200, reply.status());
        assertEquals(50, reply.json().get("limit").asInt());
    }

    @Test
    void skillsAreListedAsPage() {
        Reply reply = api.get("skills");

        assertEquals(200, reply.status());
        assertEquals("发动机", reply.json().get("items").get(0).get("name").asText());
    }

    @Test
    void createSkillIs201() {
        assertEquals(201, api.post("skills", "{\"name\": \"焊接\"}").status());
    }

    @Test
    void createServiceItemIs201WithLocation() {
        Reply reply = api.post("service-items", "{\"name\": \"更换机油机滤\", \"standardHours\": 0.5, \"rate\": 120, "
                + "\"skills\": [\"发动机\"]}");

        assertEquals(201, reply.status());
        assertEquals(InMemoryApi.BASE + "service-items/3", reply.location());
    }

    @Test
    void serviceItemWithTextHoursIs422() {
        Reply reply = api.post("service-items", "{\"name\": \"洗车\", \"standardHours\": \"lots\", \"rate\": 1}");

        assertEquals(422, reply.status());
        assertEquals("standardHours", reply.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void workloadIsListedAsPage() {
        Reply reply = api.get("workload");

        assertEquals(200, reply.status());
        assertEquals(0, reply.json().get("total").asInt());
    }
}
