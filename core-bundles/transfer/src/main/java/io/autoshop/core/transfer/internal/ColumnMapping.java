package io.autoshop.core.transfer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assignment of a file's columns to fields. Headers are matched in any order against each field's Chinese and
 * English names and synonyms, ignoring width, case, spaces, underscores and a unit in brackets such as
 * {@code （元）}. When two columns match one field, the first one wins; a mapping given by the caller overrides
 * the detection.
 */
final class ColumnMapping {

    private final TransferKind kind;
    /** Header text as in the file to field key, in column order; unmapped headers are absent. */
    private final Map<String, String> fieldsByHeader;
    private final Map<String, Integer> indexByField;

    private ColumnMapping(TransferKind kind, Map<String, String> fieldsByHeader, Map<String, Integer> indexByField) {
        this.kind = kind;
        this.fieldsByHeader = fieldsByHeader;
        this.indexByField = indexByField;
    }

    /**
     * Maps the headers of a file to the kind's fields.
     *
     * @param overrides header to field key as the caller confirmed or changed it; a blank or {@code -} field
     *     leaves that column out
     * @throws MappingException when an override names an unknown header or field, two columns map to one field,
     *     or a required field has no column
     */
    static ColumnMapping detect(TransferKind kind, List<String> headers, Map<String, String> overrides) {
        Map<String, String> fieldsByHeader = new LinkedHashMap<>();
        Map<String, Integer> indexByField = new LinkedHashMap<>();
        Map<String, String> given = overrides == null ? Map.of() : overrides;
        List<String> known = new ArrayList<>();
        for (String header : headers) {
            known.add(CellValues.text(header));
        }
        for (String header : given.keySet()) {
            if (!known.contains(CellValues.text(header))) {
                throw new MappingException("The mapping names the column '" + header
                        + "', which the file does not have; its columns are " + known);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String header = CellValues.text(headers.get(i));
            if (header == null) {
                continue;
            }
            String field = given.containsKey(header) ? overridden(kind, header, given.get(header)) : match(kind, header);
            if (field == null || !given.containsKey(header) && given.containsValue(field)) {
                continue;
            }
            if (indexByField.containsKey(field) && !given.containsKey(header)) {
                // A second detected column for one field, such as 电话 next to 手机, stays unmapped.
                continue;
            }
            if (indexByField.containsKey(field)) {
                throw new MappingException("The columns '" + headerOf(fieldsByHeader, field) + "' and '" + header
                        + "' both map to the field " + field + "; give a mapping that names one of them");
            }
            fieldsByHeader.put(header, field);
            indexByField.put(field, i);
        }
        List<String> missing = new ArrayList<>();
        for (TransferKind.Column column : kind.columns()) {
            if (column.required() && !indexByField.containsKey(column.field())) {
                missing.add(column.chinese() + " (" + column.field() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new MappingException("The file lacks the required columns " + String.join(", ", missing)
                    + "; its columns are " + known);
        }
        return new ColumnMapping(kind, fieldsByHeader, indexByField);
    }

    private static String overridden(TransferKind kind, String header, String field) {
        if (field == null || field.isBlank() || field.strip().equals("-")) {
            return null;
        }
        if (kind.column(field.strip()) == null) {
            List<String> fields = kind.columns().stream().map(TransferKind.Column::field).toList();
            throw new MappingException("The mapping gives column '" + header + "' the unknown field '" + field
                    + "'; fields of " + kind + " are " + fields);
        }
        return field.strip();
    }

    private static String match(TransferKind kind, String header) {
        String key = simplify(header);
        for (TransferKind.Column column : kind.columns()) {
            if (key.equals(simplify(column.field())) || key.equals(simplify(column.chinese()))
                    || key.equals(simplify(column.english()))) {
                return column.field();
            }
        }
        for (TransferKind.Column column : kind.columns()) {
            for (String synonym : column.synonyms()) {
                if (key.equals(simplify(synonym))) {
                    return column.field();
                }
            }
        }
        return null;
    }

    private static String headerOf(Map<String, String> fieldsByHeader, String field) {
        return fieldsByHeader.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElse(field);
    }

    static String simplify(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("\\((元|km|公里|rmb|¥|yuan)\\)$", "");
        return text.replaceAll("[\\s_\\-*:]", "");
    }

    TransferKind kind() {
        return kind;
    }

    /** Returns the header-to-field map as applied, for the import report. */
    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(fieldsByHeader);
    }

    /** Returns the raw cell of a field in the row, {@code null} when the column is absent or the cell empty. */
    String cell(Table.Row row, String field) {
        Integer index = indexByField.get(field);
        return index == null ? null : row.cell(index);
    }

    /** A mapping that cannot be applied to the file. */
    static final class MappingException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MappingException(String message) {
            super(message);
        }
    }
}
