package io.autoshop.console.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built AutoShop distribution, unpacked into {@code target/console-shop} and started as {@code bin/karaf server}
 * on ports derived from {@code itests.basePort}: HTTP on base + 281, SSH on base + 201, JMX on base + 299 and
 * base + 244, so that it can run beside the Pax Exam tests and a shop on 8181. The first owner account,
 * {@value #ADMIN_USERNAME}, gets {@link #ADMIN_PASSWORD} through the environment variable
 * {@code AUTOSHOP_ADMIN_PASSWORD}.
 */
final class ShopServer implements AutoCloseable {

    /** Login name of the owner account the shop creates on its first start. */
    static final String ADMIN_USERNAME = "admin";
    /** Password of that account in the shop under test; the unpacked shop lives only for one test run. */
    static final String ADMIN_PASSWORD = "Werkstatt-Test-2026";

    private static final Logger LOG = LoggerFactory.getLogger(ShopServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** Paths that return 200 (or a redirect) once the resources and pages the tests use are published. */
    private static final java.util.List<String> READY_PATHS = java.util.List.of("/", "/console/",
            "/api/v1/console/extensions", "/api/v1/customers?limit=1", "/api/v1/vehicles?plate=%E4%BA%ACA00000",
            "/api/v1/work-orders?limit=1", "/api/v1/parts?limit=1", "/api/v1/employees?limit=1");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final int httpPort;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private ShopServer(int basePort, Path home) {
        this.httpPort = basePort + 281;
        this.home = home;
    }

    /** Unpacks the distribution, sets its ports, starts it and waits until the health check reports UP. */
    static ShopServer start() throws IOException, InterruptedException {
        int basePort = Integer.getInteger("itests.basePort", 18000);
        Path target = Path.of(System.getProperty("console.target", "target"));
        Path tarball = Path.of(System.getProperty("console.tarball"));
        Path unpacked = target.resolve("console-shop");
        deleteRecursively(unpacked);
        Files.createDirectories(unpacked);
        run(List.of("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", unpacked.toString()));
        Path home;
        try (var entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow(() -> new IOException("Empty distribution " + tarball));
        }
        ShopServer server = new ShopServer(basePort, home);
        server.configurePorts(basePort);
        try {
            server.launch();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String apiUrl() {
        return baseUrl() + "/api/v1";
    }

    Path deployFolder() {
        return home.resolve("deploy");
    }

    private void configurePorts(int basePort) throws IOException {
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(basePort + 201));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(basePort + 299));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(basePort + 244));
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        if (!line.find()) {
            throw new IOException("No property " + key + " in " + path);
        }
        Files.writeString(path, line.replaceFirst(Matcher.quoteReplacement(key + " = " + value)),
                StandardCharsets.UTF_8);
    }

    private void launch() throws IOException, InterruptedException {
        Path log = home.resolve("console-test-karaf.out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_MAX_MEM", "768m");
        environment.put("AUTOSHOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Instant started = Instant.now();
        process = builder.start();
        LOG.info("Started Karaf {} (pid {}), waiting for {}/health", home, process.pid(), apiUrl());
        waitForHealth();
        LOG.info("Shop up after {} s", Duration.between(started, Instant.now()).toSeconds());
    }

    private void waitForHealth() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create(apiUrl() + "/health")).timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Karaf exited with " + process.exitValue() + " before it was up; see "
                        + home.resolve("data/log/karaf.log"));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"") && allPublished()) {
                    return;
                }
            } catch (IOException notYet) {
                LOG.debug("Health check not answered yet: {}", notYet.getMessage());
            }
            Thread.sleep(1000);
        }
        throw new IOException("The shop did not report UP at " + apiUrl() + "/health within " + START_TIMEOUT
                + "; see " + home.resolve("data/log/karaf.log"));
    }

    /**
     * Tells whether every REST resource and console page the tests use is published. Each is a component of its
     * own that comes up after the health check, so a healthy shop can still return 404 for a while. The checks log
     * in as the owner first, because every resource but the health check answers 401 without a token.
     */
    private boolean allPublished() throws IOException, InterruptedException {
        String token;
        try {
            token = ShopApi.login(http, apiUrl(), ADMIN_USERNAME, ADMIN_PASSWORD);
        } catch (IOException notYet) {
            LOG.debug("Login not possible yet: {}", notYet.getMessage());
            return false;
        }
        for (String path : READY_PATHS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + token)
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 400) {
                LOG.debug("{} not published yet ({})", path, status);
                return false;
            }
        }
        return true;
    }

    /** Stops Karaf with bin/stop and, when it is still running after the timeout, kills it. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            run(List.of(home.resolve("bin/stop").toString()));
        } catch (IOException e) {
            LOG.warn("bin/stop failed, killing Karaf pid {}", process.pid(), e);
        }
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            LOG.warn("Karaf pid {} still runs {} s after bin/stop, killing it", process.pid(), STOP_TIMEOUT);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        LOG.info("Karaf stopped");
    }

    /** Copies a bundle into Karaf's deploy folder, where Felix File Install installs and starts it. */
    Path deploy(Path bundle) throws IOException {
        Path deployed = deployFolder().resolve(bundle.getFileName());
        Files.copy(bundle, deployed, StandardCopyOption.REPLACE_EXISTING);
        return deployed;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
            throw new IOException("Command " + command + " failed: " + output);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
