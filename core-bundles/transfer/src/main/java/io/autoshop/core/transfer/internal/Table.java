package io.autoshop.core.transfer.internal;

import java.util.List;

/**
 * A sheet of cells as read from a file: the header row and the data rows that have at least one non-blank cell.
 *
 * @param headers the cells of the first non-blank row
 * @param rows the data rows, each with the line (CSV) or row number (.xlsx) it starts on
 */
record Table(List<String> headers, List<Row> rows) {

    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A data row.
     *
     * @param line line or row number in the file, counted from 1 including the header
     * @param cells cell texts, shorter than the header when trailing cells are empty
     */
    record Row(int line, List<String> cells) {

        Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : null;
        }
    }

    /** Builds a table from rows whose first non-blank one is the header; blank rows are dropped. */
    static Table of(List<Row> all) {
        List<String> headers = null;
        List<Row> data = new java.util.ArrayList<>();
        for (Row row : all) {
            if (row.cells().stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            if (headers == null) {
                headers = row.cells();
            } else {
                data.add(row);
            }
        }
        return new Table(headers == null ? List.of() : headers, data);
    }
}
