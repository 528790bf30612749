package io.autoshop.plugin.wechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Client of the WeChat Official Account API: fetches the access token with {@code GET /cgi-bin/token}, caches it
 * until shortly before it expires, and sends template messages with
 * {@code POST /cgi-bin/message/template/send}. A reply saying that the token is invalid or expired (40001,
 * 40014, 42001) fetches a new token and sends once more.
 */
final class WeChatClient {

    /** Errcodes meaning the access token is no longer valid. */
    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

    /** Seconds before the announced expiry at which a cached token is replaced. */
    private static final long EXPIRY_MARGIN_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final WeChatSettings settings;
    private final Clock clock;
    private String token;
    private Instant tokenExpiresAt = Instant.MIN;

    WeChatClient(HttpClient http, WeChatSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    static WeChatClient create(WeChatSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new WeChatClient(http, settings, Clock.systemUTC());
    }

    /**
     * Sends one template message and returns its {@code msgid}.
     *
     * @throws WeChatApiException when WeChat replies with a non-zero errcode
     * @throws IOException when WeChat cannot be reached or replies with something other than JSON
     */
    long sendTemplate(String openId, String templateId, String url, Map<String, String> data)
            throws IOException, InterruptedException, WeChatApiException {
        Map<String, Object> body = Map.of("touser", openId, "template_id", templateId, "url", url == null ? "" : url,
                "data", wrapValues(data));
        String json = JSON.writeValueAsString(body);
        try {
            return post(accessToken(false), json);
        } catch (WeChatApiException e) {
            if (!TOKEN_ERRORS.contains(e.errcode())) {
                throw e;
            }
            return post(accessToken(true), json);
        }
    }

    synchronized String accessToken(boolean refresh) throws IOException, InterruptedException, WeChatApiException {
        if (!refresh && token != null && clock.instant().isBefore(tokenExpiresAt)) {
            return token;
        }
        URI uri = URI.create(settings.apiBase() + "/cgi-bin/token?grant_type=client_credential&appid="
                + encode(settings.appId()) + "&secret=" + encode(settings.appSecret()));
        JsonNode reply = call(HttpRequest.newBuilder(uri).GET());
        JsonNode value = reply.get("access_token");
        if (value == null || value.asText().isEmpty()) {
            throw new WeChatApiException(-2, "token reply has no access_token");
        }
        token = value.asText();
        long expiresIn = reply.path("expires_in").asLong(7200);
        tokenExpiresAt = clock.instant().plusSeconds(Math.max(0, expiresIn - EXPIRY_MARGIN_SECONDS));
        return token;
    }

    private long post(String accessToken, String json) throws IOException, InterruptedException, WeChatApiException {
        URI uri = URI.create(settings.apiBase() + "/cgi-bin/message/template/send?access_token="
                + encode(accessToken));
        JsonNode reply = call(HttpRequest.newBuilder(uri).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        return reply.path("msgid").asLong();
    }

    private JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException, WeChatApiException {
        HttpResponse<String> response = http.send(request.timeout(settings.timeout()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("WeChat replied with HTTP " + response.statusCode());
        }
        JsonNode reply = JSON.readTree(response.body());
        int errcode = reply.path("errcode").asInt(0);
        if (errcode != 0) {
            throw new WeChatApiException(errcode, reply.path("errmsg").asText(""));
        }
        return reply;
    }

    private static Map<String, Object> wrapValues(Map<String, String> data) {
        Map<String, Object> wrapped = new java.util.LinkedHashMap<>();
        data.forEach((key, value) -> wrapped.put(key, Map.of("value", value)));
        return wrapped;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
