package io.autoshop.api.notice;

import java.time.Duration;
import java.util.Objects;

/**
 * Outcome of one delivery attempt.
 *
 * @param outcome what the dispatcher does next
 * @param detail the provider's message id on success, or the reason of a failure; never a secret
 * @param retryAfter for {@link Outcome#RETRY}, the earliest next attempt the provider asked for, or
 *        {@code null} to use the exponential back-off
 */
public record DeliveryResult(Outcome outcome, String detail, Duration retryAfter) {

    /** Delivery state of the notice after the attempt. */
    public enum Outcome {
        /** Accepted by the provider; never sent again. */
        SENT,
        /** Not delivered for a passing reason (outage, throttling); tried again later. */
        RETRY,
        /** Not deliverable (invalid number, rejected template, bad credentials); never tried again. */
        GIVE_UP,
        /** Not meant for this customer, for example no WeChat account bound; never tried again. */
        SKIPPED
    }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static DeliveryResult sent(String messageId) {
        return new DeliveryResult(Outcome.SENT, messageId, null);
    }

    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Outcome.RETRY, reason, null);
    }

    public static DeliveryResult retryAfter(String reason, Duration delay) {
        return new DeliveryResult(Outcome.RETRY, reason, delay);
    }

    public static DeliveryResult giveUp(String reason) {
        return new DeliveryResult(Outcome.GIVE_UP, reason, null);
    }

    public static DeliveryResult skipped(String reason) {
        return new DeliveryResult(Outcome.SKIPPED, reason, null);
    }
}
