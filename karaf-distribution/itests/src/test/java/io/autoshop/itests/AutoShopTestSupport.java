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

    /**
     * Returns the Pax Exam options shared by all tests, plus the given extra options.
     */
    protected static Option[] distribution(Option... extra) {
        Class<?> testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
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
        options.addAll(List.of(extra));
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
                editConfigurationFilePut(cfg, "password", POSTGRES_PASSWORD));
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
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    protected HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    protected HttpResponse<String> put(String path, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    protected HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
