package io.autoshop.plugin.wechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the WeChat Official Account API on 127.0.0.1. It checks the AppID and AppSecret of token
 * requests, accepts template messages only with the current access token and with touser, template_id and data,
 * and replies with scripted errcodes first.
 */
final class FakeWeChat implements AutoCloseable {

    static final String APP_ID = "wx0123456789abcdef";
    static final String APP_SECRET = "secret-0123456789";

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final Deque<String> script = new ArrayDeque<>();
    private volatile String currentToken;
    private volatile long expiresIn = 7200;

    FakeWeChat() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cgi-bin/token", this::token);
        server.createContext("/cgi-bin/message/template/send", this::send);
        server.start();
    }

    String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    List<JsonNode> messages() {
        return messages;
    }

    void expireToken() {
        currentToken = null;
    }

    void expiresIn(long seconds) {
        expiresIn = seconds;
    }

    synchronized void script(int errcode, String errmsg) {
        script.add("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String reply;
        if (!"client_credential".equals(query.get("grant_type"))) {
            reply = "{\"errcode\":40002,\"errmsg\":\"invalid grant_type\"}";
        } else if (!APP_ID.equals(query.get("appid"))) {
            reply = "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}";
        } else if (!APP_SECRET.equals(query.get("secret"))) {
            reply = "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}";
        } else {
            currentToken = "token-" + tokenRequests.incrementAndGet();
            reply = "{\"access_token\":\"" + currentToken + "\",\"expires_in\":" + expiresIn + "}";
        }
        respond(exchange, reply);
    }

    private void send(HttpExchange exchange) throws IOException {
        String token = query(exchange.getRequestURI().getRawQuery()).get("access_token");
        JsonNode body = json.readTree(exchange.getRequestBody());
        String reply;
        synchronized (this) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply = "{\"errcode\":43002,\"errmsg\":\"require POST method\"}";
            } else if (currentToken == null || !currentToken.equals(token)) {
                reply = "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}";
            } else if (!body.hasNonNull("touser") || !body.hasNonNull("template_id") || !body.has("data")) {
                reply = "{\"errcode\":47001,\"errmsg\":\"data format error\"}";
            } else if (!script.isEmpty()) {
                reply = script.poll();
            } else {
                messages.add(body);
                reply = "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + (1000 + messages.size()) + "}";
            }
        }
        respond(exchange, reply);
    }

    private static void respond(HttpExchange exchange, String reply) throws IOException {
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; encoding=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
