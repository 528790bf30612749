package io.autoshop.api.notice;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One notice to one customer over one channel, as stored in the outbox.
 *
 * @param idempotencyKey key unique per work order, event and channel, for example {@code WO42:SETTLED:sms}
 * @param workOrderId the order the notice is about
 * @param workOrderNumber its readable number
 * @param event the event that caused it: the status the order entered, such as {@code SETTLED}
 * @param customerId the customer to notify
 * @param phone the customer's mobile number, 11 digits
 * @param plate the vehicle's plate
 * @param statusLabel the order's status in Chinese, such as 已结算
 * @param link absolute URL of the customer's progress page
 * @param amount the order total, {@code null} before settlement
 * @param text the message rendered from the shop's template for this event
 * @param attempt how many times delivery was tried before, 0 for the first try
 */
public record Notice(String idempotencyKey, long workOrderId, String workOrderNumber, String event,
        long customerId, String phone, String plate, String statusLabel, String link, BigDecimal amount,
        String text, int attempt) {

    /** Placeholder names available to templates and to providers' template parameters. */
    public static final String PLATE = "plate";
    public static final String STATUS = "status";
    public static final String LINK = "link";
    public static final String AMOUNT = "amount";
    public static final String NUMBER = "number";

    /**
     * Returns the placeholder values of this notice: plate, status, link, amount (two decimals, empty before
     * settlement) and number.
     */
    public Map<String, String> parameters() {
        return Map.of(PLATE, plate, STATUS, statusLabel, LINK, link == null ? "" : link,
                AMOUNT, amount == null ? "" : amount.toPlainString(), NUMBER, workOrderNumber);
    }
}
