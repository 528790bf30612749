package io.autoshop.core.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.ConflictException;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.Customer;
import io.autoshop.api.customer.CustomerInput;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.customer.CustomerType;
import io.autoshop.api.customer.PlateType;
import io.autoshop.api.customer.Vehicle;
import io.autoshop.api.dispatch.DispatchService;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.StockBatch;
import io.autoshop.api.workorder.HistoryEntry;
import io.autoshop.api.workorder.LaborLine;
import io.autoshop.api.workorder.PartLineInput;
import io.autoshop.api.workorder.Totals;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderQuery;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.api.workorder.WorkOrderSummary;
import io.autoshop.core.rest.internal.resources.InMemoryApi.Reply;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final Customer CUSTOMER = new Customer(7, "张三", "13800138000", CustomerType.INDIVIDUAL, null, 2,
            AT, AT);
    private static final Vehicle VEHICLE = new Vehicle(3, 7, "浙B7G2K1", PlateType.ORDINARY, null, null, "Toyota",
            "Corolla", 2019, null, 52000, 0, AT);
    private static final WorkOrder ORDER = new WorkOrder(5, "WO20260305-0001", WorkOrderStatus.OPEN, 7, 3, "浙B7G2K1",
            52000, "异响", null, null, null, AT, List.of(11L),
            List.of(new LaborLine(1, "更换机油机滤", new BigDecimal("1.5"), new BigDecimal("120.00"),
                    new BigDecimal("180.00"), 11L)),
            List.of(), List.of(),
            new Totals(new BigDecimal("180.00"), new BigDecimal("1100.00"), new BigDecimal("0.00"),
                    new BigDecimal("1280.00"), new BigDecimal("0.00"), new BigDecimal("1280.00")),
            List.of(new HistoryEntry("CREATED", null, WorkOrderStatus.RECEIVED, AT, "system", null)), 0, 4, AT,
            "/track/Zm9vYmFy");

    private final Fake<CustomerService> customers = Fake.of(CustomerService.class)
            .on("createCustomer", args -> CUSTOMER)
            .on("getCustomer", args -> CUSTOMER)
            .on("updateCustomer", args -> CUSTOMER)
            .on("searchCustomers", args -> page(List.of(CUSTOMER), (PageRequest) args[1]))
            .on("listVehicles", args -> List.of(VEHICLE))
            .on("getVehicle", args -> VEHICLE)
            .on("findVehicleByPlate", args -> Optional.of(VEHICLE));
    private final Fake<WorkOrderService> workOrders = Fake.of(WorkOrderService.class)
            .on("get", args -> ORDER)
            .on("create", args -> ORDER)
            .on("addPartLine", args -> ORDER)
            .on("removeLaborLine", args -> ORDER)
            .on("transition", args -> ORDER)
            .on("search", args -> page(List.<WorkOrderSummary>of(), (PageRequest) args[1]));

    private final InMemoryApi api = new InMemoryApi(new HealthResource("1.2.3"),
            new CustomerResource(customers.service()), new VehicleResource(customers.service()),
            new VehicleHistoryResource(customers.service(), workOrders.service()),
            new WorkOrderResource(workOrders.service(), Fake.of(DispatchService.class).service()),
            new OpenApiResource());

    @Test
    void healthWithoutDatabaseIsDown() {
        Reply reply = api.get("health");

        assertEquals(503, reply.status());
        assertEquals("{\"status\":\"DOWN\",\"version\":\"1.2.3\",\"database\":\"DOWN\"}", reply.body());
    }

    @Test
    void healthWithDatabaseIsUp() {
        HealthResource health = new HealthResource("1.2.3");
        health.setDataSource(dataSource(true));

        Reply reply = new InMemoryApi(health).get("health");

        assertEquals(200, reply.status());
        assertEquals("{\"status\":\"UP\",\"version\":\"1.2.3\",\"database\":\"UP\"}", reply.body());
        assertTrue(reply.contentType().startsWith("application/json"));
    }

    @Test
    void healthWithBrokenDatabaseIsDown() {
        HealthResource health = new HealthResource("1.2.3");
        health.setDataSource(dataSource(false));

        assertEquals(503, new InMemoryApi(health).get("health").status());
    }

    @Test
    void createCustomerAnswersCreatedWithLocationAndEtag() {
        Reply reply = api.post("customers", "{\"name\": \"张三\", \"phone\": \"+86 138-0013-8000\"}");

        assertEquals(201, reply.status());
        assertEquals(InMemoryApi.BASE + "customers/7", reply.location());
        assertEquals("\"2\"", reply.etag());
        assertEquals("2026-03-05T09:30:00+08:00", reply.json().get("createdAt").asText());
        assertEquals(new CustomerInput("张三", "+86 138-0013-8000", null, null), customers.lastCall().args()[0]);
    }

    @Test
    void createCustomerPassesIdNumberAndAddress() {
        Reply reply = api.post("customers", "{\"name\": \"张三\", \"phone\": \"13800138000\", "
                + "\"idNumber\": \"11010519491231002x\", \"address\": \"杭州市文三路90号\"}");

        assertEquals(201, reply.status());
        assertEquals(new CustomerInput("张三", "13800138000", null, null, "11010519491231002x", "杭州市文三路90号"),
                customers.lastCall().args()[0]);
    }

    @Test
    void updatePassesIfMatchAsExpectedVersion() {
        Reply reply = api.call("PUT", "customers/7", "application/json", "{\"name\": \"张三\"}", "W/\"2\"");

        assertEquals(200, reply.status());
        assertEquals("\"2\"", reply.etag());
        assertArrayEquals(new Object[] { 7L, new CustomerInput("张三", null, null, null), 2L },
                customers.lastCall().args());
    }

    @Test
    void updateWithoutIfMatchSkipsTheCheck() {
        api.call("PUT", "customers/7", "application/json", "{\"name\": \"张三\"}", null);

        assertNull(customers.lastCall().args()[2]);
    }

    @Test
    void malformedIfMatchIsBadRequest() {
        Reply reply = api.call("PUT", "customers/7", "application/json", "{\"name\": \"张三\"}", "version-two");

        assertProblem(reply, 400);
        assertTrue(reply.json().get("detail").asText().startsWith("Invalid If-Match header"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "null", "   " })
    void missingBodyIsBadRequest(String body) {
        Reply reply = api.post("customers", body);

        assertProblem(reply, 400);
        assertEquals("Request body is required", reply.json().get("detail").asText());
    }

    @Test
    void malformedJsonIsBadRequest() {
        Reply reply = api.post("customers", "{\"name\": ");

        assertProblem(reply, 400);
        assertTrue(reply.json().get("detail").asText().startsWith("Malformed JSON"));
    }

    @Test
    void unknownFieldIsUnprocessable() {
        Reply reply = api.post("customers", "{\"name\": \"张三\", \"mobile\": \"1\"}");

        assertProblem(reply, 422);
        assertEquals("mobile", reply.json().at("/errors/0/field").asText());
    }

    @Test
    void invalidEnumIsUnprocessable() {
        Reply reply = api.post("customers", "{\"name\": \"张三\", \"type\": \"PERSON\"}");

        assertProblem(reply, 422);
        assertEquals("type", reply.json().at("/errors/0/field").asText());
    }

    @Test
    void domainExceptionsMapToTheirStatus() {
        customers.fails("getCustomer", NotFoundException.of("Customer", 99));
        assertProblem(api.get("customers/99"), 404);

        customers.fails("createCustomer", new ValidationException("phone", "must be a mainland mobile number"));
        Reply invalid = api.post("customers", "{\"name\": \"张三\", \"phone\": \"123\"}");
        assertProblem(invalid, 422);
        assertEquals("phone", invalid.json().at("/errors/0/field").asText());

        customers.fails("updateCustomer", StaleVersionException.of("Customer", 7, 1, 2));
        assertProblem(api.call("PUT", "customers/7", "application/json", "{}", "\"1\""), 412);

        customers.fails("createVehicle", new ConflictException("Plate 浙B7G2K1 is already registered"));
        assertProblem(api.post("vehicles", "{\"customerId\": 7, \"plate\": \"浙B7G2K1\"}"), 409);
    }

    @Test
    void unexpectedErrorsAreGenericServerErrors() {
        customers.fails("getCustomer", new IllegalStateException("database file is locked"));

        Reply reply = api.get("customers/7");

        assertProblem(reply, 500);
        assertFalse(reply.body().contains("locked"));
        assertFalse(reply.body().contains("IllegalStateException"));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        assertProblem(api.get("nowhere"), 404);
        assertProblem(api.get("customers/abc"), 404);
    }

    @Test
    void wrongMethodIsNotAllowedWithAllowHeader() {
        Reply reply = api.call("DELETE", "customers", null, null, null);

        assertProblem(reply, 405);
        assertTrue(reply.allow().contains("POST"), reply.allow());
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        assertProblem(api.call("POST", "customers", "text/plain", "name=x", null), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=abc", "limit=0", "limit=501", "offset=-1", "limit=1.5" })
    void badPagingIsUnprocessable(String query) {
        assertProblem(api.get("customers?" + query), 422);
    }

    @Test
    void listsArePages() {
        JsonNode page = api.get("customers?q=%E5%BC%A0&limit=10&offset=0").json();

        assertEquals(1, page.get("total").asInt());
        assertEquals(10, page.get("limit").asInt());
        assertEquals(0, page.get("offset").asInt());
        assertEquals("张三", page.at("/items/0/name").asText());
        assertEquals("张", customers.lastCall().args()[0]);
    }

    @Test
    void customerVehiclesAreAPage() {
        JsonNode page = api.get("customers/7/vehicles").json();

        assertEquals(1, page.get("total").asInt());
        assertEquals("浙B7G2K1", page.at("/items/0/plate").asText());
    }

    @Test
    void vehiclesNeedAPlate() {
        Reply reply = api.get("vehicles");

        assertProblem(reply, 422);
        assertEquals("plate", reply.json().at("/errors/0/field").asText());
    }

    @Test
    void vehicleByPlateIsPage() {
        JsonNode page = api.get("vehicles?plate=%E6%B5%99b7g2k1").json();

        assertEquals(1, page.get("total").asInt());
        assertEquals("浙b7g2k1", customers.lastCall().args()[0]);
    }

    @Test
    void vehicleAndItsHistoryAreSeparateRoutes() {
        Reply vehicle = api.get("vehicles/3");
        Reply history = api.get("vehicles/3/history");

        assertEquals(200, vehicle.status());
        assertEquals("\"0\"", vehicle.etag());
        assertEquals(200, history.status());
        WorkOrderQuery query = (WorkOrderQuery) workOrders.lastCall().args()[0];
        assertEquals(3L, query.vehicleId());
    }

    @Test
    void workOrderJsonIsComplete() {
        Reply reply = api.get("work-orders/5");

        assertEquals(200, reply.status());
        assertEquals("\"4\"", reply.etag());
        assertTrue(reply.body().contains("\"total\":1280.00"), reply.body());
        JsonNode order = reply.json();
        assertEquals("WO20260305-0001", order.get("number").asText());
        assertTrue(reply.body().contains("\"amount\":180.00"), reply.body());
        assertEquals("RECEIVED", order.at("/history/0/to").asText());
        assertEquals(0, order.get("reworkCount").asInt());
        assertEquals(4, order.get("version").asInt());
    }

    @Test
    void workOrderSearchParsesEveryFilter() {
        Reply reply = api.get("work-orders?q=WO2026&status=in_repair&plate=%E6%B5%99B&customerId=7&technicianId=11"
                + "&from=2026-03-01&to=2026-03-31&limit=20&offset=40");

        assertEquals(200, reply.status());
        assertEquals(new WorkOrderQuery("WO2026", WorkOrderStatus.IN_REPAIR, "浙B", 7L, null, 11L,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), workOrders.lastCall().args()[0]);
        assertEquals(new PageRequest(20, 40), workOrders.lastCall().args()[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "status=BOGUS", "from=2026-13-01", "to=yesterday", "customerId=abc",
        "from=2026-03-02&to=2026-03-01" })
    void badWorkOrderFiltersAreUnprocessable(String query) {
        assertProblem(api.get("work-orders?" + query), 422);
    }

    @Test
    void addingAPartLineAnswersCreatedWithTheOrder() {
        Reply reply = api.call("POST", "work-orders/5/parts", "application/json",
                "{\"partId\": 9, \"quantity\": 2}", "\"4\"");

        assertEquals(201, reply.status());
        assertEquals(InMemoryApi.BASE + "work-orders/5", reply.location());
        assertEquals("\"4\"", reply.etag());
        assertArrayEquals(new Object[] { 5L, new PartLineInput(9L, new BigDecimal("2"), null), 4L },
                workOrders.lastCall().args());
    }

    @Test
    void removingALineAnswersTheOrder() {
        Reply reply = api.call("DELETE", "work-orders/5/labor/1", null, null, null);

        assertEquals(200, reply.status());
        assertArrayEquals(new Object[] { 5L, 1L, null }, workOrders.lastCall().args());
    }

    @Test
    void transitionAnswersTheOrder() {
        Reply reply = api.call("POST", "work-orders/5/transitions", "application/json",
                "{\"to\": \"SETTLED\", \"payment\": {\"method\": \"WECHAT\", \"amount\": 1280.00}}", null);

        assertEquals(200, reply.status());
        assertEquals("\"4\"", reply.etag());
    }

    @Test
    void illegalTransitionIsConflict() {
        workOrders.fails("transition", new ConflictException("RECEIVED cannot move to SETTLED"));

        Reply reply = api.call("POST", "work-orders/5/transitions", "application/json", "{\"to\": \"SETTLED\"}",
                null);

        assertProblem(reply, 409);
        assertEquals("RECEIVED cannot move to SETTLED", reply.json().get("detail").asText());
    }

    @Test
    void receiptAnswersCreatedWithTheBatch() {
        StockBatch batch = new StockBatch(21, 9, "B-1", null, null, null, new BigDecimal("35.00"), new BigDecimal("10"),
                new BigDecimal("10"), AT);
        Part part = new Part(9, "JY-5W30", "机油", null, "桶", new BigDecimal("55.00"), new BigDecimal("2"), null,
                null, null, new BigDecimal("10"), 1, AT);
        Fake<InventoryService> inventory = Fake.of(InventoryService.class).on("receive", args -> batch)
                .on("getPart", args -> part);
        InMemoryApi stock = new InMemoryApi(new StockReceiptResource(inventory.service()),
                new PartResource(inventory.service()));

        Reply reply = stock.post("stock/receipts", "{\"partId\": 9, \"quantity\": 10, \"unitCost\": 35.00}");

        assertEquals(201, reply.status());
        assertEquals(InMemoryApi.BASE + "parts/9/batches", reply.location());
        assertTrue(reply.body().contains("\"unitCost\":35.00"), reply.body());
        assertProblem(stock.get("parts?belowSafetyStock=maybe"), 422);
        assertEquals("\"1\"", stock.get("parts/9").etag());
    }

    @Test
    void openApiDocumentIsServed() {
        Reply reply = api.get("openapi.json");

        assertEquals(200, reply.status());
        assertEquals("3.0.3", reply.json().get("openapi").asText());
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonNode problem = reply.json();
        assertEquals(status, problem.get("status").asInt());
        assertEquals("about:blank", problem.get("type").asText());
        assertFalse(problem.get("title").asText().isEmpty());
        assertFalse(problem.get("detail").asText().isEmpty());
    }

    private static <T> Page<T> page(List<T> items, PageRequest request) {
        return new Page<>(items, items.size(), request.limit(), request.offset());
    }

    private static DataSource dataSource(boolean valid) {
        Connection connection = (Connection) Proxy.newProxyInstance(ApiTest.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(ApiTest.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
