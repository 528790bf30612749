package io.autoshop.core.rest.internal.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.UserRole;
import io.autoshop.core.rest.internal.JerseyApplication;
import io.autoshop.core.security.Authenticator;
import io.autoshop.core.security.CurrentUser;
import io.autoshop.core.security.LoginResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/**
 * Runs the REST application in memory, without a servlet container, with the given resources. Requests carry
 * {@link #OWNER_TOKEN} unless a test names another token, and the {@link Tokens} authenticator resolves it to an
 * owner holding every core permission.
 */
final class InMemoryApi {

    static final String BASE = "http://localhost/api/v1/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reply with its raw body. */
    record Reply(int status, String contentType, String etag, String location, String allow,
            String wwwAuthenticate, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    /** Token of a caller with role OWNER and every permission of {@link Permissions}. */
    static final String OWNER_TOKEN = "owner-token";

    private final ApplicationHandler app;
    private String token = OWNER_TOKEN;

    InMemoryApi(Object... resources) {
        this(new Tokens(Map.of(OWNER_TOKEN, owner())), resources);
    }

    InMemoryApi(Authenticator authenticator, Object... resources) {
        app = new ApplicationHandler(JerseyApplication.configure(List.of(resources), List.of(), () -> authenticator));
    }

    /** Sends the given bearer token from now on, or none for {@code null}. */
    InMemoryApi withToken(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Returns a caller with role OWNER holding every constant of {@link Permissions}. */
    static Caller owner() {
        Set<String> all = new HashSet<>();
        for (Field field : Permissions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    all.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return new Caller(1, "owner", UserRole.OWNER, null, all);
    }

    /** An authenticator with a fixed map from token to caller, for the filter only; its other methods throw. */
    record Tokens(Map<String, Caller> callers) implements Authenticator {

        @Override
        public Optional<Caller> authenticate(String bearerToken) {
            return Optional.ofNullable(callers.get(bearerToken));
        }

        @Override
        public LoginResult login(String username, String password, String clientAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void logout(String bearerToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CurrentUser currentUser(Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LoginResult changePassword(Caller caller, String currentPassword, String newPassword,
                String clientAddress) {
            throw new UnsupportedOperationException();
        }
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
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
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
                    response.getHeaderString("Allow"), response.getHeaderString("WWW-Authenticate"),
                    out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
