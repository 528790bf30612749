package io.autoshop.core.transfer.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_IMPORT_JOB}: one import with its counts once it has finished.
 */
@Entity(name = "ImportJob")
@Table(name = "AS_IMPORT_JOB")
public class ImportJobEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "KIND")
    String kind;

    @Column(name = "FILE_NAME")
    String fileName;

    /** 1 for a dry run, 0 otherwise; SMALLINT because the schema runs on Derby and PostgreSQL alike. */
    @Column(name = "DRY_RUN")
    short dryRun;

    @Column(name = "STATUS")
    String status;

    @Column(name = "PROGRESS")
    int progress;

    @Column(name = "READ_COUNT")
    int readCount;

    @Column(name = "CREATED_COUNT")
    int createdCount;

    @Column(name = "UPDATED_COUNT")
    int updatedCount;

    @Column(name = "UNCHANGED_COUNT")
    int unchangedCount;

    @Column(name = "REJECTED_COUNT")
    int rejectedCount;

    /** The applied column mapping as a JSON object of header to field. */
    @Column(name = "MAPPING")
    String mapping;

    @Column(name = "ERROR")
    String error;

    @Column(name = "CREATED_BY")
    String createdBy;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "FINISHED_AT")
    Long finishedAt;
}
