package io.autoshop.core.inventory.internal;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.inventory.BinLocation;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Parses and checks bin locations. A location text such as {@code 主库/A3/02} or {@code A-03-02} is split at
 * {@code /} and {@code -} into at most three segments that fill warehouse, shelf and bin from the left.
 */
final class BinLocations {

    static final int MAX_WAREHOUSE = 40;
    static final int MAX_SEGMENT = 20;

    private BinLocations() {
    }

    /**
     * Returns the segments of a location text, NFKC-normalised and stripped, or an empty list for a blank text.
     */
    static List<String> segments(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return Arrays.stream(normalized.split("[/-]", -1)).map(String::strip).toList();
    }

    /**
     * Parses a location text, or records a problem on the field when it has more than three segments, an
     * empty segment or a segment that is too long.
     *
     * @return the location, or {@code null} when the text is blank or invalid
     */
    static BinLocation parse(FieldErrors errors, String field, String text) {
        List<String> segments = segments(text);
        if (segments.isEmpty()) {
            return null;
        }
        if (segments.size() > 3 || segments.stream().anyMatch(String::isEmpty)) {
            errors.add(field, "must be warehouse/shelf/bin with one to three non-empty segments such as 主库/A3/02, "
                    + "got '" + text + "'");
            return null;
        }
        return check(errors, field, new BinLocation(segments.get(0), segments.size() > 1 ? segments.get(1) : null,
                segments.size() > 2 ? segments.get(2) : null));
    }

    /**
     * Strips a structured location and records a problem when a segment is too long, contains a separator, or
     * a shelf or bin is given without the segments to its left.
     *
     * @return the location with stripped segments, or {@code null} when all segments are blank or it is invalid
     */
    static BinLocation check(FieldErrors errors, String field, BinLocation location) {
        if (location == null) {
            return null;
        }
        String warehouse = segment(errors, field + ".warehouse", location.warehouse(), MAX_WAREHOUSE);
        String shelf = segment(errors, field + ".shelf", location.shelf(), MAX_SEGMENT);
        String bin = segment(errors, field + ".bin", location.bin(), MAX_SEGMENT);
        if (shelf != null && warehouse == null) {
            errors.add(field + ".warehouse", "is required when a shelf is given");
        }
        if (bin != null && shelf == null) {
            errors.add(field + ".shelf", "is required when a bin is given");
        }
        if (warehouse == null && shelf == null && bin == null) {
            return null;
        }
        return new BinLocation(warehouse, shelf, bin);
    }

    /**
     * Reads the stored location of a part. Rows written before locations had segments only carry the text,
     * which is parsed leniently: a text that is not a valid location is kept whole as the warehouse.
     */
    static BinLocation of(PartEntity part) {
        if (part.warehouse != null) {
            return new BinLocation(part.warehouse, part.shelf, part.bin);
        }
        if (part.location == null) {
            return null;
        }
        FieldErrors ignored = new FieldErrors();
        BinLocation parsed = parse(ignored, "location", part.location);
        return parsed != null && ignored.isEmpty() ? parsed : new BinLocation(part.location, null, null);
    }

    private static String segment(FieldErrors errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (stripped.contains("/") || stripped.contains("-")) {
            errors.add(field, "must not contain / or -, got '" + value + "'");
        } else if (stripped.length() > maxLength) {
            errors.add(field, "must be at most " + maxLength + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
