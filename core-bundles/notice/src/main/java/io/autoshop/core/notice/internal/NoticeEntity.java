package io.autoshop.core.notice.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_NOTICE}, the outbox: one notice for one channel and its delivery state. Its {@code PHONE}
 * column is no longer written, because the phone number is read from the customer at send time.
 */
@Entity(name = "Notice")
@Table(name = "AS_NOTICE")
public class NoticeEntity {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String SKIPPED = "SKIPPED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "IDEMPOTENCY_KEY")
    String idempotencyKey;

    @Column(name = "WORK_ORDER_ID")
    long workOrderId;

    @Column(name = "ORDER_NUMBER")
    String orderNumber;

    @Column(name = "EVENT")
    String event;

    @Column(name = "CHANNEL")
    String channel;

    @Column(name = "CUSTOMER_ID")
    long customerId;

    @Column(name = "PLATE")
    String plate;

    @Column(name = "STATUS_LABEL")
    String statusLabel;

    @Column(name = "LINK")
    String link;

    @Column(name = "AMOUNT")
    BigDecimal amount;

    @Column(name = "MESSAGE_TEXT")
    String text;

    @Column(name = "STATE")
    String state;

    @Column(name = "ATTEMPTS")
    int attempts;

    @Column(name = "NEXT_ATTEMPT_AT")
    long nextAttemptAt;

    @Column(name = "LAST_ERROR")
    String lastError;

    @Column(name = "PROVIDER_ID")
    String providerId;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "SENT_AT")
    Long sentAt;
}
