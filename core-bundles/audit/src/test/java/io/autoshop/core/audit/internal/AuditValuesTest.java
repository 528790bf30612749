package io.autoshop.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditValuesTest {

    private enum Status { IN_REPAIR, INSPECTION }

    @Test
    void changedOnlyKeepsChangedFields() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", Status.IN_REPAIR);
        before.put("complaint", "刹车时有异响");
        before.put("total", new BigDecimal("180.00"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", Status.INSPECTION);
        after.put("complaint", "刹车时有异响");
        after.put("total", new BigDecimal("180.00"));

        AuditValues.Sides sides = AuditValues.changedOnly(before, after);

        assertEquals(Map.of("status", "IN_REPAIR"), sides.before());
        assertEquals(Map.of("status", "INSPECTION"), sides.after());
    }

    @Test
    void changedOnlyIgnoresAmountScale() {
        AuditValues.Sides sides = AuditValues.changedOnly(Map.of("discount", new BigDecimal("10")),
                Map.of("discount", new BigDecimal("10.00")));

        assertTrue(sides.isEmpty());
    }

    @Test
    void changedOnlyKeepsKeysOfOneSide() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("lineId", 7L);
        after.put("laborTotal", new BigDecimal("250"));

        AuditValues.Sides sides = AuditValues.changedOnly(Map.of("laborTotal", new BigDecimal("0")), after);

        assertEquals(Map.of("laborTotal", "0.00"), sides.before());
        assertEquals(7L, sides.after().get("lineId"));
        assertEquals("250.00", sides.after().get("laborTotal"));
    }

    @Test
    void changedOnlyKeepsNullThatBecameValue() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("diagnosis", null);

        AuditValues.Sides sides = AuditValues.changedOnly(before, Map.of("diagnosis", "刹车片磨损"));

        assertTrue(sides.before().containsKey("diagnosis"));
        assertEquals(null, sides.before().get("diagnosis"));
        assertEquals("刹车片磨损", sides.after().get("diagnosis"));
    }

    @ParameterizedTest
    @CsvSource({"1280, 1280.00", "1280.5, 1280.50", "0.125, 0.125", "45.000, 45.00", "-3.1, -3.10", "0, 0.00"})
    void decimalScale(String value, String expected) {
        assertEquals(expected, AuditValues.decimal(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource({"13812345678, 138****5678", "138****5678, 138****5678", "1234567, *******", "'', ''",
            "075512345678, 075*****5678"})
    void phoneMasking(String phone, String expected) {
        assertEquals(expected, AuditValues.maskPhone(phone));
    }

    @Test
    void phoneFieldsAlwaysMasked() {
        Map<String, Object> values = AuditValues.normalize(Map.of("phone", "13812345678",
                "contactPhones", List.of("13912345678")));

        assertEquals("138****5678", values.get("phone"));
        assertEquals(List.of("139****5678"), values.get("contactPhones"));
    }

    @Test
    void jsonMoneyAndTimesAsText() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", Status.INSPECTION);
        values.put("total", new BigDecimal("1280"));
        values.put("quantity", new BigDecimal("2.000"));
        values.put("at", OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        values.put("reworkCount", 1);
        values.put("note", null);

        String json = AuditValues.toJson(AuditValues.normalize(values));

        assertEquals("{\"status\":\"INSPECTION\",\"total\":\"1280.00\",\"quantity\":\"2.00\","
                + "\"at\":\"2026-03-05T09:30+08:00\",\"reworkCount\":1,\"note\":null}", json);
    }

    @Test
    void jsonReadsBackInOrder() {
        Map<String, Object> read = AuditValues.fromJson("{\"b\":\"1.00\",\"a\":2,\"c\":null,\"d\":[1,2]}");

        assertEquals(List.of("b", "a", "c", "d"), List.copyOf(read.keySet()));
        assertEquals("1.00", read.get("b"));
        assertEquals(2, read.get("a"));
        assertTrue(read.containsKey("c"));
        assertEquals(List.of(1, 2), read.get("d"));
    }

    @Test
    void longTextIsCut() {
        String text = "x".repeat(AuditValues.MAX_TEXT + 10);

        Object stored = AuditValues.normalize(Map.of("complaint", text)).get("complaint");

        assertEquals(AuditValues.MAX_TEXT, stored.toString().length());
        assertTrue(stored.toString().endsWith("…"));
    }

    @Test
    void oversizedDocumentIsReplacedBySummary() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            values.put("field" + i, "y".repeat(AuditValues.MAX_TEXT));
        }

        String json = AuditValues.toJson(AuditValues.normalize(values));

        assertTrue(json.length() <= AuditValues.MAX_JSON);
        assertTrue(json.startsWith("{\"truncated\":true,\"fields\":[\"field0\","));
        assertFalse(json.contains("yyy"));
    }
}
