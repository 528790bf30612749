package io.autoshop.plugin.sms.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Alibaba Cloud RPC-style requests (signature version 1.0, HMAC-SHA1) as the provider documents it: the
 * parameters sorted by name, each name and value percent-encoded (RFC 3986: space as {@code %20}, {@code *} as
 * {@code %2A}, {@code ~} kept), joined with {@code &} into the canonicalized query; the string to sign is
 * {@code GET&%2F&} followed by the percent-encoded canonicalized query; the key is the access key secret
 * followed by {@code &}; the signature is the Base64 of the HMAC-SHA1.
 */
final class AliyunSigner {

    private AliyunSigner() {
    }

    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /**
     * Joins the parameters, which must not contain {@code Signature}, in the sorted order of their names.
     */
    static String canonicalizedQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> percentEncode(entry.getKey()) + "=" + percentEncode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String stringToSign(String method, SortedMap<String, String> parameters) {
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalizedQuery(parameters));
    }

    static String sign(String accessKeySecret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /**
     * Returns the query string of a signed GET request: the canonicalized query with the signature appended.
     */
    static String signedQuery(String accessKeySecret, SortedMap<String, String> parameters) {
        String signature = sign(accessKeySecret, stringToSign("GET", parameters));
        return canonicalizedQuery(parameters) + "&Signature=" + percentEncode(signature);
    }
}
