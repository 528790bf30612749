package io.autoshop.console.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * REST calls that prepare and check data around the browser tests: the console itself is only driven through the
 * browser. Calls are made as the shop's owner unless another user's credentials are given.
 */
final class ShopApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String username;
    private final String password;
    private String token;

    ShopApi(ShopServer server) {
        this(server, ShopServer.ADMIN_USERNAME, ShopServer.ADMIN_PASSWORD);
    }

    ShopApi(ShopServer server, String username, String password) {
        this.base = server.apiUrl();
        this.username = username;
        this.password = password;
    }

    /** Logs in with POST /auth/login and returns the bearer token; any status but 200 is an IOException. */
    static String login(HttpClient client, String apiUrl, String username, String password)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/auth/login"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username,
                        "password", password))))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Login of " + username + " returned " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("token").asText();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    JsonNode post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return post(path, body, 201);
    }

    JsonNode post(String path, Map<String, Object> body, int expectedStatus) throws IOException,
            InterruptedException {
        return send(withBody(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                expectedStatus);
    }

    JsonNode put(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return send(withBody(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                200);
    }

    /** Returns the status of a GET without a token, for pages and files that need no login. */
    int status(String absoluteUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(absoluteUrl)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Returns the status of an authenticated GET below the API base. */
    int statusOf(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", "Bearer " + token()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Creates a part with a stock batch and returns the part. */
    JsonNode partWithStock(String code, String name, int quantity, String location)
            throws IOException, InterruptedException {
        JsonNode part = post("/parts", Map.of("code", code, "name", name, "unit", "个", "salePrice", 85.00,
                "safetyStock", 2, "location", location));
        post("/stock/receipts", Map.of("partId", part.get("id").asLong(), "quantity", quantity, "unitCost", 40.00,
                "supplier", "测试供应商"));
        return part;
    }

    JsonNode technician(String name) throws IOException, InterruptedException {
        return post("/employees", Map.of("name", name, "role", "TECHNICIAN"));
    }

    /** Creates a customer with one vehicle and a received work order for it, and returns the order. */
    JsonNode orderForNewCar(String plate, String complaint) throws IOException, InterruptedException {
        String phone = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        JsonNode customer = post("/customers", Map.of("name", "车主" + plate, "phone", phone, "type", "INDIVIDUAL"));
        JsonNode vehicle = post("/vehicles", Map.of("customerId", customer.get("id").asLong(), "plate", plate));
        return post("/work-orders", Map.of("vehicleId", vehicle.get("id").asLong(), "odometerKm", 12000,
                "complaint", complaint));
    }

    private HttpRequest.Builder withBody(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    /** Returns the bearer token of this client's user, logging in on first use. */
    String token() throws IOException, InterruptedException {
        if (token == null) {
            token = login(http, base, username, password);
        }
        return token;
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " returned "
                    + response.statusCode() + ", expected " + expectedStatus + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
