package io.autoshop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

/**
 * HTTP calls to the REST API with a chosen bearer token, for tests that call as several users. The owner account
 * {@code admin} logs in with the password of {@code AUTOSHOP_ADMIN_PASSWORD} or, when that is unset, the one the
 * shop wrote to {@code <karaf.data>/autoshop/admin-password} at first start.
 */
final class SecuredClient {

    static final String ADMIN = "admin";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final String base;

    SecuredClient(ObjectMapper json, String base) {
        this.json = json;
        this.base = base;
    }

    /** Sends a request with the token, or with no Authorization header when the token is {@code null}. */
    HttpResponse<String> send(String method, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a request and asserts its status, showing the body when it differs; returns the parsed body. */
    JsonNode expect(int status, String method, String path, String body, String token) throws Exception {
        HttpResponse<String> response = send(method, path, body, token);
        assertEquals(method + " " + path + " returned " + response.body(), status, response.statusCode());
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    /** Logs in and returns the bearer token. */
    String login(String username, String password) throws Exception {
        String body = json.createObjectNode().put("username", username).put("password", password).toString();
        return expect(200, "POST", "/auth/login", body, null).get("token").asText();
    }

    /** Logs in as the owner account created at first start. */
    String loginAdmin() throws Exception {
        return login(ADMIN, adminPassword());
    }

    static String adminPassword() throws IOException {
        String fromEnvironment = System.getenv("AUTOSHOP_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "autoshop", "admin-password");
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
