package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the AutoShop distribution built by this reactor and talks to its REST API over HTTP on 127.0.0.1.
 * The HTTP helpers log in as {@code admin} (role OWNER) on first use and send its bearer token; the admin password
 * is placed in {@code data/autoshop/admin-password} before the first start, where the security bundle reads it.
 * Each test class gets a fresh Karaf with an empty database: embedded Derby under the Karaf data folder by default,
 * or with -Ditests.database=postgresql a new PostgreSQL database named after the class on the server at
 * -Ditests.postgres.url (user -Ditests.postgres.user, password -Ditests.postgres.password).
 */
public abstract class AutoShopTestSupport {

    /**
     * Base of the ports of the Karaf under test (HTTP on base + 181, SSH on base + 101, JMX on base + 199 and
     * base + 144), away from a shop running on 8181. Set it with -Ditests.basePort to run two builds at once.
     */
    static final int BASE_PORT = Integer.getInteger("itests.basePort", 18000);
    static final int HTTP_PORT = BASE_PORT + 181;
    static final String BASE = "http://127.0.0.1:" + HTTP_PORT + "/api/v1";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** Username of the owner account created on first start. */
    protected static final String ADMIN = "admin";
    /** Password of {@link #ADMIN} that {@link #distribution} places in the password file before the first start. */
    protected static final String ADMIN_PASSWORD = "itest-admin-Passw0rd";
    /** The first-start password file, relative to the Karaf folder. */
    protected static final String ADMIN_PASSWORD_FILE = "data/autoshop/admin-password";

    /** {@code derby} (default) or {@code postgresql}: the database every test container uses. */
    static final String DATABASE = System.getProperty("itests.database", "derby").toLowerCase(Locale.ROOT);

    /** JDBC URL of the PostgreSQL server without a database name, to which each test class appends its own. */
    private static final String POSTGRES_URL = System.getProperty("itests.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String POSTGRES_USER = System.getProperty("itests.postgres.user", "postgres");
    private static final String POSTGRES_PASSWORD = System.getProperty("itests.postgres.password", "");

    /** PostgreSQL databases created by this JVM, so that the boots of one class share one database. */
    private static final Set<String> CREATED_DATABASES = new HashSet<>();

    protected final ObjectMapper json =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The admin's bearer token once logged in. */
    private String adminToken;

    /**
     * Returns the Pax Exam options shared by all tests, plus the given extra options. The admin password is
     * {@link #ADMIN_PASSWORD}.
     */
    protected static Option[] distribution(Option... extra) {
        Class<?> testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        List<Option> options = new ArrayList<>(List.of(options(testClass)));
        options.add(replaceConfigurationFile(ADMIN_PASSWORD_FILE, adminPasswordFile()));
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * Returns the options of {@link #distribution} without a prepared admin password, so that the first start
     * generates one and writes it to {@code <karaf.data>/autoshop/admin-password}.
     */
    protected static Option[] distributionWithGeneratedAdminPassword(Option... extra) {
        Class<?> testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        List<Option> options = new ArrayList<>(List.of(options(testClass)));
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    private static File adminPasswordFile() {
        File file = new File(System.getProperty("itests.target", "target"), "admin-password");
        try {
            Files.writeString(file.toPath(), ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to write the admin password file " + file, e);
        }
        return file;
    }

    private static Option[] options(Class<?> testClass) {
        String target = System.getProperty("itests.target", "target");
        String version = System.getProperty("project.version");
        File assembly = new File(target, "../../assembly/target/autoshop-assembly-" + version + ".tar.gz");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(assembly.toURI().toString())
                        .name("AutoShop")
                        .unpackDirectory(new File(target, "exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                systemTimeout(120_000),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(BASE_PORT + 101)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(BASE_PORT + 199)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(BASE_PORT + 144)),
                // The tests run inside the container too, where they need the same ports.
                systemProperty("itests.basePort").value(String.valueOf(BASE_PORT)),
                // The probe waits 10 s by default for Pax Exam's invoker service. A loaded two-core machine can
                // exceed that while the features install, and the test class then hangs instead of failing.
                systemProperty("pax.exam.service.timeout").value("120000"),
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                vmOption("-Xmx768m"),
                vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
                vmOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED")));
        options.add(systemProperty("itests.database").value(DATABASE));
        options.add(database(testClass));
        return options.toArray(new Option[0]);
    }

    /**
     * Returns the options that keep the data of all boots of one test class in one database: on Derby the given
     * folder outside the Karaf folders, on PostgreSQL the class's database, which every boot uses anyway. The
     * keystore that encrypts customer data goes into the given folder too, because each boot has a fresh etc folder
     * and a new keystore could not read what the first boot wrote.
     */
    protected static Option sharedDatabase(File derbyFolder) {
        Option keys = composite(
                editConfigurationFilePut("etc/io.autoshop.crypto.cfg", "keystore",
                        new File(derbyFolder, "autoshop-keys.p12").getPath()),
                editConfigurationFilePut("etc/io.autoshop.crypto.cfg", "passwordFile",
                        new File(derbyFolder, "autoshop-keys.pass").getPath()));
        if (isPostgresql()) {
            return keys;
        }
        return composite(keys, editConfigurationFilePut("etc/org.ops4j.datasource-autoshop.cfg", "url",
                "jdbc:derby:" + derbyFolder.getPath() + "/autoshop;create=true"));
    }

    static boolean isPostgresql() {
        return "postgresql".equals(DATABASE);
    }

    /**
     * Returns the data source settings for the test class. On PostgreSQL it drops and creates the class's database
     * on the first call in this JVM, so that each run starts empty.
     */
    private static Option database(Class<?> testClass) {
        if (!isPostgresql()) {
            if (!"derby".equals(DATABASE)) {
                throw new IllegalArgumentException("Invalid itests.database '" + DATABASE
                        + "': expected derby or postgresql");
            }
            return composite();
        }
        String name = "itest_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
        synchronized (CREATED_DATABASES) {
            if (CREATED_DATABASES.add(name)) {
                recreatePostgresDatabase(name);
            }
        }
        String cfg = "etc/org.ops4j.datasource-autoshop.cfg";
        return composite(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", POSTGRES_URL + name),
                editConfigurationFilePut(cfg, "user", POSTGRES_USER),
                editConfigurationFilePut(cfg, "password", POSTGRES_PASSWORD),
                editConfigurationFilePut(cfg, "pool", "hikari"),
                editConfigurationFilePut(cfg, "xa", "false"),
                editConfigurationFilePut(cfg, "hikari.maximumPoolSize", "10"));
    }

    private static void recreatePostgresDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "postgres", POSTGRES_USER,
                POSTGRES_PASSWORD);
                Statement statement = connection.createStatement()) {
            // FORCE (PostgreSQL 13 and later) ends connections left over from an aborted run.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Failed to create the test database " + name + " at " + POSTGRES_URL
                    + " as " + POSTGRES_USER + ": " + e.getMessage() + ". Start a PostgreSQL server there or set "
                    + "-Ditests.postgres.url, -Ditests.postgres.user and -Ditests.postgres.password", e);
        }
    }

    /** Paths that return 200 once the resource of each core service is published. */
    private static final List<String> CORE_PATHS = List.of("/customers?limit=1", "/vehicles?plate=%E4%BA%ACA00000",
            "/work-orders?limit=1", "/parts?limit=1", "/employees?limit=1", "/stock-counts?limit=1",
            "/suppliers?limit=1", "/purchase-orders?limit=1", "/skills", "/workload");

    /**
     * Waits until GET returns 200 on the path of every core resource and on the given path. Each REST resource is
     * a component of its own and is published when its service is up, so one path alone is not enough.
     */
    protected void awaitReady(String path) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> paths = new ArrayList<>(CORE_PATHS);
        paths.add(path);
        for (String each : paths) {
            awaitOk(each, deadline);
        }
    }

    private void awaitOk(String path, long deadline) throws Exception {
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = get(path).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " did not return 200 within " + READY_TIMEOUT + ", last status "
                + status);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return sendAsAdmin(() -> request("GET", path, null));
    }

    protected HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return sendAsAdmin(() -> request("POST", path, body));
    }

    protected HttpResponse<String> put(String path, String body, String ifMatch)
            throws IOException, InterruptedException {
        return sendAsAdmin(() -> {
            HttpRequest.Builder request = request("PUT", path, body);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return request;
        });
    }

    protected HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return sendAsAdmin(() -> request("DELETE", path, null));
    }

    /**
     * Sends a request with the given bearer token, or without one for {@code null}.
     *
     * @param body JSON body, or {@code null} for none
     */
    protected HttpResponse<String> callAs(String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(method, path, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /**
     * Sends a request with a body of any media type, with the given bearer token, or without one for {@code null}.
     */
    protected HttpResponse<String> callAs(String token, String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Logs in and returns the reply. */
    protected HttpResponse<String> loginReply(String username, String password)
            throws IOException, InterruptedException {
        return callAs(null, "POST", "/auth/login", json.createObjectNode().put("username", username)
                .put("password", password).toString());
    }

    /** Logs in and returns the bearer token, failing the test when the login fails. */
    protected String login(String username, String password) throws Exception {
        return expect(200, loginReply(username, password)).get("token").asText();
    }

    /** Returns the admin's token, logging in first when there is none yet. */
    protected String adminToken() throws Exception {
        if (adminToken == null) {
            adminToken = login(ADMIN, adminPassword());
        }
        return adminToken;
    }

    /**
     * Returns the admin password: the content of {@code <karaf.data>/autoshop/admin-password}, which is
     * {@link #ADMIN_PASSWORD} unless the first start generated one.
     */
    protected static String adminPassword() throws IOException {
        Path file = Path.of(System.getProperty("karaf.data", "data"), "autoshop", "admin-password");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : ADMIN_PASSWORD;
    }

    /**
     * Creates a user as the admin and returns its id.
     *
     * @param role a role name such as {@code TECHNICIAN}, or {@code null} for a user without a role
     * @param employeeId the linked employee, or {@code null}
     */
    protected long createUser(String username, String password, String role, Long employeeId) throws Exception {
        StringBuilder body = new StringBuilder("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"");
        if (role != null) {
            body.append(",\"role\":\"").append(role).append('"');
        }
        if (employeeId != null) {
            body.append(",\"employeeId\":").append(employeeId);
        }
        body.append('}');
        return expect(201, post("/users", body.toString())).get("id").asLong();
    }

    /** Creates a user of a role with the password {@code password-<username>} and returns its token. */
    protected String tokenOfNewUser(String username, String role, Long employeeId) throws Exception {
        String password = "password-" + username;
        createUser(username, password, role, employeeId);
        return login(username, password);
    }

    private static HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /**
     * Sends a request with the admin's token. Before the login works (while Karaf starts) it sends none, so that
     * the caller sees 401, 404 or 503 and can retry. A 401 with a token logs in again once, because a test may
     * have revoked the admin's tokens or restored an older database.
     */
    private HttpResponse<String> sendAsAdmin(RequestFactory factory) throws IOException, InterruptedException {
        String token = tryAdminToken();
        HttpResponse<String> response = callWith(factory, token);
        if (response.statusCode() == 401 && token != null) {
            adminToken = null;
            String renewed = tryAdminToken();
            if (renewed != null) {
                response = callWith(factory, renewed);
            }
        }
        return response;
    }

    private HttpResponse<String> callWith(RequestFactory factory, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = factory.create();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private String tryAdminToken() throws IOException, InterruptedException {
        if (adminToken == null) {
            HttpResponse<String> reply = loginReply(ADMIN, adminPassword());
            if (reply.statusCode() != 200) {
                return null;
            }
            adminToken = json.readTree(reply.body()).get("token").asText();
        }
        return adminToken;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Builds a fresh request, so that it can be sent a second time. */
    @FunctionalInterface
    private interface RequestFactory {
        HttpRequest.Builder create();
    }

    /**
     * Asserts the status of a response, showing the body when it differs, and returns the parsed body.
     */
    protected JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        assertEquals(response.request().method() + " " + response.request().uri() + " answered " + response.body(),
                status, response.statusCode());
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    protected long createCustomer(String name, String phone) throws Exception {
        return expect(201, post("/customers", "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}"))
                .get("id").asLong();
    }

    protected long createVehicle(long customerId, String plate) throws Exception {
        return expect(201, post("/vehicles", "{\"customerId\":" + customerId + ",\"plate\":\"" + plate + "\"}"))
                .get("id").asLong();
    }

    protected long createPart(String code, String salePrice) throws Exception {
        return expect(201, post("/parts", "{\"code\":\"" + code + "\",\"name\":\"机油滤清器\",\"unit\":\"个\","
                + "\"salePrice\":" + salePrice + ",\"safetyStock\":2}")).get("id").asLong();
    }

    protected JsonNode receive(long partId, String quantity, String unitCost, String batch) throws Exception {
        return expect(201, post("/stock/receipts", "{\"partId\":" + partId + ",\"quantity\":" + quantity
                + ",\"unitCost\":" + unitCost + ",\"batch\":\"" + batch + "\",\"supplier\":\"杭州汽配城\"}"));
    }

    protected long createOrder(long vehicleId) throws Exception {
        return expect(201, post("/work-orders", "{\"vehicleId\":" + vehicleId
                + ",\"odometerKm\":45200,\"complaint\":\"刹车时有异响\"}")).get("id").asLong();
    }

    protected JsonNode move(long orderId, String body) throws Exception {
        return expect(200, post("/work-orders/" + orderId + "/transitions", body));
    }
}
