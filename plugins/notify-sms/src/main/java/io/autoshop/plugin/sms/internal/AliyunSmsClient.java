package io.autoshop.plugin.sms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Client of Alibaba Cloud SMS, API version 2017-05-25, action SendSms, over HTTP GET with an RPC-style signed
 * query string and a JSON reply.
 */
final class AliyunSmsClient {

    static final String API_VERSION = "2017-05-25";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final SmsSettings settings;
    private final Clock clock;
    private final Supplier<String> nonces;

    AliyunSmsClient(HttpClient http, SmsSettings settings, Clock clock, Supplier<String> nonces) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.nonces = nonces;
    }

    static AliyunSmsClient create(SmsSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new AliyunSmsClient(http, settings, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /**
     * Sends one templated message.
     *
     * @param outId the caller's id of the message, echoed in delivery reports; at most 256 characters
     * @throws IOException when the provider cannot be reached or its reply is not JSON
     */
    SmsResponse send(String phone, String templateCode, Map<String, String> templateParam, String outId)
            throws IOException, InterruptedException {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", settings.accessKeyId());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", settings.regionId());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", nonces.get());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", API_VERSION);
        parameters.put("PhoneNumbers", phone);
        parameters.put("SignName", settings.signName());
        parameters.put("TemplateCode", templateCode);
        parameters.put("TemplateParam", JSON.writeValueAsString(new TreeMap<>(templateParam)));
        if (outId != null) {
            parameters.put("OutId", outId);
        }
        URI uri = URI.create(settings.endpoint() + "?" + AliyunSigner.signedQuery(settings.accessKeySecret(),
                parameters));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("Accept", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return parse(response.statusCode(), response.body());
    }

    static SmsResponse parse(int status, String body) throws IOException {
        if (body == null || body.isBlank()) {
            return new SmsResponse(status, null, null, null, null);
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(body);
        } catch (IOException e) {
            if (status >= 500) {
                return new SmsResponse(status, null, "reply is not JSON", null, null);
            }
            throw e;
        }
        return new SmsResponse(status, text(reply, "Code"), text(reply, "Message"), text(reply, "BizId"),
                text(reply, "RequestId"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
