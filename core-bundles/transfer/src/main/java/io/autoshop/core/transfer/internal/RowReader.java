package io.autoshop.core.transfer.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads the fields of one data row through the column mapping, turning unreadable cells into a
 * {@link RowRejectedException} that names the column.
 */
final class RowReader {

    private final ColumnMapping mapping;
    private final Table.Row row;

    RowReader(ColumnMapping mapping, Table.Row row) {
        this.mapping = mapping;
        this.row = row;
    }

    int line() {
        return row.line();
    }

    /** Returns the trimmed text of the field as written, {@code null} when blank. */
    String text(String field) {
        return CellValues.text(mapping.cell(row, field));
    }

    /** Returns the NFKC-folded text of the field, {@code null} when blank. */
    String folded(String field) {
        return CellValues.folded(mapping.cell(row, field));
    }

    String requiredText(String field) {
        return required(field, text(field));
    }

    String requiredFolded(String field) {
        return required(field, folded(field));
    }

    /** Returns a phone number cell as digits, undoing a spreadsheet's number notation. */
    String phone(String field) {
        return required(field, CellValues.digits(mapping.cell(row, field)));
    }

    BigDecimal amount(String field) {
        try {
            return CellValues.amount(mapping.cell(row, field));
        } catch (CellValues.CellException e) {
            throw new RowRejectedException(e.key, label(field), e.value);
        }
    }

    BigDecimal decimal(String field) {
        try {
            return CellValues.decimal(mapping.cell(row, field));
        } catch (CellValues.CellException e) {
            throw new RowRejectedException(e.key, label(field), e.value);
        }
    }

    Integer integer(String field) {
        try {
            return CellValues.integer(mapping.cell(row, field));
        } catch (CellValues.CellException e) {
            throw new RowRejectedException(e.key, label(field), e.value);
        }
    }

    /** Reads a date or date-time in shop time. */
    OffsetDateTime dateTime(String field, ZoneId zone) {
        try {
            LocalDateTime value = CellValues.dateTime(mapping.cell(row, field));
            return value == null ? null : value.atZone(zone).toOffsetDateTime();
        } catch (CellValues.CellException e) {
            throw new RowRejectedException(e.key, label(field), e.value);
        }
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            throw new RowRejectedException(Messages.MISSING_VALUE, label(field));
        }
        return value;
    }

    /** Returns the label of a field in both languages as one argument for {@link Messages}. */
    Label label(String field) {
        TransferKind.Column column = mapping.kind().column(field);
        return column == null ? new Label(field, field) : new Label(column.chinese(), column.english());
    }

    /**
     * A field name in Chinese and English; {@link Messages} picks the one of the report's language.
     */
    record Label(String chinese, String english) {
    }
}
