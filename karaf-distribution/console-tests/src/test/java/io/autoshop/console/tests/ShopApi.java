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
 * browser.
 */
final class ShopApi {

    private final String base;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ShopApi(ShopServer server) {
        this.base = server.apiUrl();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    JsonNode post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        return send(request, 201);
    }

    int status(String absoluteUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(absoluteUrl)).GET().build();
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

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " returned "
                    + response.statusCode() + ", expected " + expectedStatus + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
