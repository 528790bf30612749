package io.autoshop.plugin.sms.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
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
 * A local stand-in for Dysmsapi on 127.0.0.1 that checks what the provider checks: the required parameters, the
 * HMAC-SHA1 signature (computed here independently of the code under test), a fresh nonce and a recent
 * timestamp. It replies with the scripted replies first, then with OK.
 */
final class FakeDysmsapi implements AutoCloseable {

    static final String KEY_ID = "LTAI-test-id";
    static final String SECRET = "test-secret-不可泄露";

    private final HttpServer server;
    private final List<Map<String, String>> accepted = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final Set<String> nonces = new HashSet<>();

    record Reply(int status, String body) {
    }

    FakeDysmsapi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    List<Map<String, String>> accepted() {
        return accepted;
    }

    synchronized void script(int status, String body) {
        script.add(new Reply(status, body));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply = check(exchange);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized Reply check(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return error(400, "UnsupportedHTTPMethod");
        }
        Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
        for (String name : List.of("AccessKeyId", "Action", "Format", "RegionId", "SignatureMethod",
                "SignatureNonce", "SignatureVersion", "Timestamp", "Version", "PhoneNumbers", "SignName",
                "TemplateCode", "Signature")) {
            if (!query.containsKey(name)) {
                return error(400, "MissingParameter");
            }
        }
        if (!KEY_ID.equals(query.get("AccessKeyId"))) {
            return error(404, "InvalidAccessKeyId.NotFound");
        }
        if (!"SendSms".equals(query.get("Action")) || !"2017-05-25".equals(query.get("Version"))
                || !"HMAC-SHA1".equals(query.get("SignatureMethod")) || !"1.0".equals(query.get("SignatureVersion"))) {
            return error(400, "InvalidParameter");
        }
        if (!expectedSignature(query).equals(query.get("Signature"))) {
            return error(400, "SignatureDoesNotMatch");
        }
        if (!nonces.add(query.get("SignatureNonce"))) {
            return error(400, "SignatureNonceUsed");
        }
        Instant timestamp = Instant.parse(query.get("Timestamp"));
        if (Duration.between(timestamp, Instant.now()).abs().toMinutes() > 15) {
            return error(400, "InvalidTimeStamp.Expired");
        }
        if (!query.get("PhoneNumbers").matches("1[3-9]\\d{9}")) {
            return error(200, "isv.MOBILE_NUMBER_ILLEGAL");
        }
        Reply scripted = script.poll();
        if (scripted != null) {
            return scripted;
        }
        accepted.add(query);
        return new Reply(200, "{\"Message\":\"OK\",\"RequestId\":\"req-" + accepted.size()
                + "\",\"BizId\":\"biz-" + accepted.size() + "\",\"Code\":\"OK\"}");
    }

    private static Reply error(int status, String code) {
        return new Reply(status, "{\"Message\":\"" + code + "\",\"RequestId\":\"req-err\",\"Code\":\"" + code
                + "\"}");
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    /** Signs the received parameters with this class's own RFC 3986 encoder. */
    static String expectedSignature(Map<String, String> query) {
        TreeMap<String, String> sorted = new TreeMap<>(query);
        sorted.remove("Signature");
        StringBuilder canonical = new StringBuilder();
        sorted.forEach((name, value) -> canonical.append(canonical.length() == 0 ? "" : "&").append(encode(name))
                .append('=').append(encode(value)));
        String stringToSign = "GET&%2F&" + encode(canonical.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
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
