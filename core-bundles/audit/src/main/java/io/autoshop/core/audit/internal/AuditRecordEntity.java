package io.autoshop.core.audit.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_AUDIT_LOG}. Rows are only ever inserted.
 */
@Entity(name = "AuditRecord")
@Table(name = "AS_AUDIT_LOG")
public class AuditRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    /** Epoch milliseconds (UTC). */
    @Column(name = "HAPPENED_AT")
    long at;

    @Column(name = "ACTOR")
    String actor;

    @Column(name = "USER_ID")
    Long userId;

    @Column(name = "ENTITY_TYPE")
    String entity;

    @Column(name = "ENTITY_ID")
    long entityId;

    @Column(name = "AUDIT_ACTION")
    String action;

    @Column(name = "BEFORE_JSON")
    String beforeJson;

    @Column(name = "AFTER_JSON")
    String afterJson;
}
