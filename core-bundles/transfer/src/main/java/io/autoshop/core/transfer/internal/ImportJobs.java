package io.autoshop.core.transfer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.workorder.WorkOrderService;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import io.autoshop.core.workorder.HistoricalOrderService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts import files, runs them one at a time on a background thread and keeps their records in the database.
 *
 * <p>The file is read and its columns mapped while the upload request waits, so that an unreadable file or a
 * missing column is rejected at once. The rows then run in the background, each in its own transaction. A dry run
 * runs all rows in one transaction that is always rolled back, so it reports what a real run would do and writes
 * nothing. The upload itself is not stored: an import that a restart interrupts is marked FAILED, and running the
 * file again is safe because a re-run only finds unchanged rows.
 */
@Component(service = ImportJobs.class)
public final class ImportJobs {

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    /** Largest file accepted, in bytes. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Largest number of data rows in one file. */
    static final int MAX_ROWS = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions transactions;
    private final ShopClock clock;
    private final Map<TransferKind, RowImporter> importers;
    private final Map<Long, ImportRunner.ImportResult> running = new ConcurrentHashMap<>();
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    @Activate
    public ImportJobs(
            @Reference(target = "(autoshop.persistence.owners=" + TransferEntities.OWNER + ")") Transactions transactions,
            @Reference ShopClock clock, @Reference CustomerService customers, @Reference InventoryService inventory,
            @Reference WorkOrderService workOrders, @Reference HistoricalOrderService historicalOrders) {
        this.transactions = transactions;
        this.clock = clock;
        this.importers = Map.of(
                TransferKind.CUSTOMERS, new CustomerRows(customers),
                TransferKind.VEHICLES, new VehicleRows(customers),
                TransferKind.PARTS, new PartRows(inventory),
                TransferKind.WORK_ORDERS, new OrderRows(customers, inventory, workOrders, historicalOrders,
                        clock.zone()));
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autoshop-import");
            thread.setDaemon(true);
            return thread;
        });
        failInterrupted();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("The import thread did not stop within 10 s");
        }
        LOG.info("Import service stopped");
    }

    /**
     * Reads the file, maps its columns and queues the import.
     *
     * @param overridesJson a JSON object of header to field that confirms or changes the detected mapping, may be
     *     {@code null}
     * @throws ValidationException for an unknown kind, an unreadable file or mapping, or a missing column
     */
    public ImportReport start(String kindName, String fileName, byte[] content, boolean dryRun, String overridesJson) {
        TransferKind kind = TransferKind.parse(kindName);
        if (kind == null) {
            throw new ValidationException("kind", "must be one of CUSTOMERS, VEHICLES, PARTS, WORK_ORDERS, got '"
                    + kindName + "'");
        }
        if (content == null) {
            throw new ValidationException("file", "is required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new ValidationException("file", "must be at most " + MAX_FILE_BYTES + " bytes, got "
                    + content.length);
        }
        Map<String, String> overrides = parseOverrides(overridesJson);
        Table table;
        try {
            table = Spreadsheets.read(content);
        } catch (Spreadsheets.InvalidFileException e) {
            throw new ValidationException("file", e.getMessage());
        }
        if (table.headers().isEmpty()) {
            throw new ValidationException("file", "has no header row");
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new ValidationException("file", "must have at most " + MAX_ROWS + " rows, got "
                    + table.rows().size());
        }
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.detect(kind, table.headers(), overrides);
        } catch (ColumnMapping.MappingException e) {
            throw new ValidationException(overrides.isEmpty() ? "file" : "mapping", e.getMessage());
        }

        ImportJobEntity job = new ImportJobEntity();
        job.kind = kind.name();
        job.fileName = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        job.dryRun = (short) (dryRun ? 1 : 0);
        job.status = QUEUED;
        job.mapping = toJson(mapping.asMap());
        job.createdBy = CallerContext.actor();
        job.createdAt = clock.now().toEpochMilli();
        ImportReport queued = transactions.required(em -> {
            em.persist(job);
            em.flush();
            return report(job, List.of(), true);
        });
        Optional<Caller> caller = CallerContext.current();
        LOG.info("Queued import {} of {} from '{}' with {} rows{}", job.id, kind, fileName, table.rows().size(),
                dryRun ? " as a dry run" : "");
        executor.execute(() -> run(job.id, table, mapping, dryRun, caller));
        return queued;
    }

    /** Returns the import with its rejected rows in Chinese or English. */
    public ImportReport get(long id, boolean chinese) {
        return transactions.required(em -> {
            ImportJobEntity job = em.find(ImportJobEntity.class, id);
            if (job == null) {
                throw NotFoundException.of("Import", id);
            }
            List<ImportRejectionEntity> rejections = em.createQuery(
                    "SELECT r FROM ImportRejection r WHERE r.jobId = :id ORDER BY r.line, r.id",
                    ImportRejectionEntity.class).setParameter("id", id).getResultList();
            return report(job, rejections, chinese);
        });
    }

    /** Lists imports, newest first, without their rejected rows. */
    public Page<ImportReport> list(PageRequest page) {
        return transactions.required(em -> {
            List<ImportReport> items = em
                    .createQuery("SELECT j FROM ImportJob j ORDER BY j.id DESC", ImportJobEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(job -> report(job, List.of(), true)).toList();
            long total = em.createQuery("SELECT COUNT(j) FROM ImportJob j", Long.class).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    private void run(long id, Table table, ColumnMapping mapping, boolean dryRun, Optional<Caller> caller) {
        CallerContext.Scope scope = caller.map(CallerContext::bind).orElse(() -> { });
        try (scope) {
            setStatus(id, RUNNING);
            long started = System.nanoTime();
            ImportRunner.ImportResult result = dryRun ? dryRun(id, table, mapping) : realRun(id, table, mapping);
            finish(id, result);
            LOG.info("Import {} of {} completed in {} ms: {} read, {} created, {} updated, {} unchanged, {} rejected",
                    id, mapping.kind(), (System.nanoTime() - started) / 1_000_000, result.read, result.created,
                    result.updated, result.unchanged, result.rejected());
        } catch (RuntimeException e) {
            LOG.error("Import {} of {} failed: {}", id, mapping.kind(), e.toString(), e);
            fail(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            running.remove(id);
            progress.remove(id);
        }
    }

    private ImportRunner.ImportResult realRun(long id, Table table, ColumnMapping mapping) {
        RowImporter importer = importers.get(mapping.kind());
        ImportRunner.ImportResult result = new ImportRunner.ImportResult();
        running.put(id, result);
        return ImportRunner.run(table, mapping, importer, work -> transactions.required(em -> work.get()),
                percent -> progress.put(id, percent), result);
    }

    // NOTE: all rows of a dry run share one transaction. A row that a service rejects after it wrote part of its
    // changes leaves them visible to later rows of the same file, where a real run would have rolled them back.
    private ImportRunner.ImportResult dryRun(long id, Table table, ColumnMapping mapping) {
        RowImporter importer = importers.get(mapping.kind());
        ImportRunner.ImportResult live = new ImportRunner.ImportResult();
        running.put(id, live);
        try {
            transactions.required(em -> {
                ImportRunner.ImportResult result = ImportRunner.run(table, mapping, importer, work -> work.get(),
                        percent -> progress.put(id, percent), live);
                throw new DryRunFinished(result);
            });
            throw new IllegalStateException("A dry run did not roll back");
        } catch (DryRunFinished finished) {
            return finished.result;
        }
    }

    private void setStatus(long id, String status) {
        transactions.required(em -> {
            ImportJobEntity job = em.find(ImportJobEntity.class, id);
            job.status = status;
            return null;
        });
    }

    private void finish(long id, ImportRunner.ImportResult result) {
        transactions.required(em -> {
            ImportJobEntity job = em.find(ImportJobEntity.class, id);
            job.status = COMPLETED;
            job.progress = 100;
            job.readCount = result.read;
            job.createdCount = result.created;
            job.updatedCount = result.updated;
            job.unchangedCount = result.unchanged;
            job.rejectedCount = result.rejected();
            job.finishedAt = clock.now().toEpochMilli();
            for (ImportRunner.Rejection rejection : result.rejections) {
                ImportRejectionEntity row = new ImportRejectionEntity();
                row.jobId = id;
                row.line = rejection.line();
                row.reasonChinese = truncate(rejection.chinese());
                row.reasonEnglish = truncate(rejection.english());
                em.persist(row);
            }
            return null;
        });
    }

    private void fail(long id, String error) {
        try {
            transactions.required(em -> {
                ImportJobEntity job = em.find(ImportJobEntity.class, id);
                if (job != null) {
                    job.status = FAILED;
                    job.error = truncate(error);
                    job.finishedAt = clock.now().toEpochMilli();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Failed to record the failure of import {}: {}", id, e.toString(), e);
        }
    }

    /** Marks imports that a stop or restart interrupted as failed, since their files were not kept. */
    private void failInterrupted() {
        int count = transactions.required(em -> {
            List<ImportJobEntity> jobs = em.createQuery(
                    "SELECT j FROM ImportJob j WHERE j.status = :queued OR j.status = :running", ImportJobEntity.class)
                    .setParameter("queued", QUEUED).setParameter("running", RUNNING).getResultList();
            for (ImportJobEntity job : jobs) {
                job.status = FAILED;
                job.error = "The shop stopped before the import finished; upload the file again";
                job.finishedAt = clock.now().toEpochMilli();
                LOG.warn("Import {} was interrupted by a stop and is marked failed", job.id);
            }
            return jobs.size();
        });
        LOG.info("Import service started; {} interrupted imports marked failed", count);
    }

    private ImportReport report(ImportJobEntity job, List<ImportRejectionEntity> rejections, boolean chinese) {
        ImportReport.Counts counts = new ImportReport.Counts(job.readCount, job.createdCount, job.updatedCount,
                job.unchangedCount, job.rejectedCount);
        int percent = job.progress;
        String status = job.status;
        ImportRunner.ImportResult live = running.get(job.id);
        Integer liveProgress = progress.get(job.id);
        if (liveProgress != null && RUNNING.equals(status)) {
            percent = liveProgress;
        }
        if (live != null && RUNNING.equals(status)) {
            counts = new ImportReport.Counts(live.read, live.created, live.updated, live.unchanged, live.rejected());
        }
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        for (ImportRejectionEntity row : rejections) {
            rejected.add(new ImportReport.RejectedRow(row.line, chinese ? row.reasonChinese : row.reasonEnglish));
        }
        return new ImportReport(job.id, job.kind, job.fileName, job.dryRun == 1, status, percent, counts,
                fromJson(job.mapping), rejected, job.error, job.createdBy, clock.toShopTime(job.createdAt),
                clock.toShopTime(job.finishedAt));
    }

    private static Map<String, String> parseOverrides(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> parsed = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
            return parsed == null ? Map.of() : parsed;
        } catch (JsonProcessingException e) {
            throw new ValidationException("mapping", "must be a JSON object of column header to field, such as "
                    + "{\"手机号码\": \"phone\"}: " + e.getOriginalMessage());
        }
    }

    private static String toJson(Map<String, String> mapping) {
        try {
            String json = JSON.writeValueAsString(mapping);
            if (json.length() > 4000) {
                throw new ValidationException("file", "has too many or too long column headers");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write a column mapping as JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored column mapping is not valid JSON", e);
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    /** Carries a dry run's result out of the transaction that it rolls back. */
    private static final class DryRunFinished extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient ImportRunner.ImportResult result;

        DryRunFinished(ImportRunner.ImportResult result) {
            super("dry run finished", null, false, false);
            this.result = result;
        }
    }
}
