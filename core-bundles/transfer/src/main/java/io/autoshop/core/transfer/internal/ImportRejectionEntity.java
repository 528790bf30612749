package io.autoshop.core.transfer.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_IMPORT_REJECTION}: a rejected line of an import with its reason in Chinese and English.
 */
@Entity(name = "ImportRejection")
@Table(name = "AS_IMPORT_REJECTION")
public class ImportRejectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "JOB_ID")
    long jobId;

    @Column(name = "LINE_NUMBER")
    int line;

    @Column(name = "REASON_ZH")
    String reasonChinese;

    @Column(name = "REASON_EN")
    String reasonEnglish;
}
