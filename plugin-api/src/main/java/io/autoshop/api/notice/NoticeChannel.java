package io.autoshop.api.notice;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach customers, such as SMS or WeChat, registered as an OSGi service by a plugin.
 *
 * <p>The core writes one outbox row per notice and channel in the transaction of the change that causes it,
 * and a single dispatcher thread later calls {@link #send} until the channel reports success or gives up. A
 * notice is therefore delivered at least once. It is sent a second time only when the channel delivered it but
 * its result was lost, because of a crash or time-out between delivery and storing the result. The idempotency key of the notice is
 * stable across retries, so a channel whose provider accepts such a key should pass it on.
 *
 * <p>{@code send} runs outside any transaction and may block on the network; it should return within its own
 * time-out. An exception thrown by {@code send} counts as {@link DeliveryResult#retry(String)}.
 */
@ConsumerType
public interface NoticeChannel {

    /** Service property naming the channel, equal to {@link #id()}; optional. */
    String CHANNEL_PROPERTY = "autoshop.notice.channel";

    /**
     * Returns the channel id, a short lower-case name such as {@code sms}, stored with each outbox row.
     */
    String id();

    /**
     * Delivers one notice and reports the outcome.
     */
    DeliveryResult send(Notice notice);
}
