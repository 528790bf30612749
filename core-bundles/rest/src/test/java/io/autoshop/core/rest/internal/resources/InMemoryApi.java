package io.autoshop.core.rest.internal.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.core.rest.internal.JerseyApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/**
 * Runs the REST application in memory, without a servlet container, with the given resources.
 */
final class InMemoryApi {

    static final String BASE = "http://localhost/api/v1/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reply with its raw body. */
    record Reply(int status, String contentType, String etag, String location, String allow, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    private final ApplicationHandler app;

    InMemoryApi(Object... resources) {
        app = new ApplicationHandler(JerseyApplication.configure(List.of(resources), List.of()));
    }

    Reply get(String path) {
        return call("GET", path, null, null, null);
    }

    Reply post(String path, String body) {
        return call("POST", path, "application/json", body, null);
    }

    Reply call(String method, String path, String contentType, String body, String ifMatch) {
        ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), method, null,
                new MapPropertiesDelegate(), null);
        request.header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ContainerResponse response = app.apply(request, out).get();
            return new Reply(response.getStatus(), response.getHeaderString("Content-Type"),
                    response.getHeaderString("ETag"), response.getHeaderString("Location"),
                    response.getHeaderString("Allow"), out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
