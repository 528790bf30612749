package io.autoshop.core.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the before and after values of a change into the JSON stored in the audit log: only the fields that
 * changed, money as strings with two decimals, times as ISO-8601 strings, enums by name, and phone numbers
 * masked such as {@code 138****5678}.
 */
final class AuditValues {

    /** Maximum length of a text value; longer ones are cut and end with an ellipsis. */
    static final int MAX_TEXT = 2000;

    /** Maximum length of the JSON of one side, the size of the {@code BEFORE_JSON} and {@code AFTER_JSON} columns. */
    static final int MAX_JSON = 32000;

    private static final int VISIBLE_PREFIX = 3;
    private static final int VISIBLE_SUFFIX = 4;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP_TYPE = new TypeReference<>() {
    };

    private AuditValues() {
    }

    /**
     * The two sides of a change after {@link #changedOnly}.
     */
    record Sides(Map<String, Object> before, Map<String, Object> after) {

        boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    /**
     * Normalizes both sides and drops every key that both contain with equal values. A key on one side only stays,
     * so a caller can name the object of a change (a line id, say) by putting it on one side.
     */
    static Sides changedOnly(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> oldValues = normalize(before);
        Map<String, Object> newValues = normalize(after);
        Iterator<Map.Entry<String, Object>> entries = oldValues.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Object> entry = entries.next();
            String key = entry.getKey();
            if (newValues.containsKey(key) && Objects.equals(entry.getValue(), newValues.get(key))) {
                entries.remove();
                newValues.remove(key);
            }
        }
        return new Sides(oldValues, newValues);
    }

    /**
     * Returns the values in their stored form, in the order given. A {@code null} map gives an empty one.
     */
    static Map<String, Object> normalize(Map<String, ?> values) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> normalized.put(key, normalizeValue(key, value)));
        }
        return normalized;
    }

    private static Object normalizeValue(String key, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return decimal(new BigDecimal(value.toString()));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((nestedKey, nestedValue) -> nested.put(String.valueOf(nestedKey),
                    normalizeValue(String.valueOf(nestedKey), nestedValue)));
            return nested;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>();
            collection.forEach(item -> items.add(normalizeValue(key, item)));
            return items;
        }
        String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
        if (isPhoneKey(key)) {
            text = maskPhone(text);
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
    }

    /**
     * Returns a decimal as a string with two decimals, or with as many as it needs when it has more (a quantity of
     * 0.125 l stays {@code "0.125"}).
     */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 2 ? value.setScale(2).toPlainString() : stripped.toPlainString();
    }

    private static boolean isPhoneKey(String key) {
        return key != null && key.toLowerCase(Locale.ROOT).contains("phone");
    }

    /**
     * Masks a phone number so that only its first 3 and last 4 characters show, for example {@code 138****5678}. A
     * value that already contains {@code *} is taken as masked; one of 7 characters or fewer is masked completely.
     */
    static String maskPhone(String phone) {
        if (phone == null || phone.indexOf('*') >= 0) {
            return phone;
        }
        int length = phone.length();
        if (length <= VISIBLE_PREFIX + VISIBLE_SUFFIX) {
            return "*".repeat(length);
        }
        return phone.substring(0, VISIBLE_PREFIX) + "*".repeat(length - VISIBLE_PREFIX - VISIBLE_SUFFIX)
                + phone.substring(length - VISIBLE_SUFFIX);
    }

    /**
     * Writes normalized values as a JSON object. A document longer than {@link #MAX_JSON} characters is replaced
     * by {@code {"truncated": true, "fields": [...]}} naming the fields it had.
     */
    static String toJson(Map<String, Object> values) {
        try {
            String json = JSON.writeValueAsString(values);
            if (json.length() <= MAX_JSON) {
                return json;
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("truncated", true);
            summary.put("fields", new ArrayList<>(values.keySet()));
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write audit values as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a JSON object written by {@link #toJson}, keeping the order of its fields.
     */
    static Map<String, Object> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(json, MAP_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to read stored audit values: " + e.getOriginalMessage(), e);
        }
    }
}
