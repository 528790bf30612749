package io.autoshop.core.transfer.internal;

import io.autoshop.api.AutoShopException;
import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldError;
import io.autoshop.api.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the data rows of a table through a row importer, each row in its own transaction, and counts what happened.
 * A rejected row does not stop the import. A row that repeats an imported row of the same file with the same key
 * counts as unchanged when its values are equal and is rejected when they differ.
 */
final class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    /** Runs one row's work in a transaction that commits on return and rolls back on an exception. */
    @FunctionalInterface
    interface RowTransaction {
        RowImporter.Outcome run(Supplier<RowImporter.Outcome> work);
    }

    private ImportRunner() {
    }

    /**
     * Imports every data row.
     *
     * @param progress receives the percentage done, 0 to 100, after each row
     * @throws InterruptedImportException when the thread is interrupted between two rows
     */
    static ImportResult run(Table table, ColumnMapping mapping, RowImporter importer, RowTransaction transaction,
            IntConsumer progress) {
        return run(table, mapping, importer, transaction, progress, new ImportResult());
    }

    /**
     * Imports every data row, counting into the given result, which another thread may read while the rows run.
     */
    static ImportResult run(Table table, ColumnMapping mapping, RowImporter importer, RowTransaction transaction,
            IntConsumer progress, ImportResult result) {
        List<Table.Row> rows = table.rows();
        Map<String, SeenRow> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedImportException(i);
            }
            Table.Row row = rows.get(i);
            result.read++;
            try {
                RowReader reader = new RowReader(mapping, row);
                List<String> keys = importer.keys(reader);
                String values = signature(mapping, row);
                Integer earlier = repeatOf(seen, keys, values);
                RowImporter.Outcome outcome = earlier != null ? RowImporter.Outcome.UNCHANGED
                        : transaction.run(() -> importer.apply(reader));
                result.count(outcome);
                for (String key : keys) {
                    seen.putIfAbsent(key, new SeenRow(row.line(), values));
                }
            } catch (RowRejectedException e) {
                result.reject(row.line(), e.reason(true), e.reason(false));
            } catch (ValidationException e) {
                result.reject(row.line(), validationReason(mapping, e, true), validationReason(mapping, e, false));
            } catch (ConflictException e) {
                result.reject(row.line(), Messages.format(Messages.CONFLICT, true, e.getMessage()),
                        Messages.format(Messages.CONFLICT, false, e.getMessage()));
            } catch (AutoShopException | IllegalStateException | IllegalArgumentException e) {
                LOG.warn("Import of {} line {} failed: {}", mapping.kind(), row.line(), e.toString());
                result.reject(row.line(), Messages.format(Messages.FAILED, true, e.getMessage()),
                        Messages.format(Messages.FAILED, false, e.getMessage()));
            }
            progress.accept(rows.isEmpty() ? 100 : (int) ((i + 1) * 100L / rows.size()));
        }
        progress.accept(100);
        return result;
    }

    /**
     * Returns the line of an earlier imported row of this file with the same key and the same values, so that the
     * repeat counts as unchanged, or {@code null} for a row seen first.
     *
     * @throws RowRejectedException when an earlier row has the same key but other values, because importing both
     *     would make the result depend on the row order and a second run of the file would change data again
     */
    private static Integer repeatOf(Map<String, SeenRow> seen, List<String> keys, String values) {
        for (String key : keys) {
            SeenRow earlier = seen.get(key);
            if (earlier == null) {
                continue;
            }
            if (earlier.values().equals(values)) {
                return earlier.line();
            }
            throw new RowRejectedException(Messages.DUPLICATE_IN_FILE, earlier.line(), key.substring(key.indexOf(':') + 1));
        }
        return null;
    }

    /** Returns the row's mapped cells, folded, as one text to compare repeated rows by. */
    private static String signature(ColumnMapping mapping, Table.Row row) {
        StringBuilder text = new StringBuilder();
        for (TransferKind.Column column : mapping.kind().columns()) {
            String value = CellValues.folded(mapping.cell(row, column.field()));
            text.append(value == null ? "" : value).append('\u0000');
        }
        return text.toString();
    }

    /** An imported row of the current file: its line and its values. */
    private record SeenRow(int line, String values) {
    }

    /** Describes each field error of a service, naming the column by its label in the report's language. */
    private static String validationReason(ColumnMapping mapping, ValidationException e, boolean chinese) {
        List<String> parts = new ArrayList<>();
        for (FieldError error : e.errors()) {
            TransferKind.Column column = mapping.kind().column(serviceField(mapping.kind(), error.field()));
            RowReader.Label label = column == null ? new RowReader.Label(error.field(), error.field())
                    : new RowReader.Label(column.chinese(), column.english());
            parts.add(Messages.format(Messages.INVALID_FIELD, chinese, label, error.message()));
        }
        return String.join(chinese ? "；" : "; ", parts);
    }

    /** Maps a field name of a service's validation error to the file's field key. */
    private static String serviceField(TransferKind kind, String field) {
        if (kind == TransferKind.VEHICLES && field.equals("customerId")) {
            return "ownerPhone";
        }
        if (kind == TransferKind.WORK_ORDERS && field.startsWith("laborLines")) {
            return "laborLines";
        }
        if (kind == TransferKind.WORK_ORDERS && field.startsWith("partLines")) {
            return "partLines";
        }
        return field;
    }

    /** The counts and rejected rows of one import. */
    static final class ImportResult {

        volatile int read;
        volatile int created;
        volatile int updated;
        volatile int unchanged;
        final List<Rejection> rejections = new java.util.concurrent.CopyOnWriteArrayList<>();

        void count(RowImporter.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                default -> throw new IllegalArgumentException("Unknown outcome " + outcome);
            }
        }

        void reject(int line, String chinese, String english) {
            rejections.add(new Rejection(line, chinese, english));
        }

        int rejected() {
            return rejections.size();
        }
    }

    /**
     * A rejected row.
     *
     * @param line line or row number in the file
     * @param chinese the reason in Chinese
     * @param english the reason in English
     */
    record Rejection(int line, String chinese, String english) {
    }

    /** An import stopped because its thread was interrupted, for example when the bundle stops. */
    static final class InterruptedImportException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InterruptedImportException(int rowsDone) {
            super("The import was interrupted after " + rowsDone + " rows");
        }
    }
}
