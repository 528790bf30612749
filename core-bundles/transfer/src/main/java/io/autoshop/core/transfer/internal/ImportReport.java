package io.autoshop.core.transfer.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The state and result of one import as the REST API returns it.
 *
 * @param id the import's id
 * @param kind what the file holds: CUSTOMERS, VEHICLES, PARTS or WORK_ORDERS
 * @param fileName the uploaded file's name, may be {@code null}
 * @param dryRun whether the import only checked the file and wrote nothing
 * @param status QUEUED, RUNNING, COMPLETED or FAILED
 * @param progress percentage of rows done, 0 to 100
 * @param counts rows read and what they did
 * @param mapping the column mapping applied: header in the file to field
 * @param rejected the rejected rows with their reasons in the caller's language
 * @param error why a FAILED import stopped, {@code null} otherwise
 * @param createdBy the user who started the import
 * @param createdAt when the import was started
 * @param finishedAt when it completed or failed, {@code null} before
 */
public record ImportReport(long id, String kind, String fileName, boolean dryRun, String status, int progress,
        Counts counts, Map<String, String> mapping, List<RejectedRow> rejected, String error, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    /**
     * Row counts of an import; {@code read} is the sum of the other four once the import has completed.
     */
    public record Counts(int read, int created, int updated, int unchanged, int rejected) {
    }

    /**
     * A rejected row: its line or row number in the file and the reason.
     */
    public record RejectedRow(int line, String reason) {
    }
}
