import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads a demo shop into an AutoShop server through its REST API: employees, customers, vehicles, parts with
 * stock, and a few hundred back-dated work orders in every status.
 *
 * <p>Run it with {@code java samples/demo-loader/DemoLoader.java [baseUrl] [options]}. It needs only the JDK.
 * All data comes from one {@link Random} with a fixed seed, so the same seed yields the same shop, with dates
 * relative to the day of the run.
 */
public class DemoLoader {

    static final String DEFAULT_BASE_URL = "http://127.0.0.1:8181";
    static final long DEFAULT_SEED = 20260305L;
    static final int DEFAULT_ORDERS = 300;
    static final String TOKEN_VARIABLE = "AUTOSHOP_TOKEN";

    private static final int PROGRESS_INTERVAL = 25;
    private static final int MAX_DUPLICATE_RETRIES = 5;
    private static final int MAX_REPORTED_SKIPS = 5;
    private static final String SKIPPED_PART_LINES = "part lines skipped (409 Conflict)";

    private static final String USAGE = """
            Usage: java samples/demo-loader/DemoLoader.java [baseUrl] [options]
              baseUrl      AutoShop server to load, default %s
              --seed N     seed of the random generator, default %d (the same seed gives the same data)
              --orders N   number of work orders to create, default %d
              --force      load even when the shop already has customers
              --help       print this help and exit
            When the environment variable %s is set, every request sends it as a bearer token.
            """.formatted(DEFAULT_BASE_URL, DEFAULT_SEED, DEFAULT_ORDERS, TOKEN_VARIABLE);

    private final Options options;
    private final ApiClient api;
    private final DemoDataGenerator generator;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<WorkOrderStatus, Integer> statusCounts = new LinkedHashMap<>();

    private final List<Long> employeeIds = new ArrayList<>();
    private final List<Long> customerIds = new ArrayList<>();
    private final List<Long> vehicleIds = new ArrayList<>();
    private final Map<String, Long> partIds = new HashMap<>();

    DemoLoader(Options options, ApiClient api) {
        this.options = options;
        this.api = api;
        this.generator = new DemoDataGenerator(new Random(options.seed()), ZonedDateTime.now(Shop.ZONE));
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        System.exit(run(options));
    }

    /** Runs a whole load and returns the process exit code. */
    private static int run(Options options) {
        ApiClient api = new ApiClient(options.baseUrl(), System.getenv(TOKEN_VARIABLE));
        try {
            return new DemoLoader(options, api).load() ? 0 : 1;
        } catch (ApiException e) {
            System.err.println(e.getMessage());
            System.err.println(e.body());
        } catch (ConnectException e) {
            System.err.println("Cannot connect to " + options.baseUrl() + ". Start the AutoShop server or pass its"
                    + " base URL as the first argument.");
        } catch (HttpTimeoutException e) {
            System.err.println("Request to " + options.baseUrl() + " timed out: " + e.getMessage());
        } catch (IOException e) {
            System.err.println("Request to " + options.baseUrl() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("Interrupted");
        }
        return 1;
    }

    /** Loads every kind of demo data in dependency order, or returns false at once when the shop is not empty. */
    boolean load() throws IOException, InterruptedException, ApiException {
        long started = System.nanoTime();
        System.out.printf("Loading demo shop into %s (seed %d, %d work orders)%n",
                options.baseUrl(), options.seed(), options.orders());
        if (!checkShopIsEmpty()) {
            return false;
        }

        List<EmployeeSeed> employees = Catalog.EMPLOYEES;
        List<CustomerSeed> customers = generator.customers();
        List<VehicleSeed> vehicles = generator.vehicles(customers);
        List<PartSeed> parts = generator.parts(Math.max(1.0, options.orders() / (double) DEFAULT_ORDERS));
        List<OrderSeed> orders = new OrderPlanner(generator, customers, vehicles, employees).plan(options.orders());

        loadEmployees(employees);
        loadCustomers(customers);
        loadVehicles(vehicles);
        loadParts(parts);
        loadWorkOrders(orders);

        printSummary(Duration.ofNanos(System.nanoTime() - started));
        return true;
    }

    private boolean checkShopIsEmpty() throws IOException, InterruptedException, ApiException {
        Map<String, Object> page = api.get("/api/v1/customers?limit=1");
        long customerCount;
        if (page.get("total") instanceof BigDecimal total) {
            customerCount = total.longValue();
        } else {
            customerCount = page.get("items") instanceof List<?> items ? items.size() : 0;
        }
        if (customerCount == 0) {
            return true;
        }
        if (options.force()) {
            System.out.printf("The shop already has %d customers; loading anyway because of --force%n", customerCount);
            return true;
        }
        System.err.printf("The shop at %s already has %d customers. The demo data is meant for a fresh shop;"
                + " run again with --force to add it anyway.%n", options.baseUrl(), customerCount);
        return false;
    }

    private void loadEmployees(List<EmployeeSeed> employees) throws IOException, InterruptedException, ApiException {
        for (EmployeeSeed employee : employees) {
            Map<String, Object> body = Json.object(
                    "name", employee.name(), "role", employee.role(),
                    "skills", employee.skills().isEmpty() ? null : employee.skills());
            employeeIds.add(api.postForId("/api/v1/employees", body));
            count("employees");
        }
        System.out.printf("  employees: %d%n", employeeIds.size());
    }

    private void loadCustomers(List<CustomerSeed> customers) throws IOException, InterruptedException, ApiException {
        for (CustomerSeed customer : customers) {
            long id = postReplacingDuplicates(api::postForId, "/api/v1/customers", customerBody(customer),
                    () -> customerBody(generator.withNewPhone(customer)));
            customerIds.add(id);
            count("customers");
        }
        System.out.printf("  customers: %d%n", customerIds.size());
    }

    private static Map<String, Object> customerBody(CustomerSeed customer) {
        return Json.object("name", customer.name(), "phone", customer.phone(), "type", customer.type(),
                "notes", customer.notes());
    }

    private void loadVehicles(List<VehicleSeed> vehicles) throws IOException, InterruptedException, ApiException {
        for (VehicleSeed vehicle : vehicles) {
            long id = postReplacingDuplicates(api::postForId, "/api/v1/vehicles", vehicleBody(vehicle),
                    () -> vehicleBody(generator.withNewIdentity(vehicle)));
            vehicleIds.add(id);
            count("vehicles");
        }
        System.out.printf("  vehicles: %d%n", vehicleIds.size());
    }

    private Map<String, Object> vehicleBody(VehicleSeed vehicle) {
        VehicleModel model = vehicle.model();
        return Json.object("customerId", customerIds.get(vehicle.ownerIndex()), "plate", vehicle.plate(),
                "vin", vehicle.vin(), "make", model.make(), "model", model.model(), "year", vehicle.year(),
                "color", vehicle.color(), "odometerKm", vehicle.odometerKm());
    }

    /**
     * Sends a create request and returns what {@code call} returns. Without --force, a 409 Conflict fails the
     * load. With --force, the request is retried with a freshly generated body, because the conflict is then a
     * plate, phone or batch left by an earlier load.
     */
    private <T> T postReplacingDuplicates(ApiCall<T> call, String path, Map<String, Object> body,
            Supplier<Map<String, Object>> fresh) throws IOException, InterruptedException, ApiException {
        Map<String, Object> attemptBody = body;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.send(path, attemptBody);
            } catch (ApiException e) {
                if (!options.force() || e.status() != ApiClient.CONFLICT || attempt == MAX_DUPLICATE_RETRIES) {
                    throw e;
                }
                count("duplicates replaced");
                attemptBody = fresh.get();
            }
        }
    }

    private void loadParts(List<PartSeed> parts) throws IOException, InterruptedException, ApiException {
        for (PartSeed part : parts) {
            long partId = createPart(part.spec(), part.location());
            partIds.put(part.spec().code(), partId);
            for (ReceiptSeed receipt : part.receipts()) {
                postReplacingDuplicates(api::post, "/api/v1/stock/receipts", receiptBody(partId, receipt),
                        () -> receiptBody(partId, generator.withNewBatch(receipt)));
                count("stock receipts");
            }
        }
        System.out.printf("  parts: %d, stock receipts: %d%n",
                partIds.size(), counts.getOrDefault("stock receipts", 0));
    }

    private static Map<String, Object> receiptBody(long partId, ReceiptSeed receipt) {
        return Json.object("partId", partId, "quantity", receipt.quantity(), "unitCost", receipt.unitCost(),
                "batch", receipt.batch(), "supplier", receipt.supplier());
    }

    /** Creates a part, or with --force looks up and reuses the part when its code already exists. */
    private long createPart(PartSpec spec, String location) throws IOException, InterruptedException, ApiException {
        Map<String, Object> body = Json.object("code", spec.code(), "name", spec.name(), "spec", spec.spec(),
                "unit", spec.unit(), "salePrice", spec.salePrice(), "safetyStock", spec.safetyStock(),
                "location", location);
        try {
            long id = api.postForId("/api/v1/parts", body);
            count("parts");
            return id;
        } catch (ApiException e) {
            if (!options.force() || e.status() != ApiClient.CONFLICT) {
                throw e;
            }
            count("parts reused");
            return findPartId(spec.code(), e);
        }
    }

    private long findPartId(String code, ApiException conflict) throws IOException, InterruptedException, ApiException {
        String query = URLEncoder.encode(code, StandardCharsets.UTF_8);
        Object items = Json.member(api.get("/api/v1/parts?limit=50&q=" + query), "items");
        if (items instanceof List<?> list) {
            for (Object item : list) {
                if (code.equals(Json.member(item, "code")) && Json.member(item, "id") instanceof BigDecimal id) {
                    return id.longValueExact();
                }
            }
        }
        throw conflict;
    }

    private void loadWorkOrders(List<OrderSeed> orders) throws IOException, InterruptedException, ApiException {
        int done = 0;
        for (OrderSeed order : orders) {
            loadWorkOrder(order);
            done++;
            if (done % PROGRESS_INTERVAL == 0 || done == orders.size()) {
                System.out.printf("  work orders: %d/%d%n", done, orders.size());
            }
        }
    }

    /** Creates one order, then walks it through its planned status changes, adding lines once repair starts. */
    private void loadWorkOrder(OrderSeed order) throws IOException, InterruptedException, ApiException {
        long orderId = api.postForId("/api/v1/work-orders", Json.object(
                "vehicleId", vehicleIds.get(order.vehicleIndex()), "odometerKm", order.odometerKm(),
                "complaint", order.complaint(), "receivedAt", Shop.format(order.receivedAt()),
                "promisedAt", Shop.format(order.promisedAt())));
        String orderPath = "/api/v1/work-orders/" + orderId;
        count("work orders");

        boolean linesAdded = false;
        for (StepSeed step : order.steps()) {
            Map<String, Object> payment = step.to() == WorkOrderStatus.SETTLED ? payment(orderPath, order) : null;
            api.post(orderPath + "/transitions", Json.object("to", step.to().name(), "at", Shop.format(step.at()),
                    "note", step.note(), "passed", step.passed(), "payment", payment));
            if (step.to() == WorkOrderStatus.IN_REPAIR && !linesAdded) {
                addLines(orderPath, order);
                linesAdded = true;
            }
        }
        statusCounts.merge(order.finalStatus(), 1, Integer::sum);
    }

    private void addLines(String orderPath, OrderSeed order) throws IOException, InterruptedException, ApiException {
        for (LaborSeed labor : order.labor()) {
            api.post(orderPath + "/labor", Json.object("name", labor.name(), "hours", labor.hours(),
                    "rate", labor.rate(), "technicianId", employeeIds.get(labor.technicianIndex())));
            count("labour lines");
        }
        for (PartLineSeed line : order.parts()) {
            try {
                api.post(orderPath + "/parts",
                        Json.object("partId", partIds.get(line.partCode()), "quantity", line.quantity()));
                count("part lines");
            } catch (ApiException e) {
                if (e.status() != ApiClient.CONFLICT) {
                    throw e;
                }
                reportSkippedPartLine(orderPath, line, e);
            }
        }
    }

    /** Counts a part line the server rejected with 409, and prints the reason for the first few. */
    private void reportSkippedPartLine(String orderPath, PartLineSeed line, ApiException conflict) {
        count(SKIPPED_PART_LINES);
        int skipped = counts.get(SKIPPED_PART_LINES);
        if (skipped <= MAX_REPORTED_SKIPS) {
            System.out.printf("  skipped %d x %s on %s: %s%n", line.quantity(), line.partCode(), orderPath,
                    conflict.detail());
        }
        if (skipped == MAX_REPORTED_SKIPS) {
            System.out.println("  further skipped part lines are only counted");
        }
    }

    /** Builds a payment of the order's current balance, as read back from the server. */
    private Map<String, Object> payment(String orderPath, OrderSeed order)
            throws IOException, InterruptedException, ApiException {
        Object balance = Json.member(api.get(orderPath), "totals", "balance");
        if (!(balance instanceof BigDecimal amount)) {
            throw new ApiException("GET", orderPath, 200, "The reply has no numeric totals.balance");
        }
        if (amount.signum() <= 0) {
            return null;
        }
        count("payments");
        return Json.object("method", order.paymentMethod(), "amount", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private void printSummary(Duration elapsed) {
        System.out.printf("Done in %.1f s with %d requests:%n", elapsed.toMillis() / 1000.0, api.requestCount());
        counts.forEach((kind, count) -> System.out.printf("  %-40s %6d%n", kind, count));
        StringBuilder byStatus = new StringBuilder();
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            byStatus.append(String.format(" %s %d", status, statusCounts.getOrDefault(status, 0)));
        }
        System.out.println("  work orders by status:" + byStatus);
    }
}

/** A POST through {@link ApiClient} that returns the reply or a value taken from it. */
@FunctionalInterface
interface ApiCall<T> {
    T send(String path, Object body) throws IOException, InterruptedException, ApiException;
}

/** Command-line options. {@link #parse} throws IllegalArgumentException with a message fit for the user. */
record Options(String baseUrl, long seed, int orders, boolean force, boolean help) {

    static Options parse(String[] args) {
        String baseUrl = DemoLoader.DEFAULT_BASE_URL;
        long seed = DemoLoader.DEFAULT_SEED;
        int orders = DemoLoader.DEFAULT_ORDERS;
        boolean force = false;
        boolean baseUrlSeen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new Options(baseUrl, seed, orders, force, true);
                }
                case "--force" -> force = true;
                case "--seed" -> seed = parseSeed(valueAfter(args, i++));
                case "--orders" -> orders = parseOrderCount(valueAfter(args, i++));
                default -> {
                    if (arg.startsWith("-") || baseUrlSeen) {
                        throw new IllegalArgumentException("Unknown argument: " + arg);
                    }
                    baseUrl = parseBaseUrl(arg);
                    baseUrlSeen = true;
                }
            }
        }
        return new Options(baseUrl, seed, orders, force, false);
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException("Missing value after " + args[index]);
        }
        return args[index + 1];
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for --seed: '" + value + "' is not an integer");
        }
    }

    private static int parseOrderCount(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid value for --orders: '" + value + "' is not a count of 0 or more");
    }

    private static String parseBaseUrl(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
            throw new IllegalArgumentException("Invalid base URL '" + value + "': expected http:// or https://");
        }
        try {
            URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid base URL '" + value + "': " + e.getMessage());
        }
        return trimmed;
    }
}

/** A non-2xx reply, or a 2xx reply the loader cannot use. */
final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    ApiException(String method, String path, int status, String body) {
        super(method + " " + path + " failed with HTTP status " + status + ":");
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    /** Returns the reply body, normally an RFC 7807 problem+json document. */
    String body() {
        return body;
    }

    /** Returns the problem's {@code detail} member, or the whole body when it has none. */
    String detail() {
        try {
            Object detail = Json.member(Json.parse(body), "detail");
            return detail instanceof String text ? text : body;
        } catch (IllegalArgumentException e) {
            return body;
        }
    }
}

/** JSON over HTTP/1.1 to the AutoShop REST API, with an optional bearer token on every request. */
final class ApiClient {
    static final int CONFLICT = 409;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json; charset=UTF-8";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final String baseUrl;
    private final String token;
    private int requestCount;

    ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token == null || token.isBlank() ? null : token.trim();
    }

    int requestCount() {
        return requestCount;
    }

    Map<String, Object> get(String path) throws IOException, InterruptedException, ApiException {
        return send("GET", path, null).body();
    }

    Map<String, Object> post(String path, Object body) throws IOException, InterruptedException, ApiException {
        return send("POST", path, body).body();
    }

    /** Posts and returns the numeric {@code id} of the created resource. */
    long postForId(String path, Object body) throws IOException, InterruptedException, ApiException {
        Reply reply = send("POST", path, body);
        if (reply.body().get("id") instanceof BigDecimal id) {
            return id.longValueExact();
        }
        String detail = "The reply has no numeric id: " + Json.write(reply.body());
        throw new ApiException("POST", path, reply.status(), detail);
    }

    private record Reply(int status, Map<String, Object> body) {
    }

    private Reply send(String method, String path, Object body)
            throws IOException, InterruptedException, ApiException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", JSON_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        }

        requestCount++;
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(method, path, response.statusCode(), response.body());
        }
        return new Reply(response.statusCode(), parseReply(method, path, response));
    }

    private static Map<String, Object> parseReply(String method, String path, HttpResponse<String> response)
            throws ApiException {
        String text = response.body();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            if (Json.parse(text) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(method, path, response.statusCode(), e.getMessage() + ": " + text);
        }
        throw new ApiException(method, path, response.statusCode(), "The reply is not a JSON object: " + text);
    }
}

/**
 * A minimal JSON writer and reader. Objects are read as {@link LinkedHashMap}, arrays as {@link ArrayList} and
 * every number as {@link BigDecimal}, so money keeps its exact value.
 */
final class Json {
    private Json() {
    }

    /** Builds an object from alternating keys and values, leaving out the keys whose value is null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                result.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return result;
    }

    /** Returns the value at the path of nested object members, or null when a step is missing. */
    static Object member(Object root, String... path) {
        Object current = root;
        for (String name : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(name);
        }
        return current;
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(out, value);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(out, text);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(out, map);
        } else if (value instanceof Collection<?> collection) {
            writeArray(out, collection);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            writeString(out, String.valueOf(entry.getKey()));
            out.append(':');
            writeValue(out, entry.getValue());
            separator = ",";
        }
        out.append('}');
    }

    private static void writeArray(StringBuilder out, Collection<?> collection) {
        out.append('[');
        String separator = "";
        for (Object element : collection) {
            out.append(separator);
            writeValue(out, element);
            separator = ",";
        }
        out.append(']');
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses one JSON document, or throws IllegalArgumentException with the offset of the first error. */
    static Object parse(String text) {
        return new Parser(text).readDocument();
    }

    /** A recursive-descent parser over the whole text. */
    private static final class Parser {
        private static final String NUMBER_CHARACTERS = "+-0123456789.eE";

        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Object readDocument() {
            Object value = readValue();
            skipWhitespace();
            if (position < text.length()) {
                throw error("unexpected text after the JSON value");
            }
            return value;
        }

        private Object readValue() {
            skipWhitespace();
            return switch (peek()) {
                case '{' -> readObject();
                case '[' -> readArray();
                case '"' -> readString();
                case 't' -> readLiteral("true", Boolean.TRUE);
                case 'f' -> readLiteral("false", Boolean.FALSE);
                case 'n' -> readLiteral("null", null);
                default -> readNumber();
            };
        }

        private Map<String, Object> readObject() {
            Map<String, Object> members = new LinkedHashMap<>();
            expect('{');
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return members;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String name = readString();
                skipWhitespace();
                expect(':');
                members.put(name, readValue());
                skipWhitespace();
                if (peek() != ',') {
                    expect('}');
                    return members;
                }
                position++;
            }
        }

        private List<Object> readArray() {
            List<Object> elements = new ArrayList<>();
            expect('[');
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return elements;
            }
            while (true) {
                elements.add(readValue());
                skipWhitespace();
                if (peek() != ',') {
                    expect(']');
                    return elements;
                }
                position++;
            }
        }

        private String readString() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                } else if (c == '\\') {
                    value.append(readEscape());
                } else if (c < 0x20) {
                    throw error("control character in a string");
                } else {
                    value.append(c);
                }
            }
        }

        private char readEscape() {
            if (position >= text.length()) {
                throw error("unterminated escape");
            }
            char c = text.charAt(position++);
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> readUnicodeEscape();
                default -> throw error("invalid escape \\" + c);
            };
        }

        private char readUnicodeEscape() {
            if (position + 4 > text.length()) {
                throw error("truncated \\u escape");
            }
            try {
                char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
                position += 4;
                return c;
            } catch (NumberFormatException e) {
                throw error("invalid \\u escape");
            }
        }

        private Object readLiteral(String literal, Object value) {
            if (!text.startsWith(literal, position)) {
                throw error("unexpected character '" + peek() + "'");
            }
            position += literal.length();
            return value;
        }

        private BigDecimal readNumber() {
            int start = position;
            while (position < text.length() && NUMBER_CHARACTERS.indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            if (start == position) {
                throw error(position < text.length() ? "unexpected character '" + peek() + "'" : "unexpected end");
            }
            try {
                return new BigDecimal(text.substring(start, position));
            } catch (NumberFormatException e) {
                throw error("invalid number '" + text.substring(start, position) + "'");
            }
        }

        private void expect(char expected) {
            if (peek() != expected) {
                throw error("expected '" + expected + "'");
            }
            position++;
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private void skipWhitespace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("Invalid JSON at offset " + position + ": " + message);
        }
    }
}

/** The shop's time zone, opening hours and the time format of the API. */
final class Shop {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Shop() {
    }

    static String format(ZonedDateTime time) {
        return time == null ? null : ISO_WITH_OFFSET.format(time);
    }

    /** Adds working minutes, carrying what is left at closing time over to the next day's opening. */
    static ZonedDateTime addWorkingMinutes(ZonedDateTime start, long minutes) {
        ZonedDateTime time = start;
        long left = minutes;
        while (true) {
            long untilClosing = Math.max(0, Duration.between(time, time.with(CLOSES)).toMinutes());
            if (left <= untilClosing) {
                return time.plusMinutes(left);
            }
            left -= untilClosing;
            time = time.plusDays(1).with(OPENS);
        }
    }
}

/**
 * Generators for Chinese licence plates, VINs with an ISO 3779 check digit, and mainland mobile numbers
 * (1, then 3–9, then nine digits).
 */
final class ChineseIdentifiers {
    /** Plate letters: A–Z without I and O, which plates leave out because they look like 1 and 0. */
    static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    /** VIN characters: digits and A–Z without I, O and Q (ISO 3779). */
    static final String VIN_CHARACTERS = DIGITS + "ABCDEFGHJKLMNPRSTUVWXYZ";

    /** ISO 3779 letter values for the check digit, as letter-digit pairs. */
    private static final String VIN_LETTER_VALUES = "A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int VIN_LENGTH = 17;
    private static final int CHECK_DIGIT_INDEX = 8;
    /** Model-year codes at VIN position 10, from 2010 (A) to 2030 (Y), skipping I, O, Q, U and Z. */
    private static final String MODEL_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY";
    private static final int FIRST_MODEL_YEAR = 2010;

    /** Ordinary plates carry at most two letters among their five serial characters. */
    private static final int MAX_LETTERS_IN_SERIAL = 2;
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
        "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
        "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};

    private ChineseIdentifiers() {
    }

    /** Returns a 7-character plate: the prefix (province and authority letter) and five letters or digits. */
    static String ordinaryPlate(Random random, String prefix) {
        StringBuilder plate = new StringBuilder(prefix);
        int letters = 0;
        for (int i = 0; i < 5; i++) {
            if (letters < MAX_LETTERS_IN_SERIAL && random.nextInt(4) == 0) {
                plate.append(pick(random, PLATE_LETTERS));
                letters++;
            } else {
                plate.append(pick(random, DIGITS));
            }
        }
        return plate.toString();
    }

    /**
     * Returns an 8-character plate of a small new-energy vehicle: prefix, D (battery electric) or F (other
     * new-energy), a letter or digit, and four digits.
     */
    static String smallNewEnergyPlate(Random random, String prefix, char energy) {
        StringBuilder plate = new StringBuilder(prefix).append(energy);
        plate.append(random.nextBoolean() ? pick(random, PLATE_LETTERS) : pick(random, DIGITS));
        appendDigits(random, plate, 4);
        return plate.toString();
    }

    /** Returns an 8-character plate of a large new-energy vehicle: prefix, five digits, then D or F. */
    static String largeNewEnergyPlate(Random random, String prefix, char energy) {
        StringBuilder plate = new StringBuilder(prefix);
        appendDigits(random, plate, 5);
        return plate.append(energy).toString();
    }

    /** Returns a VIN with the given world manufacturer identifier, model-year code and a valid check digit. */
    static String vin(Random random, String wmi, int modelYear) {
        StringBuilder vin = new StringBuilder(wmi);
        for (int i = 0; i < 5; i++) {
            vin.append(pick(random, VIN_CHARACTERS));
        }
        vin.append('0');
        vin.append(modelYearCode(modelYear));
        vin.append(pick(random, VIN_CHARACTERS));
        appendDigits(random, vin, 6);
        vin.setCharAt(CHECK_DIGIT_INDEX, vinCheckDigit(vin));
        return vin.toString();
    }

    /** Computes the ISO 3779 check digit: weighted sum of the character values modulo 11, with 10 written X. */
    static char vinCheckDigit(CharSequence vin) {
        if (vin.length() != VIN_LENGTH) {
            throw new IllegalArgumentException("A VIN has 17 characters, not " + vin.length() + ": " + vin);
        }
        int sum = 0;
        for (int i = 0; i < VIN_LENGTH; i++) {
            sum += vinCharacterValue(vin.charAt(i)) * VIN_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int vinCharacterValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int index = VIN_LETTER_VALUES.indexOf(c);
        if (index < 0 || index % 2 != 0) {
            throw new IllegalArgumentException("Invalid VIN character '" + c + "'");
        }
        return VIN_LETTER_VALUES.charAt(index + 1) - '0';
    }

    private static char modelYearCode(int year) {
        int index = year - FIRST_MODEL_YEAR;
        if (index < 0 || index >= MODEL_YEAR_CODES.length()) {
            throw new IllegalArgumentException("No VIN model-year code for " + year);
        }
        return MODEL_YEAR_CODES.charAt(index);
    }

    /** Returns an 11-digit mainland mobile number with a prefix in use by a carrier. */
    static String mobileNumber(Random random) {
        StringBuilder number = new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
        appendDigits(random, number, 8);
        return number.toString();
    }

    private static void appendDigits(Random random, StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append(pick(random, DIGITS));
        }
    }

    private static char pick(Random random, String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}

enum WorkOrderStatus {
    RECEIVED, OPEN, IN_REPAIR, INSPECTION, SETTLED, CANCELLED;

    boolean isFinal() {
        return this == SETTLED || this == CANCELLED;
    }
}

enum Powertrain {
    PETROL, PLUG_IN_HYBRID, BATTERY_ELECTRIC;

    boolean hasEngine() {
        return this != BATTERY_ELECTRIC;
    }

    boolean hasHighVoltage() {
        return this != PETROL;
    }

    /** Returns the energy letter of a new-energy plate: D for battery electric, F for other new-energy types. */
    char plateEnergyLetter() {
        return this == BATTERY_ELECTRIC ? 'D' : 'F';
    }
}

/** The powertrains a job applies to. */
enum Fit {
    ANY, ENGINE, HIGH_VOLTAGE, BATTERY_ELECTRIC;

    boolean matches(Powertrain powertrain) {
        return switch (this) {
            case ANY -> true;
            case ENGINE -> powertrain.hasEngine();
            case HIGH_VOLTAGE -> powertrain.hasHighVoltage();
            case BATTERY_ELECTRIC -> powertrain == Powertrain.BATTERY_ELECTRIC;
        };
    }
}

/**
 * A make and model sold in China, with the world manufacturer identifier of its Chinese plant and the part
 * codes of its tyres, engine oil and filters (null for a battery-electric car).
 */
record VehicleModel(String make, String model, String wmi, int firstYear, Powertrain powertrain, boolean large,
        int popularity, boolean fleet, String tyreCode, String engineOilCode, String oilFilterCode,
        String airFilterCode) {
}

record PartSpec(String code, String name, String spec, String unit, BigDecimal salePrice, int safetyStock,
        int typicalReceipt) {
}

record LaborItem(String name, BigDecimal hours, String skill) {
}

/** A part a job uses: a code, several codes separated by '|' to choose from, or a slot such as {@code @TYRE}. */
record PartItem(String code, int quantity, int chancePercent) {
}

record Job(int weight, Fit fit, List<String> complaints, List<LaborItem> labor, List<PartItem> parts) {
}

record EmployeeSeed(String name, String role, List<String> skills) {
}

record CustomerSeed(String name, String phone, String type, String notes) {
    boolean isCompany() {
        return "COMPANY".equals(type);
    }
}

record VehicleSeed(int ownerIndex, String plate, String vin, VehicleModel model, int year, String color,
        int odometerKm) {
}

record ReceiptSeed(int quantity, BigDecimal unitCost, String batch, String supplier) {
}

record PartSeed(PartSpec spec, String location, List<ReceiptSeed> receipts) {
}

record LaborSeed(String name, BigDecimal hours, BigDecimal rate, int technicianIndex) {
}

record PartLineSeed(String partCode, int quantity) {
}

/** One status change. {@code passed} is the inspection result, set only when leaving INSPECTION. */
record StepSeed(WorkOrderStatus to, ZonedDateTime at, String note, Boolean passed) {
}

record OrderSeed(int vehicleIndex, int odometerKm, String complaint, ZonedDateTime receivedAt,
        ZonedDateTime promisedAt, List<LaborSeed> labor, List<PartLineSeed> parts, List<StepSeed> steps,
        String paymentMethod) {

    WorkOrderStatus finalStatus() {
        return steps.isEmpty() ? WorkOrderStatus.RECEIVED : steps.get(steps.size() - 1).to();
    }
}

/** Generates customers, vehicles and parts with stock from one random generator. */
final class DemoDataGenerator {
    static final int CUSTOMER_COUNT = 120;
    static final int COMPANY_COUNT = 12;
    static final int VEHICLE_COUNT = 150;

    private static final int NOTE_PERCENT = 15;
    private static final int LOCAL_PLATE_PERCENT = 70;
    private static final int ZHEJIANG_PLATE_PERCENT = 85;
    private static final int MAX_VEHICLE_AGE_YEARS = 12;
    private static final int KM_PER_YEAR = 11_000;
    /** Receipt batches are dated within this many days before the run. */
    private static final int BATCH_AGE_DAYS = 150;
    private static final int MIN_COST_PERCENT = 50;
    private static final int MAX_COST_PERCENT = 78;

    private final Random random;
    private final ZonedDateTime now;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedPlates = new HashSet<>();
    private final Set<String> usedVins = new HashSet<>();
    private final Set<String> usedBatches = new HashSet<>();

    DemoDataGenerator(Random random, ZonedDateTime now) {
        this.random = random;
        this.now = now;
    }

    Random random() {
        return random;
    }

    ZonedDateTime now() {
        return now;
    }

    List<CustomerSeed> customers() {
        List<CustomerSeed> customers = new ArrayList<>();
        List<String> companies = new ArrayList<>(Catalog.COMPANY_NAMES);
        Collections.shuffle(companies, random);
        for (String company : companies.subList(0, COMPANY_COUNT)) {
            customers.add(new CustomerSeed(company, uniquePhone(), "COMPANY", pick(Catalog.COMPANY_NOTES)));
        }
        while (customers.size() < CUSTOMER_COUNT) {
            String notes = random.nextInt(100) < NOTE_PERCENT ? pick(Catalog.CUSTOMER_NOTES) : null;
            customers.add(new CustomerSeed(uniquePersonName(), uniquePhone(), "INDIVIDUAL", notes));
        }
        Collections.shuffle(customers, random);
        return customers;
    }

    CustomerSeed withNewPhone(CustomerSeed customer) {
        return new CustomerSeed(customer.name(), uniquePhone(), customer.type(), customer.notes());
    }

    /** Gives every customer one vehicle, then spreads the rest mostly over company fleets. */
    List<VehicleSeed> vehicles(List<CustomerSeed> customers) {
        List<VehicleSeed> vehicles = new ArrayList<>();
        List<Integer> companyIndexes = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            vehicles.add(vehicleFor(i, customers.get(i)));
            if (customers.get(i).isCompany()) {
                companyIndexes.add(i);
            }
        }
        while (vehicles.size() < VEHICLE_COUNT) {
            boolean fleet = !companyIndexes.isEmpty() && random.nextInt(10) < 7;
            int owner = fleet ? pick(companyIndexes) : random.nextInt(customers.size());
            vehicles.add(vehicleFor(owner, customers.get(owner)));
        }
        return vehicles;
    }

    /** Returns the vehicle with a fresh plate and VIN, for replacing one that is already registered. */
    VehicleSeed withNewIdentity(VehicleSeed vehicle) {
        return new VehicleSeed(vehicle.ownerIndex(), uniquePlate(vehicle.model(), vehicle.plate().substring(0, 2)),
                uniqueVin(vehicle.model(), vehicle.year()), vehicle.model(), vehicle.year(), vehicle.color(),
                vehicle.odometerKm());
    }

    private VehicleSeed vehicleFor(int ownerIndex, CustomerSeed owner) {
        VehicleModel model = owner.isCompany() ? pickModel(true) : pickModel(false);
        int oldestYear = Math.max(model.firstYear(), now.getYear() - MAX_VEHICLE_AGE_YEARS);
        int year = oldestYear + random.nextInt(now.getYear() - oldestYear + 1);
        String prefix = owner.isCompany() ? Catalog.SHOP_PLATE_PREFIX : platePrefix();
        String plate = uniquePlate(model, prefix);
        String vin = uniqueVin(model, year);
        int ageYears = now.getYear() - year;
        int odometerKm = ageYears * KM_PER_YEAR + 500 + random.nextInt(KM_PER_YEAR);
        return new VehicleSeed(ownerIndex, plate, vin, model, year, pick(Catalog.COLORS), odometerKm);
    }

    private VehicleModel pickModel(boolean fleet) {
        List<VehicleModel> candidates = new ArrayList<>();
        for (VehicleModel model : Catalog.MODELS) {
            int weight = model.popularity();
            if (fleet) {
                weight = model.fleet() ? 1 : 0;
            }
            for (int i = 0; i < weight; i++) {
                candidates.add(model);
            }
        }
        return pick(candidates);
    }

    private String platePrefix() {
        int roll = random.nextInt(100);
        if (roll < LOCAL_PLATE_PERCENT) {
            return Catalog.SHOP_PLATE_PREFIX;
        }
        if (roll < ZHEJIANG_PLATE_PERCENT) {
            return pick(Catalog.ZHEJIANG_PLATE_PREFIXES);
        }
        return pick(Catalog.OTHER_PLATE_PREFIXES);
    }

    private String uniquePlate(VehicleModel model, String prefix) {
        while (true) {
            String plate;
            if (!model.powertrain().hasHighVoltage()) {
                plate = ChineseIdentifiers.ordinaryPlate(random, prefix);
            } else if (model.large()) {
                plate = ChineseIdentifiers.largeNewEnergyPlate(random, prefix, model.powertrain().plateEnergyLetter());
            } else {
                plate = ChineseIdentifiers.smallNewEnergyPlate(random, prefix, model.powertrain().plateEnergyLetter());
            }
            if (usedPlates.add(plate)) {
                return plate;
            }
        }
    }

    private String uniqueVin(VehicleModel model, int year) {
        while (true) {
            String vin = ChineseIdentifiers.vin(random, model.wmi(), year);
            if (usedVins.add(vin)) {
                return vin;
            }
        }
    }

    private String uniquePhone() {
        while (true) {
            String phone = ChineseIdentifiers.mobileNumber(random);
            if (usedPhones.add(phone)) {
                return phone;
            }
        }
    }

    /** Returns a surname and given name, retrying a bounded number of times to avoid reusing a name. */
    private String uniquePersonName() {
        String name = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            name = pick(Catalog.SURNAMES) + pick(Catalog.GIVEN_NAMES);
            if (usedNames.add(name)) {
                break;
            }
        }
        return name;
    }

    /** Generates every catalogue part with 1–3 receipts, whose sizes are multiplied by {@code stockScale}. */
    List<PartSeed> parts(double stockScale) {
        List<PartSeed> parts = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        int batchNumber = 0;
        for (PartSpec spec : Catalog.PARTS) {
            String location;
            do {
                location = String.format("%c-%02d-%02d", 'A' + random.nextInt(8), 1 + random.nextInt(12),
                        1 + random.nextInt(5));
            } while (!locations.add(location));

            List<Integer> batchAges = new ArrayList<>();
            int receiptCount = 1 + random.nextInt(3);
            for (int i = 0; i < receiptCount; i++) {
                batchAges.add(1 + random.nextInt(BATCH_AGE_DAYS));
            }
            batchAges.sort(Comparator.reverseOrder());
            List<ReceiptSeed> receipts = new ArrayList<>();
            for (int ageDays : batchAges) {
                receipts.add(receipt(spec, ageDays, ++batchNumber, stockScale));
            }
            parts.add(new PartSeed(spec, location, receipts));
        }
        return parts;
    }

    /** Returns the receipt under a batch code that differs from every code generated so far. */
    ReceiptSeed withNewBatch(ReceiptSeed receipt) {
        String batch;
        do {
            batch = String.format("%s-%02d", receipt.batch(), random.nextInt(100));
        } while (!usedBatches.add(batch));
        return new ReceiptSeed(receipt.quantity(), receipt.unitCost(), batch, receipt.supplier());
    }

    /** Returns a receipt of about the part's typical size, at a unit cost below the sale price. */
    private ReceiptSeed receipt(PartSpec spec, int ageDays, int batchNumber, double stockScale) {
        int typicalQuantity = spec.typicalReceipt() / 2 + random.nextInt(spec.typicalReceipt() + 1);
        int quantity = Math.max(1, (int) Math.round(typicalQuantity * stockScale));
        int costPercent = MIN_COST_PERCENT + random.nextInt(MAX_COST_PERCENT - MIN_COST_PERCENT + 1);
        BigDecimal unitCost = spec.salePrice().multiply(BigDecimal.valueOf(costPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String batch = String.format("B%s-%03d",
                now.minusDays(ageDays).format(DateTimeFormatter.ofPattern("yyMMdd")), batchNumber);
        usedBatches.add(batch);
        return new ReceiptSeed(quantity, unitCost, batch, supplierFor(spec));
    }

    private String supplierFor(PartSpec spec) {
        String category = spec.code().substring(0, 2);
        return switch (category) {
            case "TY", "TV" -> Catalog.TYRE_SUPPLIER;
            case "EV" -> Catalog.NEW_ENERGY_SUPPLIER;
            default -> pick(Catalog.GENERAL_SUPPLIERS);
        };
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

/**
 * Plans the work orders. Each gets a reception time within shop hours, a vehicle with no other order open at
 * that time, a job that fits the vehicle, its lines, and timed status changes that end in the planned status.
 * Older orders are finished, and the most recent ones are spread over the open statuses.
 */
final class OrderPlanner {
    static final int HISTORY_DAYS = 120;
    static final int RECENT_DAYS = 3;
    private static final int RECENT_PERCENT = 8;
    private static final int MIN_RECENT_ORDERS = 5;
    private static final int UNSETTLED_HISTORY_DAYS = 10;
    private static final int REWORK_PERCENT = 8;
    private static final int CANCELLED_PERCENT = 5;
    /** Busy-until time of a vehicle whose last order stays open. */
    private static final ZonedDateTime NEVER = ZonedDateTime.of(9999, 1, 1, 0, 0, 0, 0, Shop.ZONE);
    /** The last reception starts an hour before closing, so that most short jobs finish the same day. */
    private static final int RECEPTION_WINDOW_MINUTES = 9 * 60;
    /** The newest reception is at least this long before the run, leaving time for its first status changes. */
    private static final Duration MIN_RECEPTION_AGE = Duration.ofMinutes(30);
    /** Status changes stay this far behind the clock, in case the server's clock is slightly behind ours. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
    private static final int MIN_KM_PER_DAY = 15;
    private static final int MAX_KM_PER_DAY = 60;
    private static final int MAINTENANCE_ROUNDING_KM = 5000;

    /** Statuses of recent orders, repeated in this order. The oldest of them get the most advanced status. */
    private static final List<WorkOrderStatus> RECENT_STATUS_PATTERN = List.of(
            WorkOrderStatus.IN_REPAIR, WorkOrderStatus.RECEIVED, WorkOrderStatus.OPEN, WorkOrderStatus.INSPECTION,
            WorkOrderStatus.SETTLED, WorkOrderStatus.IN_REPAIR, WorkOrderStatus.RECEIVED, WorkOrderStatus.OPEN,
            WorkOrderStatus.SETTLED, WorkOrderStatus.INSPECTION);

    private final DemoDataGenerator generator;
    private final Random random;
    private final ZonedDateTime latestStatusChange;
    private final List<CustomerSeed> customers;
    private final List<VehicleSeed> vehicles;
    private final Map<String, List<Integer>> techniciansBySkill = new HashMap<>();

    private final Map<Integer, ZonedDateTime> vehicleBusyUntil = new HashMap<>();
    private final Map<Integer, ZonedDateTime> lastVisit = new HashMap<>();
    private final Map<Integer, Integer> lastOdometerKm = new HashMap<>();

    OrderPlanner(DemoDataGenerator generator, List<CustomerSeed> customers, List<VehicleSeed> vehicles,
            List<EmployeeSeed> employees) {
        this.generator = generator;
        this.random = generator.random();
        this.latestStatusChange = generator.now().minus(CLOCK_MARGIN).truncatedTo(ChronoUnit.MINUTES);
        this.customers = customers;
        this.vehicles = vehicles;
        for (int i = 0; i < employees.size(); i++) {
            for (String skill : employees.get(i).skills()) {
                techniciansBySkill.computeIfAbsent(skill, key -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Plans {@code count} orders, sorted by reception time so that order numbers follow the calendar. */
    List<OrderSeed> plan(int count) {
        int recentCount = Math.min(count, Math.max(MIN_RECENT_ORDERS, count * RECENT_PERCENT / 100));
        recentCount = Math.min(recentCount, vehicles.size() / 3);

        List<Map.Entry<ZonedDateTime, WorkOrderStatus>> receptions = new ArrayList<>();
        for (int i = 0; i < count - recentCount; i++) {
            ZonedDateTime receivedAt = receptionTime(RECENT_DAYS + 1, HISTORY_DAYS);
            receptions.add(Map.entry(receivedAt, historicStatus(receivedAt)));
        }
        receptions.addAll(recentReceptions(recentCount));
        receptions.sort(Map.Entry.comparingByKey());

        List<OrderSeed> orders = new ArrayList<>();
        for (Map.Entry<ZonedDateTime, WorkOrderStatus> reception : receptions) {
            orders.add(planOrder(reception.getKey(), reception.getValue()));
        }
        return orders;
    }

    private List<Map.Entry<ZonedDateTime, WorkOrderStatus>> recentReceptions(int count) {
        List<ZonedDateTime> times = new ArrayList<>();
        List<WorkOrderStatus> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(receptionTime(0, RECENT_DAYS));
            statuses.add(RECENT_STATUS_PATTERN.get(i % RECENT_STATUS_PATTERN.size()));
        }
        Collections.sort(times);
        statuses.sort(Comparator.reverseOrder());
        List<Map.Entry<ZonedDateTime, WorkOrderStatus>> receptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            receptions.add(Map.entry(times.get(i), statuses.get(i)));
        }
        return receptions;
    }

    /** Returns a time within reception hours between the given numbers of days ago, and not too recent. */
    private ZonedDateTime receptionTime(int minDaysAgo, int maxDaysAgo) {
        int daysAgo = minDaysAgo + random.nextInt(maxDaysAgo - minDaysAgo + 1);
        ZonedDateTime time = generator.now().minusDays(daysAgo).with(Shop.OPENS)
                .plusMinutes(random.nextInt(RECEPTION_WINDOW_MINUTES));
        ZonedDateTime latest = generator.now().minus(MIN_RECEPTION_AGE);
        while (time.isAfter(latest)) {
            time = time.minusDays(1);
        }
        return time;
    }

    private WorkOrderStatus historicStatus(ZonedDateTime receivedAt) {
        int roll = random.nextInt(100);
        boolean lastDays = receivedAt.isAfter(generator.now().minusDays(UNSETTLED_HISTORY_DAYS));
        if (lastDays) {
            // Some orders of the last days still wait for the customer's approval or for parts.
            if (roll < 4) {
                return WorkOrderStatus.OPEN;
            }
            if (roll < 10) {
                return WorkOrderStatus.IN_REPAIR;
            }
            if (roll < 12) {
                return WorkOrderStatus.INSPECTION;
            }
        }
        return roll >= 100 - CANCELLED_PERCENT ? WorkOrderStatus.CANCELLED : WorkOrderStatus.SETTLED;
    }

    private OrderSeed planOrder(ZonedDateTime receivedAt, WorkOrderStatus target) {
        int vehicleIndex = pickFreeVehicle(receivedAt);
        VehicleSeed vehicle = vehicles.get(vehicleIndex);
        Job job = pickJob(vehicle.model());
        int odometerKm = nextOdometer(vehicleIndex, receivedAt);

        List<LaborSeed> labor = laborLines(job);
        List<PartLineSeed> parts = partLines(job, vehicle.model());
        int laborMinutes = laborMinutes(labor);
        boolean rework = target != WorkOrderStatus.CANCELLED && random.nextInt(100) < REWORK_PERCENT;
        List<StepSeed> steps = steps(receivedAt, target, rework, laborMinutes);

        ZonedDateTime finished = steps.isEmpty() ? receivedAt : steps.get(steps.size() - 1).at();
        vehicleBusyUntil.put(vehicleIndex, target.isFinal() ? finished : NEVER);
        boolean company = customers.get(vehicle.ownerIndex()).isCompany();
        return new OrderSeed(vehicleIndex, odometerKm, complaint(job, odometerKm), receivedAt,
                promisedAt(receivedAt, laborMinutes), labor, parts, steps, paymentMethod(company));
    }

    /** Picks a random vehicle with no order open at the given time, or any vehicle when all are busy. */
    private int pickFreeVehicle(ZonedDateTime receivedAt) {
        int start = random.nextInt(vehicles.size());
        for (int offset = 0; offset < vehicles.size(); offset++) {
            int candidate = (start + offset) % vehicles.size();
            ZonedDateTime busyUntil = vehicleBusyUntil.get(candidate);
            if (busyUntil == null || busyUntil.isBefore(receivedAt)) {
                return candidate;
            }
        }
        // NOTE: only reached with far more open orders than vehicles, and the server then gets two open
        // orders for one vehicle.
        return start;
    }

    private Job pickJob(VehicleModel model) {
        List<Job> candidates = new ArrayList<>();
        for (Job job : Catalog.JOBS) {
            if (job.fit().matches(model.powertrain())) {
                for (int i = 0; i < job.weight(); i++) {
                    candidates.add(job);
                }
            }
        }
        return generator.pick(candidates);
    }

    /** Returns the odometer at this visit: the previous reading plus a plausible daily distance since then. */
    private int nextOdometer(int vehicleIndex, ZonedDateTime receivedAt) {
        ZonedDateTime previousVisit = lastVisit.getOrDefault(vehicleIndex,
                generator.now().minusDays(HISTORY_DAYS + RECENT_DAYS));
        int previousKm = lastOdometerKm.getOrDefault(vehicleIndex, vehicles.get(vehicleIndex).odometerKm());
        long days = Math.max(1, Duration.between(previousVisit, receivedAt).toDays());
        int kmPerDay = MIN_KM_PER_DAY + random.nextInt(MAX_KM_PER_DAY - MIN_KM_PER_DAY + 1);
        int odometerKm = previousKm + (int) (days * kmPerDay) + random.nextInt(100);
        lastVisit.put(vehicleIndex, receivedAt);
        lastOdometerKm.put(vehicleIndex, odometerKm);
        return odometerKm;
    }

    private String complaint(Job job, int odometerKm) {
        String complaint = generator.pick(job.complaints());
        if (!complaint.contains("%d")) {
            return complaint;
        }
        int serviceKm = Math.max(1, Math.round(odometerKm / (float) MAINTENANCE_ROUNDING_KM)) * MAINTENANCE_ROUNDING_KM;
        return String.format(Locale.ROOT, complaint, serviceKm);
    }

    private List<LaborSeed> laborLines(Job job) {
        List<LaborSeed> lines = new ArrayList<>();
        for (LaborItem item : job.labor()) {
            List<Integer> technicians = techniciansBySkill.get(item.skill());
            if (technicians == null) {
                throw new IllegalStateException("No technician has the skill " + item.skill());
            }
            lines.add(new LaborSeed(item.name(), item.hours(), Catalog.laborRate(item.skill()),
                    generator.pick(technicians)));
        }
        return lines;
    }

    private List<PartLineSeed> partLines(Job job, VehicleModel model) {
        List<PartLineSeed> lines = new ArrayList<>();
        for (PartItem item : job.parts()) {
            if (random.nextInt(100) < item.chancePercent()) {
                lines.add(new PartLineSeed(resolvePartCode(item.code(), model), item.quantity()));
            }
        }
        return lines;
    }

    /** Chooses among '|'-separated codes and resolves the vehicle-specific slots such as {@code @TYRE}. */
    private String resolvePartCode(String code, VehicleModel model) {
        String choice = generator.pick(List.of(code.split("\\|")));
        return switch (choice) {
            case Catalog.TYRE -> model.tyreCode();
            case Catalog.ENGINE_OIL -> model.engineOilCode();
            case Catalog.OIL_FILTER -> model.oilFilterCode();
            case Catalog.AIR_FILTER -> model.airFilterCode();
            case Catalog.BATTERY -> model.powertrain().hasEngine()
                    ? generator.pick(Catalog.STARTER_BATTERIES) : Catalog.AUXILIARY_BATTERY;
            default -> choice;
        };
    }

    private static int laborMinutes(List<LaborSeed> labor) {
        BigDecimal hours = BigDecimal.ZERO;
        for (LaborSeed line : labor) {
            hours = hours.add(line.hours());
        }
        return hours.multiply(BigDecimal.valueOf(60)).intValue();
    }

    /** Returns the status changes after reception, each no earlier than the one before. */
    private List<StepSeed> steps(ZonedDateTime receivedAt, WorkOrderStatus target, boolean rework, int laborMinutes) {
        List<StepSeed> steps = new ArrayList<>();
        ZonedDateTime at = receivedAt;
        WorkOrderStatus from = WorkOrderStatus.RECEIVED;
        boolean reworked = false;
        for (WorkOrderStatus to : statusPath(target, rework)) {
            at = notInFuture(Shop.addWorkingMinutes(at, gapMinutes(from, to, laborMinutes)), at);
            boolean failedInspection = from == WorkOrderStatus.INSPECTION && to == WorkOrderStatus.IN_REPAIR;
            Boolean passed = from == WorkOrderStatus.INSPECTION ? !failedInspection : null;
            steps.add(new StepSeed(to, at, note(to, failedInspection, reworked), passed));
            reworked |= failedInspection;
            from = to;
        }
        return steps;
    }

    /** Returns the statuses after RECEIVED up to the target, through one failed inspection when reworked. */
    private List<WorkOrderStatus> statusPath(WorkOrderStatus target, boolean rework) {
        if (target == WorkOrderStatus.CANCELLED) {
            return random.nextBoolean()
                    ? List.of(WorkOrderStatus.CANCELLED)
                    : List.of(WorkOrderStatus.OPEN, WorkOrderStatus.CANCELLED);
        }
        List<WorkOrderStatus> path = new ArrayList<>(
                List.of(WorkOrderStatus.OPEN, WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION));
        if (rework) {
            path.addAll(List.of(WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION));
        }
        path.add(WorkOrderStatus.SETTLED);
        return path.subList(0, path.lastIndexOf(target) + 1);
    }

    /** Returns the shop minutes one status change takes after the previous one. */
    private int gapMinutes(WorkOrderStatus from, WorkOrderStatus to, int laborMinutes) {
        return switch (to) {
            case OPEN -> between(10, 45);
            case IN_REPAIR -> from == WorkOrderStatus.INSPECTION ? between(10, 30) : between(15, 120);
            case INSPECTION -> from == WorkOrderStatus.IN_REPAIR && laborMinutes > 0
                    ? laborMinutes * between(80, 130) / 100 + between(10, 40)
                    : between(30, 90);
            case SETTLED -> between(20, 180);
            case CANCELLED -> between(20, 240);
            case RECEIVED -> 0;
        };
    }

    /**
     * Keeps a planned time at least {@link #CLOCK_MARGIN} in the past and not before the previous change. Only
     * the most recent orders need it; their late steps may then fall outside shop hours.
     */
    private ZonedDateTime notInFuture(ZonedDateTime planned, ZonedDateTime previous) {
        ZonedDateTime at = planned.isAfter(latestStatusChange) ? latestStatusChange : planned;
        return at.isBefore(previous) ? previous : at;
    }

    private String note(WorkOrderStatus to, boolean failedInspection, boolean reworked) {
        return switch (to) {
            case OPEN -> "接车检查完成，报价已经客户确认";
            case IN_REPAIR -> failedInspection ? generator.pick(Catalog.REWORK_NOTES) : "已派工，开始维修";
            case INSPECTION -> reworked ? "返工完成，再次提交质检" : "维修完成，提交质检";
            case SETTLED -> "质检合格，客户付款提车";
            case CANCELLED -> generator.pick(Catalog.CANCEL_NOTES);
            case RECEIVED -> null;
        };
    }

    /** Promises the car two working hours after the labour would be done, rounded up to the half hour. */
    private static ZonedDateTime promisedAt(ZonedDateTime receivedAt, int laborMinutes) {
        ZonedDateTime promised = Shop.addWorkingMinutes(receivedAt, laborMinutes + 120);
        int minutesPastHalfHour = promised.getMinute() % 30;
        return minutesPastHalfHour == 0 ? promised : promised.plusMinutes(30 - minutesPastHalfHour);
    }

    private String paymentMethod(boolean company) {
        if (company) {
            return random.nextInt(10) < 7 ? "TRANSFER" : "WECHAT";
        }
        int roll = random.nextInt(100);
        if (roll < 40) {
            return "WECHAT";
        }
        if (roll < 65) {
            return "ALIPAY";
        }
        if (roll < 80) {
            return "CARD";
        }
        return roll < 95 ? "CASH" : "TRANSFER";
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}

/** The fixed tables the demo data is drawn from. */
final class Catalog {
    static final String TYRE = "@TYRE";
    static final String ENGINE_OIL = "@ENGINE_OIL";
    static final String OIL_FILTER = "@OIL_FILTER";
    static final String AIR_FILTER = "@AIR_FILTER";
    static final String BATTERY = "@BATTERY";
    static final List<String> STARTER_BATTERIES = List.of("BA-5001", "BA-5002", "BA-5003");
    static final String AUXILIARY_BATTERY = "EV-9003";

    private static final BigDecimal STANDARD_RATE = new BigDecimal("120.00");
    private static final Map<String, BigDecimal> SKILL_RATES = Map.of(
            "钣金", new BigDecimal("150.00"),
            "喷漆", new BigDecimal("150.00"),
            "新能源高压", new BigDecimal("180.00"));

    private Catalog() {
    }

    /** Returns the hourly labour rate in yuan for work that needs the given skill. */
    static BigDecimal laborRate(String skill) {
        return SKILL_RATES.getOrDefault(skill, STANDARD_RATE);
    }

    static final List<EmployeeSeed> EMPLOYEES = List.of(
            new EmployeeSeed("王建国", "OWNER", List.of()),
            new EmployeeSeed("陈晓燕", "ADVISOR", List.of()),
            new EmployeeSeed("刘海涛", "TECHNICIAN", List.of("发动机", "电路")),
            new EmployeeSeed("赵磊", "TECHNICIAN", List.of("钣金", "喷漆")),
            new EmployeeSeed("孙志强", "TECHNICIAN", List.of("轮胎", "空调", "底盘")),
            new EmployeeSeed("周鹏", "TECHNICIAN", List.of("新能源高压", "电路", "空调")),
            new EmployeeSeed("吴俊", "TECHNICIAN", List.of("发动机", "底盘", "轮胎")),
            new EmployeeSeed("郑丽", "PARTS_CLERK", List.of()),
            new EmployeeSeed("何敏", "CASHIER", List.of()));

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
            "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "沈", "姚", "卢", "姜", "钟", "陆", "汪",
            "范", "金", "方", "邵", "钱", "俞", "楼", "欧阳");

    static final List<String> GIVEN_NAMES = List.of(
            "伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "超", "鹏", "斌", "琳", "颖", "倩",
            "建华", "志强", "晓东", "海燕", "丽娟", "文博", "子涵", "浩然", "雨萱", "思远", "佳怡", "俊杰", "欣怡",
            "宇轩", "国庆", "建军", "秀兰", "春梅", "明辉", "晓峰", "立新", "振华", "玉兰", "红梅", "德明", "永刚",
            "亚楠", "婷婷", "晨曦", "一鸣", "嘉豪", "诗涵", "博文", "雅静", "志伟", "卫东", "伟强", "美玲", "金凤",
            "少华", "海峰", "丹丹");

    static final List<String> COMPANY_NAMES = List.of(
            "杭州顺达物流有限公司", "杭州安捷快递服务有限公司", "浙江恒通建设工程有限公司", "杭州鑫源电子科技有限公司",
            "杭州钱塘医疗器械有限公司", "浙江万家福超市连锁有限公司", "杭州蓝天出租汽车有限公司",
            "杭州博远软件有限公司", "杭州康宁家政服务有限公司", "杭州天成汽车租赁有限公司",
            "杭州明远建材贸易有限公司", "杭州西溪园林绿化工程有限公司", "浙江禾丰农产品配送有限公司",
            "杭州云帆会展服务有限公司");

    static final List<String> COMPANY_NOTES = List.of(
            "月结客户，每月 25 日对账", "车队客户，维修前需电话联系车队主管", "发票抬头与公司名称一致，需开专票",
            "月结客户，按季度开票");

    static final List<String> CUSTOMER_NOTES = List.of(
            "老客户，偏好原厂配件", "只接受微信联系", "车辆常跑长途，保养周期较短", "介绍人：陈晓燕",
            "上次投诉等待时间过长，注意及时沟通");

    /** Plates of the shop's own city, Hangzhou. */
    static final String SHOP_PLATE_PREFIX = "浙A";
    static final List<String> ZHEJIANG_PLATE_PREFIXES = List.of(
            "浙B", "浙C", "浙D", "浙E", "浙F", "浙G", "浙H", "浙J", "浙K", "浙L");
    static final List<String> OTHER_PLATE_PREFIXES = List.of(
            "沪A", "沪B", "苏A", "苏E", "皖A", "京N", "粤B", "赣A", "闽D", "鲁B");

    static final List<String> COLORS = List.of(
            "白色", "白色", "白色", "白色", "黑色", "黑色", "黑色", "银色", "银色", "灰色", "灰色", "蓝色", "红色",
            "珍珠白", "香槟金", "深灰色");

    static final List<VehicleModel> MODELS = List.of(
            petrol("大众", "朗逸", "LSV", 2013, 10, false, "TY-6001", "EO-2001", "OF-1001", "AF-1101"),
            petrol("大众", "速腾", "LFV", 2014, 6, false, "TY-6001", "EO-2001", "OF-1001", "AF-1101"),
            petrol("大众", "帕萨特", "LSV", 2015, 4, true, "TY-6002", "EO-2001", "OF-1001", "AF-1101"),
            petrol("大众", "途观L", "LSV", 2017, 4, false, "TY-6007", "EO-2001", "OF-1001", "AF-1101"),
            petrol("奥迪", "A4L", "LFV", 2016, 3, false, "TY-6003", "EO-2001", "OF-1001", "AF-1101"),
            petrol("丰田", "卡罗拉", "LFM", 2014, 8, true, "TY-6005", "EO-2002", "OF-1002", "AF-1102"),
            petrol("丰田", "凯美瑞", "LVG", 2015, 5, false, "TY-6002", "EO-2002", "OF-1002", "AF-1102"),
            petrol("本田", "雅阁", "LHG", 2014, 5, false, "TY-6002", "EO-2002", "OF-1002", "AF-1102"),
            petrol("本田", "CR-V", "LVH", 2015, 4, false, "TY-6007", "EO-2002", "OF-1002", "AF-1102"),
            petrol("日产", "轩逸", "LGB", 2014, 7, false, "TY-6001", "EO-2002", "OF-1003", "AF-1102"),
            petrol("别克", "英朗", "LSG", 2015, 4, false, "TY-6001", "EO-2003", "OF-1003", "AF-1103"),
            petrol("别克", "GL8", "LSG", 2016, 1, true, "TY-6007", "EO-2001", "OF-1003", "AF-1103"),
            petrol("福特", "福克斯", "LVS", 2014, 3, false, "TY-6001", "EO-2003", "OF-1003", "AF-1103"),
            petrol("宝马", "3系", "LBV", 2016, 3, false, "TY-6003", "EO-2001", "OF-1004", "AF-1101"),
            petrol("宝马", "5系", "LBV", 2017, 2, false, "TY-6003", "EO-2001", "OF-1004", "AF-1101"),
            petrol("吉利", "帝豪", "L6T", 2014, 6, false, "TY-6001", "EO-2003", "OF-1003", "AF-1103"),
            petrol("长安", "CS75", "LS5", 2015, 5, false, "TY-6007", "EO-2003", "OF-1003", "AF-1103"),
            petrol("哈弗", "H6", "LGW", 2014, 5, false, "TY-6007", "EO-2003", "OF-1003", "AF-1103"),
            petrol("奇瑞", "瑞虎8", "LVV", 2018, 3, false, "TY-6007", "EO-2003", "OF-1003", "AF-1103"),
            petrol("五菱", "宏光", "LZW", 2014, 3, true, "TY-6008", "EO-2003", "OF-1003", "AF-1103"),
            new VehicleModel("比亚迪", "秦PLUS DM-i", "LC0", 2021, Powertrain.PLUG_IN_HYBRID, false, 6, true,
                    "TY-6002", "EO-2002", "OF-1003", "AF-1103"),
            new VehicleModel("比亚迪", "宋PLUS DM-i", "LC0", 2021, Powertrain.PLUG_IN_HYBRID, false, 4, false,
                    "TY-6007", "EO-2002", "OF-1003", "AF-1103"),
            electric("比亚迪", "汉EV", "LC0", 2020, 3, false, false, "TY-6004"),
            electric("比亚迪", "秦PLUS EV", "LC0", 2021, 3, false, false, "TY-6002"),
            electric("特斯拉", "Model 3", "LRW", 2020, 5, false, false, "TY-6004"),
            electric("特斯拉", "Model Y", "LRW", 2021, 4, false, false, "TY-6007"),
            electric("五菱", "宏光MINIEV", "LZW", 2020, 5, false, false, "TY-6006"),
            electric("福田", "智蓝 纯电动轻卡", "LVB", 2021, 0, true, true, "TY-6009"));

    private static VehicleModel petrol(String make, String model, String wmi, int firstYear, int popularity,
            boolean fleet, String tyre, String engineOil, String oilFilter, String airFilter) {
        return new VehicleModel(make, model, wmi, firstYear, Powertrain.PETROL, false, popularity, fleet, tyre,
                engineOil, oilFilter, airFilter);
    }

    private static VehicleModel electric(String make, String model, String wmi, int firstYear, int popularity,
            boolean fleet, boolean large, String tyre) {
        return new VehicleModel(make, model, wmi, firstYear, Powertrain.BATTERY_ELECTRIC, large, popularity, fleet,
                tyre, null, null, null);
    }

    static final String TYRE_SUPPLIER = "杭州恒昌轮胎批发部";
    static final String NEW_ENERGY_SUPPLIER = "杭州绿动新能源汽车配件有限公司";
    static final List<String> GENERAL_SUPPLIERS = List.of(
            "杭州汽配城德隆商行", "浙江瑞达汽车配件有限公司", "上海安驰汽配贸易有限公司");

    static final List<PartSpec> PARTS = List.of(
            part("OF-1001", "机油滤清器", "大众/奥迪 EA211、EA888", "个", "38.00", 10, 20),
            part("OF-1002", "机油滤清器", "丰田/本田", "个", "35.00", 10, 20),
            part("OF-1003", "机油滤清器", "日产/通用/自主品牌", "个", "32.00", 10, 24),
            part("OF-1004", "机油滤清器", "宝马 B48", "个", "68.00", 4, 8),
            part("AF-1101", "空气滤清器", "大众/奥迪/宝马", "个", "65.00", 6, 12),
            part("AF-1102", "空气滤清器", "丰田/本田/日产", "个", "58.00", 6, 16),
            part("AF-1103", "空气滤清器", "通用/自主品牌", "个", "52.00", 6, 20),
            part("CF-1201", "空调滤清器", "活性炭型", "个", "78.00", 8, 20),
            part("CF-1202", "空调滤清器", "PM2.5 高效型", "个", "98.00", 8, 40),
            part("FF-1301", "燃油滤清器", "外置式", "个", "85.00", 4, 6),
            part("EO-2001", "全合成机油 5W-30 4L", "API SP", "桶", "398.00", 10, 24),
            part("EO-2002", "全合成机油 0W-20 4L", "API SP", "桶", "428.00", 10, 24),
            part("EO-2003", "半合成机油 5W-40 4L", "API SN", "桶", "238.00", 10, 24),
            part("EO-2004", "全合成机油 5W-30 1L", "API SP", "桶", "108.00", 10, 20),
            part("TF-2101", "自动变速箱油 ATF", "1L", "桶", "95.00", 8, 16),
            part("BF-2201", "刹车油 DOT4", "1L", "桶", "68.00", 6, 12),
            part("CO-2301", "防冻冷却液 -35℃", "4kg", "桶", "88.00", 4, 10),
            part("CO-2302", "玻璃水 -25℃", "2L", "桶", "18.00", 10, 30),
            part("BP-3001", "刹车片(前)", "陶瓷配方", "套", "380.00", 4, 14),
            part("BP-3002", "刹车片(后)", "陶瓷配方", "套", "320.00", 4, 6),
            part("BD-3101", "刹车盘(前)", "通风盘", "个", "450.00", 2, 6),
            part("BD-3102", "刹车盘(后)", "实心盘", "个", "380.00", 2, 4),
            part("SP-4001", "火花塞", "铱金", "个", "85.00", 8, 24),
            part("SP-4002", "火花塞", "铂金", "个", "65.00", 8, 24),
            part("IC-4101", "点火线圈", "独立点火", "个", "320.00", 2, 10),
            part("BA-5001", "蓄电池 60Ah", "12V 免维护", "个", "580.00", 2, 5),
            part("BA-5002", "蓄电池 70Ah", "12V AGM 启停", "个", "1280.00", 2, 4),
            part("BA-5003", "蓄电池 45Ah", "12V 免维护", "个", "420.00", 2, 4),
            part("WB-5101", "雨刮片", "无骨 24/18 寸", "套", "128.00", 4, 10),
            part("WB-5102", "后雨刮片", "12 寸", "条", "45.00", 2, 6),
            part("BU-5201", "大灯灯泡 H7", "12V 55W", "个", "68.00", 4, 10),
            part("BU-5202", "刹车灯泡 P21W", "12V 21W", "个", "12.00", 10, 20),
            part("FU-5301", "保险丝", "混装", "套", "35.00", 2, 5),
            part("TY-6001", "轮胎 205/55R16", "91V", "条", "520.00", 4, 12),
            part("TY-6002", "轮胎 215/55R17", "94V", "条", "680.00", 4, 8),
            part("TY-6003", "轮胎 225/45R18", "缺气保用", "条", "980.00", 2, 4),
            part("TY-6004", "轮胎 235/45R18", "静音棉", "条", "1080.00", 2, 4),
            part("TY-6005", "轮胎 195/65R15", "91H", "条", "420.00", 4, 8),
            part("TY-6006", "轮胎 145/70R12", "69S", "条", "260.00", 2, 4),
            part("TY-6007", "轮胎 235/55R18", "100V SUV", "条", "860.00", 4, 8),
            part("TY-6008", "轮胎 185/70R14", "88H", "条", "360.00", 2, 4),
            part("TY-6009", "轮胎 7.00R16LT", "轻卡", "条", "780.00", 2, 4),
            part("TV-6101", "气门嘴", "TR414", "个", "10.00", 20, 50),
            part("BE-7001", "发动机皮带", "多楔带", "条", "160.00", 2, 5),
            part("BE-7002", "正时皮带套装", "含张紧轮", "套", "980.00", 1, 2),
            part("WP-7101", "水泵", "机械式", "个", "560.00", 1, 3),
            part("TH-7102", "节温器", "含密封圈", "个", "210.00", 2, 4),
            part("SH-7201", "前减震器", "充气式", "个", "650.00", 2, 6),
            part("SH-7202", "后减震器", "充气式", "个", "480.00", 2, 4),
            part("SB-7301", "稳定杆连杆", "前", "个", "120.00", 4, 8),
            part("CA-7401", "下摆臂", "前", "个", "420.00", 2, 4),
            part("AC-8001", "空调制冷剂 R134a", "500g", "个", "65.00", 10, 24),
            part("AC-8002", "空调膨胀阀", "H 型", "个", "280.00", 1, 3),
            part("AC-8003", "空调冷凝器", "平行流", "个", "860.00", 1, 2),
            part("EV-9001", "新能源冷却液", "4L", "桶", "168.00", 2, 6),
            part("EV-9002", "高压线束接插件", "橙色高压", "个", "380.00", 2, 4),
            part("EV-9003", "12V 辅助蓄电池", "新能源专用", "个", "680.00", 2, 4),
            part("EV-9004", "减速器油 75W-90", "1L", "桶", "120.00", 4, 8),
            part("PT-9101", "汽车面漆", "调色 1L", "桶", "280.00", 2, 10),
            part("PT-9102", "清漆", "1L", "桶", "160.00", 2, 10),
            part("PT-9103", "原子灰", "1kg", "桶", "75.00", 2, 10),
            part("PT-9104", "水磨砂纸", "800/1500 目", "套", "30.00", 5, 16),
            part("MI-9201", "后视镜总成", "电动折叠", "个", "680.00", 1, 2),
            part("EL-9301", "发电机", "12V 150A", "个", "1380.00", 1, 2),
            part("EL-9302", "起动机", "12V", "个", "980.00", 1, 2),
            part("EN-9401", "氧传感器", "前氧", "个", "360.00", 2, 8),
            part("EN-9402", "节气门清洗剂", "500ml", "个", "45.00", 6, 12),
            part("EN-9403", "气门室盖垫", "橡胶", "套", "120.00", 2, 4));

    private static PartSpec part(String code, String name, String spec, String unit, String salePrice,
            int safetyStock, int typicalReceipt) {
        return new PartSpec(code, name, spec, unit, new BigDecimal(salePrice), safetyStock, typicalReceipt);
    }

    static final List<Job> JOBS = List.of(
            job(30, Fit.ENGINE, List.of("常规保养 %d 公里", "保养灯亮，做小保养", "到保养里程，更换机油机滤"),
                    List.of(labor("更换机油及机油滤清器", "0.5", "发动机")),
                    List.of(uses(ENGINE_OIL, 1), uses(OIL_FILTER, 1), uses(AIR_FILTER, 1, 40),
                            uses("CF-1201|CF-1202", 1, 30), uses("EO-2004", 1, 20))),
            job(8, Fit.ENGINE, List.of("大保养 %d 公里", "4 万公里大保养"),
                    List.of(labor("更换机油及机油滤清器", "0.5", "发动机"), labor("更换火花塞", "1.0", "发动机"),
                            labor("更换刹车油", "0.8", "底盘")),
                    List.of(uses(ENGINE_OIL, 1), uses(OIL_FILTER, 1), uses(AIR_FILTER, 1), uses("CF-1202", 1),
                            uses("SP-4001|SP-4002", 4), uses("BF-2201", 1), uses("FF-1301", 1, 20))),
            job(10, Fit.BATTERY_ELECTRIC, List.of("新能源车辆定期保养", "保养提醒，做常规检查"),
                    List.of(labor("高压系统绝缘检测", "0.5", "新能源高压"), labor("更换空调滤清器", "0.3", "空调")),
                    List.of(uses("CF-1201|CF-1202", 1), uses("EV-9004", 2, 30), uses("CO-2302", 1, 50))),
            job(10, Fit.ANY, List.of("刹车时有异响", "踩刹车时有金属摩擦声", "刹车变软，制动距离变长"),
                    List.of(labor("更换前刹车片", "1.0", "底盘")),
                    List.of(uses("BP-3001", 1), uses("BD-3101", 2, 25))),
            job(4, Fit.ANY, List.of("后轮刹车异响", "仪表提示刹车片磨损"),
                    List.of(labor("更换后刹车片", "1.0", "底盘")),
                    List.of(uses("BP-3002", 1), uses("BD-3102", 2, 20))),
            job(8, Fit.ENGINE, List.of("仪表盘发动机故障灯亮", "发动机抖动，故障灯闪烁", "怠速不稳，加速无力"),
                    List.of(labor("电脑检测故障码", "0.5", "电路"), labor("更换点火线圈", "0.8", "发动机")),
                    List.of(uses("IC-4101", 1), uses("SP-4001", 4, 40))),
            job(4, Fit.ENGINE, List.of("油耗明显升高，故障灯亮"),
                    List.of(labor("电脑检测故障码", "0.5", "电路"), labor("更换氧传感器", "1.0", "发动机")),
                    List.of(uses("EN-9401", 1))),
            job(8, Fit.ANY, List.of("空调不制冷", "空调出风有异味", "空调制冷效果差"),
                    List.of(labor("空调系统检漏及加注制冷剂", "1.0", "空调")),
                    List.of(uses("AC-8001", 2), uses("CF-1202", 1, 50), uses("AC-8002", 1, 10),
                            uses("AC-8003", 1, 5))),
            job(6, Fit.ANY, List.of("早上打不着火", "车辆无法启动，仪表灯很暗", "停放几天后电瓶亏电"),
                    List.of(labor("检测并更换蓄电池", "0.3", "电路")),
                    List.of(uses(BATTERY, 1))),
            job(8, Fit.ANY, List.of("左前轮胎鼓包", "轮胎磨损严重，需要更换", "右后轮扎钉漏气"),
                    List.of(labor("拆装轮胎及动平衡", "1.0", "轮胎")),
                    List.of(uses(TYRE, 2), uses("TV-6101", 2))),
            job(4, Fit.ANY, List.of("方向盘跑偏", "车辆行驶跑偏，轮胎偏磨"),
                    List.of(labor("四轮定位", "0.8", "轮胎")),
                    List.of()),
            job(7, Fit.ANY, List.of("右后门刮擦，需钣金喷漆", "前保险杠碰撞变形", "倒车撞到柱子，后保险杠凹陷"),
                    List.of(labor("钣金修复", "2.0", "钣金"), labor("喷漆(单面)", "3.0", "喷漆")),
                    List.of(uses("PT-9101", 1), uses("PT-9102", 1), uses("PT-9103", 1), uses("PT-9104", 1))),
            job(4, Fit.ANY, List.of("过减速带时底盘异响", "行驶中前悬挂咯噔响"),
                    List.of(labor("更换稳定杆连杆", "1.0", "底盘")),
                    List.of(uses("SB-7301", 2), uses("CA-7401", 1, 15))),
            job(2, Fit.ANY, List.of("减震器漏油", "过坑时车身弹跳明显"),
                    List.of(labor("更换减震器", "2.0", "底盘")),
                    List.of(uses("SH-7201", 2), uses("SH-7202", 2, 30))),
            job(3, Fit.ANY, List.of("雨刮刮不干净，有异响"),
                    List.of(labor("更换雨刮片", "0.2", "电路")),
                    List.of(uses("WB-5101", 1), uses("WB-5102", 1, 30))),
            job(2, Fit.ANY, List.of("左前大灯不亮"),
                    List.of(labor("更换大灯灯泡", "0.3", "电路")),
                    List.of(uses("BU-5201", 1))),
            job(2, Fit.ANY, List.of("刹车灯不亮，被交警提醒"),
                    List.of(labor("检查灯光线路并更换灯泡", "0.5", "电路")),
                    List.of(uses("BU-5202", 2), uses("FU-5301", 1, 30))),
            job(3, Fit.ENGINE, List.of("水温表偏高，冷却液减少", "仪表提示发动机过热"),
                    List.of(labor("冷却系统检查及更换节温器", "1.5", "发动机")),
                    List.of(uses("TH-7102", 1), uses("CO-2301", 1))),
            job(3, Fit.ENGINE, List.of("自动挡换挡顿挫", "变速箱换挡冲击"),
                    List.of(labor("更换自动变速箱油", "1.5", "发动机")),
                    List.of(uses("TF-2101", 4))),
            job(3, Fit.ENGINE, List.of("冷车启动时发动机舱有尖锐异响"),
                    List.of(labor("更换发动机皮带", "0.8", "发动机")),
                    List.of(uses("BE-7001", 1))),
            job(1, Fit.ENGINE, List.of("到 10 万公里，更换正时皮带"),
                    List.of(labor("更换正时皮带套装", "3.0", "发动机")),
                    List.of(uses("BE-7002", 1), uses("WP-7101", 1, 50))),
            job(2, Fit.ENGINE, List.of("怠速偏高，发动机抖动"),
                    List.of(labor("清洗节气门", "0.5", "发动机")),
                    List.of(uses("EN-9402", 1))),
            job(2, Fit.ENGINE, List.of("发动机气门室盖渗油"),
                    List.of(labor("更换气门室盖垫", "1.5", "发动机")),
                    List.of(uses("EN-9403", 1))),
            job(2, Fit.ENGINE, List.of("充电指示灯亮，电瓶不充电"),
                    List.of(labor("更换发电机", "1.5", "电路")),
                    List.of(uses("EL-9301", 1))),
            job(1, Fit.ENGINE, List.of("打火时只有咔哒声，无法启动"),
                    List.of(labor("更换起动机", "1.2", "电路")),
                    List.of(uses("EL-9302", 1))),
            job(2, Fit.ANY, List.of("右侧后视镜被刮碎"),
                    List.of(labor("更换后视镜总成", "0.5", "钣金")),
                    List.of(uses("MI-9201", 1))),
            job(4, Fit.HIGH_VOLTAGE, List.of("仪表提示动力系统故障", "无法上高压电，车辆不能行驶"),
                    List.of(labor("高压系统故障诊断", "1.5", "新能源高压")),
                    List.of(uses("EV-9002", 1))),
            job(3, Fit.HIGH_VOLTAGE, List.of("续航明显下降，充电慢", "慢充桩充不进电"),
                    List.of(labor("动力电池及充电系统检测", "1.0", "新能源高压")),
                    List.of()),
            job(2, Fit.HIGH_VOLTAGE, List.of("仪表提示电池冷却液不足"),
                    List.of(labor("更换电池冷却液", "1.0", "新能源高压")),
                    List.of(uses("EV-9001", 1))));

    private static Job job(int weight, Fit fit, List<String> complaints, List<LaborItem> labor,
            List<PartItem> parts) {
        return new Job(weight, fit, complaints, labor, parts);
    }

    private static LaborItem labor(String name, String hours, String skill) {
        return new LaborItem(name, new BigDecimal(hours), skill);
    }

    private static PartItem uses(String code, int quantity) {
        return new PartItem(code, quantity, 100);
    }

    private static PartItem uses(String code, int quantity, int chancePercent) {
        return new PartItem(code, quantity, chancePercent);
    }

    static final List<String> REWORK_NOTES = List.of(
            "质检未通过：试车仍有异响，返工处理", "质检未通过：故障现象仍然存在",
            "质检未通过：螺栓力矩未按标准复核", "质检未通过：车内有油污，返工清洁");

    static final List<String> CANCEL_NOTES = List.of(
            "客户认为报价偏高，取消维修", "客户临时有事，改期再来", "车辆转至 4S 店维修", "客户自行处理，取消工单");
}
