package io.autoshop.itests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud SMS stand-in on 127.0.0.1 for the integration tests. It accepts only SendSms requests with the
 * expected key id and a valid HMAC-SHA1 signature, computed here independently, and a nonce not seen before. It
 * can be stopped and started again on the same port to act out an outage.
 */
final class LocalSmsProvider implements AutoCloseable {

    static final String KEY_ID = "LTAI-itest";
    static final String SECRET = "itest-secret";

    private final int port;
    private final List<Map<String, String>> accepted = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = new HashSet<>();
    private HttpServer server;

    LocalSmsProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        port = server.getAddress().getPort();
        serve();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/";
    }

    List<Map<String, String>> accepted() {
        return accepted;
    }

    List<String> rejected() {
        return rejected;
    }

    synchronized void stop() {
        server.stop(0);
    }

    synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        serve();
    }

    @Override
    public void close() {
        stop();
    }

    private void serve() {
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String error = check(exchange);
        String body = error == null
                ? "{\"Message\":\"OK\",\"RequestId\":\"r" + accepted.size() + "\",\"BizId\":\"b" + accepted.size()
                        + "\",\"Code\":\"OK\"}"
                : "{\"Message\":\"" + error + "\",\"RequestId\":\"rx\",\"Code\":\"" + error + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(error == null ? 200 : 400, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized String check(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        String error = null;
        if (!"SendSms".equals(query.get("Action")) || !KEY_ID.equals(query.get("AccessKeyId"))) {
            error = "InvalidAccessKeyId.NotFound";
        } else if (!signature(query).equals(query.get("Signature"))) {
            error = "SignatureDoesNotMatch";
        } else if (!nonces.add(query.get("SignatureNonce"))) {
            error = "SignatureNonceUsed";
        }
        if (error == null) {
            accepted.add(query);
        } else {
            rejected.add(error);
        }
        return error;
    }

    private static String signature(Map<String, String> query) {
        TreeMap<String, String> sorted = new TreeMap<>(query);
        sorted.remove("Signature");
        StringBuilder canonical = new StringBuilder();
        sorted.forEach((name, value) -> canonical.append(canonical.length() == 0 ? "" : "&").append(encode(name))
                .append('=').append(encode(value)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(("GET&%2F&" + encode(canonical.toString())).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
