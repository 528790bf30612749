package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Calls every operation of the served OpenAPI document as each default role, as a user without a role, and with
 * no token, a garbage token and a revoked token, and checks each status against the default role grants. A
 * technician calling an order-scoped operation on another technician's order must get 404 without the order's data.
 * An operation that the document lists and {@link #RULES} does not fails the test, so new endpoints need a row.
 *
 * <p>NOTE: the SMS and WeChat plugins are not installed here and their endpoints are not in the document, so the
 * matrix does not check them; {@link PluginAccessIT} does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessMatrixIT extends AutoShopTestSupport {

    /** Who calls: one user per role, a user without a role, and three kinds of invalid credentials. */
    enum Principal {
        OWNER, ADVISOR, TECHNICIAN_A, TECHNICIAN_B, PARTS_CLERK, CASHIER, NO_ROLE, NO_TOKEN, GARBAGE_TOKEN,
        REVOKED_TOKEN;

        boolean hasValidToken() {
            return this != NO_TOKEN && this != GARBAGE_TOKEN && this != REVOKED_TOKEN;
        }
    }

    /** Marker permission of operations open to everybody. */
    static final String PUBLIC = "@public";
    /** Marker permission of operations open to every logged-in user, with or without a role. */
    static final String AUTHENTICATED = "@authenticated";

    static final String PASSWORD = "Matrix-pass-2026";

    /** The default grants of each role. The owner has every permission. */
    static final Map<Principal, Set<String>> GRANTS = new EnumMap<>(Principal.class);

    static {
        GRANTS.put(Principal.ADVISOR, Set.of("customers.read", "customers.write", "vehicles.read", "vehicles.write",
                "orders.read", "orders.create", "orders.update", "orders.diagnose", "orders.labor", "orders.parts",
                "orders.transition", "orders.finish-repair", "orders.settle", "dispatch", "parts.read", "staff.read",
                "notices.read", "plugins.read"));
        Set<String> technician = Set.of("orders.read-assigned", "orders.diagnose", "orders.labor", "orders.parts",
                "orders.finish-repair", "tasks.own", "parts.read");
        GRANTS.put(Principal.TECHNICIAN_A, technician);
        GRANTS.put(Principal.TECHNICIAN_B, technician);
        GRANTS.put(Principal.PARTS_CLERK, Set.of("parts.read", "parts.write", "stock.receive", "stock.cost",
                "stock.count", "purchasing", "orders.parts"));
        GRANTS.put(Principal.CASHIER, Set.of("orders.read", "orders.settle"));
        GRANTS.put(Principal.NO_ROLE, Set.of());
    }

    /**
     * One prepared request: its path, its body, the text that a refused caller must never see, and the media type of
     * the body when it is not JSON.
     */
    record Call(String path, String body, String secret, Cleanup cleanup, String contentType) {

        Call(String path, String body, String secret, Cleanup cleanup) {
            this(path, body, secret, cleanup, null);
        }

        Call(String path, String body) {
            this(path, body, null, null, null);
        }
    }

    private static final String BOUNDARY = "matrix-boundary-7d3f";

    /** Returns a dry-run import of one customer as a multipart call. */
    private static Call importCall() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nCUSTOMERS\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n姓名,手机\r\n矩阵导入,13911112222\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return new Call("/imports", body, null, null, "multipart/form-data; boundary=" + BOUNDARY);
    }

    @FunctionalInterface
    interface Cleanup {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface CallFactory {
        Call create(AccessMatrixIT test) throws Exception;
    }

    /**
     * Expected behaviour of one operation: the permissions of which a caller needs one, whether it is scoped to a
     * technician's order, the statuses that count as success, and whether it ends sessions so that every
     * principal logs in again afterwards.
     */
    record Rule(Set<String> anyOf, boolean orderScoped, Set<Integer> success, boolean endsSessions,
            CallFactory factory) {
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    private static void rule(String operation, Set<String> anyOf, int success, CallFactory factory) {
        RULES.put(operation, new Rule(anyOf, false, Set.of(success), false, factory));
    }

    private static void orderRule(String operation, Set<String> anyOf, int success, CallFactory factory) {
        RULES.put(operation, new Rule(anyOf, true, Set.of(success), false, factory));
    }

    /** Expected status of one principal that differs from what the grants alone give. */
    static final Map<String, Integer> OVERRIDES = new LinkedHashMap<>();

    private static void override(String operation, Principal principal, int status) {
        OVERRIDES.put(operation + " as " + principal, status);
    }

    private static void sessionRule(String operation, Set<String> anyOf, Set<Integer> success, CallFactory factory) {
        RULES.put(operation, new Rule(anyOf, false, success, true, factory));
    }

    private static void domainRule(String operation, Set<String> anyOf, Set<Integer> success, CallFactory factory) {
        RULES.put(operation, new Rule(anyOf, false, success, false, factory));
    }

    static {
        Set<String> orderRead = Set.of("orders.read", "orders.read-assigned");

        rule("GET /health", Set.of(PUBLIC), 200, t -> new Call("/health", null));
        rule("GET /openapi.json", Set.of(PUBLIC), 200, t -> new Call("/openapi.json", null));
        rule("GET /tracking/{token}", Set.of(PUBLIC), 200, t -> new Call("/tracking/" + t.shared().trackingToken, null));
        rule("POST /auth/login", Set.of(PUBLIC), 200, t -> new Call("/auth/login", "{\"username\":\""
                + AccessMatrixIT.usernames.get(Principal.CASHIER) + "\",\"password\":\"" + PASSWORD + "\"}"));
        rule("GET /console/extensions", Set.of(AUTHENTICATED), 200, t -> new Call("/console/extensions", null));
        rule("GET /me", Set.of(AUTHENTICATED), 200, t -> new Call("/me", null));
        sessionRule("POST /auth/logout", Set.of(AUTHENTICATED), Set.of(200, 204), t -> new Call("/auth/logout", null));
        sessionRule("PUT /me/password", Set.of(AUTHENTICATED), Set.of(200, 204, 422), t -> new Call("/me/password",
                "{\"currentPassword\":\"" + t.currentPassword() + "\",\"newPassword\":\"" + t.currentPassword()
                        + "\"}"));
        rule("GET /plugins", Set.of("plugins.read"), 200, t -> new Call("/plugins", null));

        rule("POST /customers", Set.of("customers.write"), 201, t -> new Call("/customers",
                "{\"name\":\"矩阵客户\",\"phone\":\"139" + t.digits(8) + "\"}"));
        rule("GET /customers", Set.of("customers.read"), 200, t -> new Call("/customers?q=%E7%9F%A9", null));
        rule("GET /customers/{id}", Set.of("customers.read"), 200, t -> new Call("/customers/" + t.customerId, null));
        rule("PUT /customers/{id}", Set.of("customers.write"), 200, t -> new Call("/customers/" + t.customerId,
                "{\"name\":\"矩阵车主\",\"phone\":\"13900001111\",\"type\":\"INDIVIDUAL\"}"));
        rule("GET /customers/{id}/vehicles", Set.of("customers.read"), 200,
                t -> new Call("/customers/" + t.customerId + "/vehicles", null));
        rule("POST /vehicles", Set.of("vehicles.write"), 201, t -> new Call("/vehicles",
                "{\"customerId\":" + t.customerId + ",\"plate\":\"" + t.plate() + "\"}"));
        rule("GET /vehicles", Set.of("vehicles.read"), 200, t -> new Call("/vehicles?plate=" + t.vehiclePlateQuery,
                null));
        rule("GET /vehicles/{id}", Set.of("vehicles.read"), 200, t -> new Call("/vehicles/" + t.vehicleId, null));
        rule("GET /vehicles/{id}/history", Set.of("vehicles.read"), 200,
                t -> new Call("/vehicles/" + t.vehicleId + "/history", null));

        rule("POST /work-orders", Set.of("orders.create"), 201, t -> new Call("/work-orders",
                "{\"vehicleId\":" + t.vehicleId + ",\"odometerKm\":50000,\"complaint\":\"矩阵测试\"}"));
        rule("GET /work-orders", orderRead, 200, t -> new Call("/work-orders?limit=5", null));
        orderRule("GET /work-orders/{id}", orderRead, 200, t -> t.onShared(""));
        orderRule("PUT /work-orders/{id}", Set.of("orders.update", "orders.diagnose"), 200,
                t -> t.onFresh("IN_REPAIR", "", "{\"diagnosis\":\"刹车片磨损\",\"repairPlan\":\"更换刹车片\"}"));
        orderRule("POST /work-orders/{id}/labor", Set.of("orders.labor"), 201,
                t -> t.onFresh("IN_REPAIR", "/labor", "{\"name\":\"检查\",\"hours\":0.5,\"rate\":100}"));
        orderRule("PUT /work-orders/{id}/labor/{lineId}", Set.of("orders.labor"), 200, t -> {
            OrderFixture order = t.order("IN_REPAIR");
            return order.call("/labor/" + order.laborLineId, "{\"technicianId\":null}");
        });
        orderRule("DELETE /work-orders/{id}/labor/{lineId}", Set.of("orders.labor"), 200, t -> {
            OrderFixture order = t.order("IN_REPAIR");
            return order.call("/labor/" + order.laborLineId, null);
        });
        orderRule("POST /work-orders/{id}/parts", Set.of("orders.parts"), 201,
                t -> t.onFresh("IN_REPAIR", "/parts", "{\"partId\":" + t.partId + ",\"quantity\":1}"));
        orderRule("DELETE /work-orders/{id}/parts/{lineId}", Set.of("orders.parts"), 200, t -> {
            OrderFixture order = t.order("IN_REPAIR");
            return order.call("/parts/" + order.partLineId, null);
        });
        // IN_REPAIR to INSPECTION is the one move that a technician may make.
        orderRule("POST /work-orders/{id}/transitions",
                Set.of("orders.transition", "orders.finish-repair", "orders.settle"), 200,
                t -> t.onFresh("IN_REPAIR", "/transitions", "{\"to\":\"INSPECTION\"}"));
        // The cashier passes the filter with orders.settle, but the service rejects every move except settlement.
        override("POST /work-orders/{id}/transitions", Principal.CASHIER, 403);
        orderRule("POST /work-orders/{id}/labor/{lineId}/clock", Set.of("orders.labor"), 200, t -> {
            OrderFixture order = t.order("IN_REPAIR");
            Call call = order.call("/labor/" + order.laborLineId + "/clock", "{\"action\":\"START\"}");
            return new Call(call.path(), call.body(), call.secret(), () -> t.owner("POST", "/work-orders/" + order.id
                    + "/transitions", "{\"to\":\"INSPECTION\"}"));
        });
        orderRule("GET /work-orders/{id}/labor/{lineId}/clock", orderRead, 200,
                t -> t.onShared("/labor/" + t.shared().laborLineId + "/clock"));
        orderRule("GET /work-orders/{id}/dispatch-suggestions", Set.of("dispatch"), 200,
                t -> t.onShared("/dispatch-suggestions"));
        orderRule("GET /work-orders/{id}/notices", Set.of("notices.read"), 200, t -> t.onShared("/notices"));
        orderRule("GET /work-orders/{id}/tracking-qr", orderRead, 200, t -> t.onShared("/tracking-qr"));
        orderRule("GET /work-orders/{id}/parts-trace", Set.of("stock.cost"), 200, t -> t.onShared("/parts-trace"));

        rule("POST /parts", Set.of("parts.write"), 201, t -> new Call("/parts", "{\"code\":\"MX-" + t.digits(6)
                + "\",\"name\":\"矩阵配件\",\"unit\":\"个\",\"salePrice\":10}"));
        rule("GET /parts", Set.of("parts.read"), 200, t -> new Call("/parts?q=MX", null));
        rule("GET /parts/{id}", Set.of("parts.read"), 200, t -> new Call("/parts/" + t.partId, null));
        rule("PUT /parts/{id}", Set.of("parts.write"), 200, t -> new Call("/parts/" + t.partId,
                "{\"name\":\"矩阵配件\"}"));
        rule("GET /parts/{id}/batches", Set.of("stock.cost"), 200, t -> new Call("/parts/" + t.partId + "/batches",
                null));
        rule("GET /parts/{id}/movements", Set.of("parts.read"), 200, t -> new Call("/parts/" + t.partId
                + "/movements", null));
        rule("GET /parts/locate", Set.of("parts.read"), 200, t -> new Call("/parts/locate?q=MX", null));
        rule("POST /stock/receipts", Set.of("stock.receive"), 201, t -> new Call("/stock/receipts",
                "{\"partId\":" + t.partId + ",\"quantity\":1,\"unitCost\":5,\"batch\":\"MX-R\"}"));
        rule("GET /stock/valuation", Set.of("stock.cost"), 200, t -> new Call("/stock/valuation", null));

        rule("POST /employees", Set.of("staff.write"), 201, t -> new Call("/employees",
                "{\"name\":\"矩阵员工\",\"role\":\"ADVISOR\"}"));
        rule("GET /employees", Set.of("staff.read"), 200, t -> new Call("/employees", null));
        rule("GET /employees/{id}", Set.of("staff.read"), 200, t -> new Call("/employees/" + t.technicianA, null));
        rule("GET /skills", Set.of("staff.read"), 200, t -> new Call("/skills", null));
        rule("POST /skills", Set.of("staff.write"), 201, t -> new Call("/skills",
                "{\"name\":\"矩阵技能" + t.digits(4) + "\"}"));
        rule("POST /service-items", Set.of("staff.write"), 201, t -> new Call("/service-items",
                "{\"name\":\"矩阵项目" + t.digits(4) + "\",\"standardHours\":1,\"rate\":100,\"skills\":[]}"));
        rule("GET /service-items", Set.of("staff.read"), 200, t -> new Call("/service-items", null));
        rule("GET /service-items/{id}", Set.of("staff.read"), 200, t -> new Call("/service-items/"
                + t.serviceItemId, null));
        rule("GET /employees/{id}/tasks", Set.of("dispatch"), 200, t -> new Call("/employees/" + t.technicianA
                + "/tasks", null));
        rule("GET /me/tasks", Set.of("tasks.own"), 200, t -> new Call("/me/tasks", null));
        // The owner account has no linked employee, so it has no task list.
        override("GET /me/tasks", Principal.OWNER, 404);
        rule("GET /workload", Set.of("dispatch"), 200, t -> new Call("/workload", null));

        rule("POST /suppliers", Set.of("purchasing"), 201, t -> new Call("/suppliers",
                "{\"name\":\"矩阵供应商" + t.digits(4) + "\",\"leadTimeDays\":3}"));
        rule("GET /suppliers", Set.of("purchasing"), 200, t -> new Call("/suppliers", null));
        rule("GET /suppliers/{id}", Set.of("purchasing"), 200, t -> new Call("/suppliers/" + t.supplierId, null));
        rule("POST /purchase-orders", Set.of("purchasing"), 201, t -> new Call("/purchase-orders", t.purchaseBody()));
        rule("GET /purchase-orders", Set.of("purchasing"), 200, t -> new Call("/purchase-orders", null));
        rule("GET /purchase-orders/{id}", Set.of("purchasing"), 200, t -> new Call("/purchase-orders/"
                + t.purchaseOrder(false), null));
        rule("POST /purchase-orders/{id}/transitions", Set.of("purchasing"), 200, t -> new Call("/purchase-orders/"
                + t.purchaseOrder(false) + "/transitions", "{\"to\":\"ORDERED\"}"));
        rule("POST /purchase-orders/{id}/receipts", Set.of("purchasing", "stock.receive"), 200, t -> new Call("/purchase-orders/"
                + t.purchaseOrder(true) + "/receipts", "{\"lines\":[{\"partId\":" + t.partId
                + ",\"quantity\":1,\"batch\":\"MX-PO\"}]}"));
        rule("GET /reorder-suggestions", Set.of("purchasing"), 200, t -> new Call("/reorder-suggestions", null));
        // A part without a shortage gets no purchase order, which the service reports as 422.
        domainRule("POST /reorder-suggestions/purchase-orders", Set.of("purchasing"), Set.of(201, 422),
                t -> new Call("/reorder-suggestions/purchase-orders", "{\"partIds\":[" + t.partId + "]}"));
        rule("POST /stock-counts", Set.of("stock.count"), 201, t -> new Call("/stock-counts", "{}"));
        rule("GET /stock-counts", Set.of("stock.count"), 200, t -> new Call("/stock-counts", null));
        rule("GET /stock-counts/{id}", Set.of("stock.count"), 200, t -> new Call("/stock-counts/" + t.stockCount(),
                null));
        rule("PUT /stock-counts/{id}/lines/{partId}", Set.of("stock.count"), 200, t -> new Call("/stock-counts/"
                + t.stockCount() + "/lines/" + t.partId, "{\"counted\":" + t.onHand() + "}"));
        rule("POST /stock-counts/{id}/post", Set.of("stock.count"), 200, t -> new Call("/stock-counts/"
                + t.stockCount() + "/post", "{\"reason\":\"矩阵盘点\"}"));
        rule("GET /batches/{batch}/trace", Set.of("batches.trace"), 200, t -> new Call("/batches/MX-B1/trace",
                null));
        rule("GET /backups", Set.of("backups"), 200, t -> new Call("/backups", null));
        // A second backup while one runs is refused with 409.
        domainRule("POST /backups", Set.of("backups"), Set.of(202, 409), t -> new Call("/backups", null));

        rule("POST /users", Set.of("users.admin"), 201, t -> new Call("/users", "{\"username\":\"mx-" + t.digits(6)
                + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"CASHIER\"}"));
        rule("GET /users", Set.of("users.admin"), 200, t -> new Call("/users", null));
        rule("GET /users/{id}", Set.of("users.admin"), 200, t -> new Call("/users/" + t.spareUser(), null));
        rule("PUT /users/{id}", Set.of("users.admin"), 200, t -> new Call("/users/" + t.spareUser(),
                "{\"disabled\":true}"));
        rule("GET /permissions", Set.of("roles.admin", "users.admin"), 200, t -> new Call("/permissions", null));
        rule("GET /roles", Set.of("roles.admin", "users.admin"), 200, t -> new Call("/roles", null));
        rule("GET /audit", Set.of("audit.read"), 200, t -> new Call("/audit?limit=5", null));
        rule("POST /imports", Set.of("imports"), 202, t -> importCall());
        rule("GET /imports", Set.of("imports"), 200, t -> new Call("/imports?limit=5", null));
        rule("GET /imports/{id}", Set.of("imports"), 200, t -> new Call("/imports/" + t.importId(), null));
        rule("GET /exports/{kind}", Set.of("exports"), 200, t -> new Call("/exports/customers?format=csv", null));
        sessionRule("PUT /roles/{role}/permissions", Set.of("roles.admin"), Set.of(200, 204),
                t -> new Call("/roles/CASHIER/permissions", "{\"permissions\":[\"orders.read\",\"orders.settle\"]}"));
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

    // The test methods of one class share a container, so the users and fixtures are created once per class.
    private static final Map<Principal, String> tokens = new EnumMap<>(Principal.class);
    private static final Map<Principal, String> usernames = new EnumMap<>(Principal.class);
    private static long technicianA;
    private static long technicianB;
    private static long customerId;
    private static long vehicleId;
    private static String vehiclePlateQuery;
    private static long partId;
    private static long supplierId;
    private static long serviceItemId;
    private static OrderFixture shared;

    private Principal calling;

    /** An order assigned to one technician, with a labour line of that technician and one parts line. */
    static final class OrderFixture {
        long id;
        String number;
        long laborLineId;
        long partLineId;
        String trackingToken;

        Call call(String suffix, String body) {
            return new Call("/work-orders/" + id + suffix, body, number, null);
        }
    }

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void prepare() throws Exception {
        awaitReady("/health");
        if (shared != null) {
            loginAll();
            return;
        }
        tokens.put(Principal.OWNER, login(ADMIN, adminPassword()));
        usernames.put(Principal.OWNER, ADMIN);
        technicianA = owner("POST", "/employees", "{\"name\":\"甲技师\",\"role\":\"TECHNICIAN\"}").get("id").asLong();
        technicianB = owner("POST", "/employees", "{\"name\":\"乙技师\",\"role\":\"TECHNICIAN\"}").get("id").asLong();
        createMatrixUser(Principal.ADVISOR, "ADVISOR", null);
        createMatrixUser(Principal.TECHNICIAN_A, "TECHNICIAN", technicianA);
        createMatrixUser(Principal.TECHNICIAN_B, "TECHNICIAN", technicianB);
        createMatrixUser(Principal.PARTS_CLERK, "PARTS_CLERK", null);
        createMatrixUser(Principal.CASHIER, "CASHIER", null);
        createMatrixUser(Principal.NO_ROLE, null, null);
        loginAll();

        customerId = owner("POST", "/customers", "{\"name\":\"矩阵车主\",\"phone\":\"13900001111\"}").get("id")
                .asLong();
        String plate = plate();
        vehicleId = owner("POST", "/vehicles", "{\"customerId\":" + customerId + ",\"plate\":\"" + plate + "\"}")
                .get("id").asLong();
        vehiclePlateQuery = java.net.URLEncoder.encode(plate, java.nio.charset.StandardCharsets.UTF_8);
        partId = owner("POST", "/parts", "{\"code\":\"MX-PART\",\"name\":\"刹车片\",\"unit\":\"套\",\"salePrice\":300}")
                .get("id").asLong();
        owner("POST", "/stock/receipts", "{\"partId\":" + partId + ",\"quantity\":5000,\"unitCost\":120,"
                + "\"batch\":\"MX-B1\",\"supplier\":\"矩阵汽配\"}");
        supplierId = owner("POST", "/suppliers", "{\"name\":\"矩阵汽配\",\"leadTimeDays\":2}").get("id").asLong();
        serviceItemId = owner("POST", "/service-items", "{\"name\":\"矩阵保养\",\"standardHours\":1,\"rate\":100,"
                + "\"skills\":[]}").get("id").asLong();
        shared = order("IN_REPAIR");
    }

    @Test
    public void everyOperationMatchesTheGrants() throws Exception {
        JsonNode document = expectAs(200, "GET", "/openapi.json", null, null);
        List<String> missing = new ArrayList<>();
        Set<String> unlisted = new TreeSet<>(RULES.keySet());
        List<String> failures = new ArrayList<>();
        int checked = 0;

        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                if (method.equals("parameters")) {
                    continue;
                }
                String operation = method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                unlisted.remove(operation);
                Rule rule = RULES.get(operation);
                if (rule == null) {
                    missing.add(operation);
                    continue;
                }
                for (Principal principal : Principal.values()) {
                    checkOne(operation, rule, principal, failures);
                    checked++;
                }
            }
        }

        assertTrue("Operations of the OpenAPI document without a row in the access matrix: " + missing,
                missing.isEmpty());
        assertTrue("Rows of the access matrix for operations the OpenAPI document lacks: " + unlisted,
                unlisted.isEmpty());
        assertTrue(failures.size() + " of " + checked + " calls returned an unexpected status:\n"
                + String.join("\n", failures), failures.isEmpty());
        assertTrue("only " + checked + " calls were checked", checked > 60 * Principal.values().length);
    }

    @Test
    public void searchesHideOtherTechniciansOrders() throws Exception {
        OrderFixture orderOfA = order("IN_REPAIR");
        OrderFixture orderOfB = order("IN_REPAIR", technicianB);
        String tokenA = tokens.get(Principal.TECHNICIAN_A);

        JsonNode all = expectAs(200, "GET", "/work-orders?limit=500", null, tokenA);
        JsonNode byNumber = expectAs(200, "GET", "/work-orders?q=" + orderOfB.number, null, tokenA);
        JsonNode byOther = expectAs(200, "GET", "/work-orders?technicianId=" + technicianB, null, tokenA);
        JsonNode byPlate = expectAs(200, "GET", "/work-orders?plate=" + vehiclePlateQuery + "&limit=500", null,
                tokenA);
        JsonNode tasksOfB = expectAs(403, "GET", "/employees/" + technicianB + "/tasks", null, tokenA);
        JsonNode myTasks = expectAs(200, "GET", "/me/tasks?limit=500", null, tokenA);
        HttpResponse<String> history = send("GET", "/vehicles/" + vehicleId + "/history?limit=500", null,
                tokenA);

        assertTrue(ids(all).contains(orderOfA.id));
        assertFalse(ids(all).contains(orderOfB.id));
        assertEquals(ids(all).size(), all.get("total").asInt());
        for (JsonNode item : all.get("items")) {
            assertTrue(item.toString(), item.get("technicianIds").toString().contains(String.valueOf(technicianA)));
        }
        assertEquals(0, byNumber.get("total").asInt());
        assertEquals(0, byNumber.get("items").size());
        assertEquals(0, byOther.get("total").asInt());
        assertFalse(ids(byPlate).contains(orderOfB.id));
        assertTrue(ids(byPlate).contains(orderOfA.id));
        assertFalse(tasksOfB.toString().contains(orderOfB.number));
        assertTrue(taskIds(myTasks).contains(orderOfA.id));
        assertFalse(taskIds(myTasks).contains(orderOfB.id));
        // Technicians lack vehicles.read, so the history stays closed to them altogether.
        assertEquals(403, history.statusCode());
        assertFalse(history.body(), history.body().contains(orderOfB.number));
    }

    @Test
    public void technicianSeesOwnOrderOnly() throws Exception {
        OrderFixture orderOfB = order("IN_REPAIR", technicianB);
        String tokenA = tokens.get(Principal.TECHNICIAN_A);

        HttpResponse<String> read = send("GET", "/work-orders/" + orderOfB.id, null, tokenA);
        HttpResponse<String> diagnose = send("PUT", "/work-orders/" + orderOfB.id,
                "{\"diagnosis\":\"不应写入\"}", tokenA);
        HttpResponse<String> finish = send("POST", "/work-orders/" + orderOfB.id + "/transitions",
                "{\"to\":\"INSPECTION\"}", tokenA);
        JsonNode after = owner("GET", "/work-orders/" + orderOfB.id, null);

        assertEquals(404, read.statusCode());
        assertEquals(404, diagnose.statusCode());
        assertEquals(404, finish.statusCode());
        assertFalse(read.body().contains(orderOfB.number));
        assertEquals("IN_REPAIR", after.get("status").asText());
        assertTrue(after.get("diagnosis").isNull());
    }

    @Test
    public void deniedChangesLeaveOrderUnchanged() throws Exception {
        OrderFixture order = order("IN_REPAIR");
        String tokenA = tokens.get(Principal.TECHNICIAN_A);
        String cashier = tokens.get(Principal.CASHIER);
        long version = owner("GET", "/work-orders/" + order.id, null).get("version").asLong();

        JsonNode complaint = expectAs(403, "PUT", "/work-orders/" + order.id,
                "{\"diagnosis\":\"刹车片磨损\",\"complaint\":\"改投诉\"}", tokenA);
        JsonNode cancel = expectAs(403, "POST", "/work-orders/" + order.id + "/transitions",
                "{\"to\":\"OPEN\"}", tokenA);
        JsonNode settleEarly = expectAs(403, "POST", "/work-orders/" + order.id + "/transitions",
                "{\"to\":\"INSPECTION\"}", cashier);
        JsonNode after = owner("GET", "/work-orders/" + order.id, null);
        JsonNode diagnosed = expectAs(200, "PUT", "/work-orders/" + order.id, "{\"diagnosis\":\"刹车片磨损\"}",
                tokenA);

        assertEquals(403, complaint.get("status").asInt());
        assertEquals(403, cancel.get("status").asInt());
        assertEquals(403, settleEarly.get("status").asInt());
        assertEquals(version, after.get("version").asLong());
        assertEquals("刹车时有异响", after.get("complaint").asText());
        assertEquals("IN_REPAIR", after.get("status").asText());
        assertEquals("刹车片磨损", diagnosed.get("diagnosis").asText());
    }

    @Test
    public void cashierSettlesAndClerkIssuesParts() throws Exception {
        OrderFixture order = order("IN_REPAIR");
        owner("POST", "/work-orders/" + order.id + "/transitions", "{\"to\":\"INSPECTION\"}");
        String clerk = tokens.get(Principal.PARTS_CLERK);
        String cashier = tokens.get(Principal.CASHIER);

        JsonNode clerkRead = expectAs(403, "GET", "/work-orders/" + order.id, null, clerk);
        JsonNode added = expectAs(201, "POST", "/work-orders/" + order.id + "/parts",
                "{\"partId\":" + partId + ",\"quantity\":2}", clerk);
        long lineId = added.get("partLines").get(added.get("partLines").size() - 1).get("id").asLong();
        expectAs(200, "DELETE", "/work-orders/" + order.id + "/parts/" + lineId, null, clerk);
        String balance = owner("GET", "/work-orders/" + order.id, null).get("totals").get("balance").asText();
        JsonNode settled = expectAs(200, "POST", "/work-orders/" + order.id + "/transitions",
                "{\"to\":\"SETTLED\",\"payment\":{\"method\":\"CASH\",\"amount\":" + balance + "}}", cashier);

        assertEquals(403, clerkRead.get("status").asInt());
        assertEquals(2, added.get("partLines").size());
        assertEquals("SETTLED", settled.get("status").asText());
    }

    private void checkOne(String operation, Rule rule, Principal principal, List<String> failures) throws Exception {
        calling = principal;
        Call call = rule.factory().create(this);
        Set<Integer> expected = expectedStatuses(operation, rule, principal);
        String method = operation.substring(0, operation.indexOf(' '));
        HttpResponse<String> response = call.contentType() == null
                ? send(method, call.path(), call.body(), tokenOf(principal))
                : callAs(tokenOf(principal), method, call.path(), call.contentType(),
                        call.body().getBytes(StandardCharsets.UTF_8));
        try {
            int status = response.statusCode();
            if (!expected.contains(status)) {
                failures.add(operation + " as " + principal + ": expected " + expected + ", got " + status + " "
                        + abbreviate(response.body()));
            } else if (status == 404 && principal == Principal.TECHNICIAN_B && call.secret() != null
                    && response.body().contains(call.secret())) {
                failures.add(operation + " as " + principal + ": the 404 body shows order " + call.secret());
            }
        } finally {
            if (call.cleanup() != null) {
                call.cleanup().run();
            }
            if (rule.endsSessions() && principal.hasValidToken()) {
                loginAll();
            }
        }
    }

    private static Set<Integer> expectedStatuses(String operation, Rule rule, Principal principal) {
        Integer overridden = OVERRIDES.get(operation + " as " + principal);
        if (overridden != null) {
            return Set.of(overridden);
        }
        if (rule.anyOf().contains(PUBLIC)) {
            return rule.success();
        }
        if (!principal.hasValidToken()) {
            return Set.of(401);
        }
        if (rule.anyOf().contains(AUTHENTICATED)) {
            return rule.success();
        }
        boolean permitted = principal == Principal.OWNER
                || rule.anyOf().stream().anyMatch(GRANTS.get(principal)::contains);
        if (!permitted) {
            return Set.of(403);
        }
        if (rule.orderScoped() && principal == Principal.TECHNICIAN_B) {
            return Set.of(404);
        }
        return rule.success();
    }

    private String tokenOf(Principal principal) throws Exception {
        return switch (principal) {
            case NO_TOKEN -> null;
            case GARBAGE_TOKEN -> "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMDEyMzQ1Njc4OQ";
            case REVOKED_TOKEN -> revokedToken();
            default -> tokens.get(principal);
        };
    }

    private String revokedToken() throws Exception {
        String token = login(usernames.get(Principal.CASHIER), PASSWORD);
        HttpResponse<String> logout = send("POST", "/auth/logout", null, token);
        assertTrue("logout returned " + logout.statusCode(), logout.statusCode() / 100 == 2);
        return token;
    }

    private void createMatrixUser(Principal principal, String role, Long employeeId) throws Exception {
        String username = "mx-" + principal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        createUser(username, PASSWORD, role, employeeId);
        usernames.put(principal, username);
    }

    private void loginAll() throws Exception {
        tokens.put(Principal.OWNER, login(ADMIN, adminPassword()));
        for (Map.Entry<Principal, String> user : usernames.entrySet()) {
            if (user.getKey() != Principal.OWNER) {
                tokens.put(user.getKey(), login(user.getValue(), PASSWORD));
            }
        }
    }

    /** Sends a request as the admin through the shared helpers, which log in again after a revocation. */
    JsonNode owner(String method, String path, String body) throws Exception {
        HttpResponse<String> response = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path, body);
            case "PUT" -> put(path, body, null);
            case "DELETE" -> delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        assertTrue(method + " " + path + " as owner returned " + response.statusCode() + " " + response.body(),
                response.statusCode() / 100 == 2);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    OrderFixture shared() {
        return shared;
    }

    Call onShared(String suffix) {
        return shared.call(suffix, null);
    }

    Call onFresh(String status, String suffix, String body) throws Exception {
        return order(status).call(suffix, body);
    }

    OrderFixture order(String status) throws Exception {
        return order(status, technicianA);
    }

    /** Creates an order as the owner, assigns it to the technician and moves it to RECEIVED, OPEN or IN_REPAIR. */
    OrderFixture order(String status, long technician) throws Exception {
        OrderFixture order = new OrderFixture();
        JsonNode created = owner("POST", "/work-orders", "{\"vehicleId\":" + vehicleId
                + ",\"odometerKm\":50000,\"complaint\":\"刹车时有异响\"}");
        order.id = created.get("id").asLong();
        order.number = created.get("number").asText();
        String trackingUrl = created.path("trackingUrl").asText("");
        order.trackingToken = trackingUrl.substring(trackingUrl.lastIndexOf('/') + 1);
        String path = "/work-orders/" + order.id;
        owner("PUT", path, "{\"technicianIds\":[" + technician + "]}");
        JsonNode labor = owner("POST", path + "/labor", "{\"name\":\"更换刹车片\",\"hours\":1,\"rate\":120,"
                + "\"technicianId\":" + technician + "}");
        order.laborLineId = labor.get("laborLines").get(0).get("id").asLong();
        JsonNode parts = owner("POST", path + "/parts", "{\"partId\":" + partId + ",\"quantity\":1}");
        order.partLineId = parts.get("partLines").get(0).get("id").asLong();
        if (!status.equals("RECEIVED")) {
            owner("POST", path + "/transitions", "{\"to\":\"OPEN\"}");
        }
        if (status.equals("IN_REPAIR")) {
            owner("POST", path + "/transitions", "{\"to\":\"IN_REPAIR\"}");
        }
        return order;
    }

    String purchaseBody() {
        return "{\"supplierId\":" + supplierId + ",\"lines\":[{\"partId\":" + partId
                + ",\"quantity\":5,\"unitCost\":100}]}";
    }

    long purchaseOrder(boolean ordered) throws Exception {
        long id = owner("POST", "/purchase-orders", purchaseBody()).get("id").asLong();
        if (ordered) {
            owner("POST", "/purchase-orders/" + id + "/transitions", "{\"to\":\"ORDERED\"}");
        }
        return id;
    }

    long stockCount() throws Exception {
        return owner("POST", "/stock-counts", "{}").get("id").asLong();
    }

    String onHand() throws Exception {
        return owner("GET", "/parts/" + partId, null).get("onHand").asText();
    }

    long spareUser() throws Exception {
        return owner("POST", "/users", "{\"username\":\"mx-spare-" + digits(6) + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"CASHIER\"}").get("id").asLong();
    }

    /** Starts a dry-run import as the owner and returns its id. */
    String importId() throws Exception {
        Call call = importCall();
        HttpResponse<String> reply = callAs(tokenOf(Principal.OWNER), "POST", call.path(), call.contentType(),
                call.body().getBytes(StandardCharsets.UTF_8));
        return expect(202, reply).get("id").asText();
    }

    String currentPassword() throws Exception {
        return calling == Principal.OWNER ? adminPassword() : PASSWORD;
    }

    String digits(int count) {
        String value = String.valueOf(SEQUENCE.incrementAndGet());
        return "0".repeat(Math.max(0, count - value.length())) + value;
    }

    /** Returns a new valid plate of Zhejiang, 浙A plus a letter and four digits. */
    String plate() {
        return "浙A" + "X" + digits(4);
    }

    private static Set<Long> ids(JsonNode page) {
        Set<Long> ids = new TreeSet<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static Set<Long> taskIds(JsonNode page) {
        Set<Long> ids = new TreeSet<>();
        page.get("items").forEach(item -> ids.add(item.get("workOrderId").asLong()));
        return ids;
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return callAs(token, method, path, body);
    }

    private JsonNode expectAs(int status, String method, String path, String body, String token) throws Exception {
        return expect(status, callAs(token, method, path, body));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
