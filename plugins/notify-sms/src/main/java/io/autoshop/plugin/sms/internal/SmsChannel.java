package io.autoshop.plugin.sms.internal;

import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.Notice;
import io.autoshop.api.notice.NoticeChannel;
import java.io.IOException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notice channel {@code sms}: one templated text message per notice through Alibaba Cloud SMS. The idempotency
 * key goes along as {@code OutId}. Logs show masked phone numbers and never the access key secret.
 */
@Component(service = {NoticeChannel.class, SmsChannel.class}, configurationPid = SmsChannel.PID,
        property = NoticeChannel.CHANNEL_PROPERTY + "=" + SmsChannel.ID)
@Designate(ocd = SmsConfig.class)
public final class SmsChannel implements NoticeChannel {

    static final String PID = "io.autoshop.notify.sms";
    static final String ID = "sms";

    private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);

    private volatile SmsSettings settings;
    private volatile AliyunSmsClient client;

    @Activate
    public SmsChannel(SmsConfig config) {
        apply(config);
    }

    @Modified
    void modified(SmsConfig config) {
        apply(config);
    }

    private void apply(SmsConfig config) {
        SmsSettings next = SmsSettings.of(config);
        settings = next;
        client = AliyunSmsClient.create(next);
        LOG.info("SMS channel uses {} with sign name '{}' ({})", next.endpoint(), next.signName(),
                next.configured() ? "configured" : "not configured: access key or sign name missing");
    }

    SmsSettings settings() {
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult send(Notice notice) {
        SmsSettings current = settings;
        if (!current.configured()) {
            return DeliveryResult.retry("SMS channel is not configured: set accessKeyId, accessKeySecret and "
                    + "signName of " + PID);
        }
        Optional<String> templateCode = current.templateCode(notice.event());
        if (templateCode.isEmpty()) {
            return DeliveryResult.skipped("no SMS template code for event " + notice.event());
        }
        String phone = masked(notice.phone());
        SmsResponse response;
        try {
            response = client.send(notice.phone(), templateCode.get(), notice.parameters(),
                    notice.idempotencyKey());
        } catch (IOException e) {
            LOG.warn("SMS {} to {} not sent, provider unreachable: {}", notice.idempotencyKey(), phone, e.toString());
            return DeliveryResult.retry("provider unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted while sending");
        }
        return classify(notice, phone, response);
    }

    private static DeliveryResult classify(Notice notice, String phone, SmsResponse response) {
        if (response.ok()) {
            LOG.info("SMS {} to {} accepted, BizId {}, RequestId {}", notice.idempotencyKey(), phone,
                    response.bizId(), response.requestId());
            return DeliveryResult.sent(response.bizId());
        }
        String reason = "HTTP " + response.httpStatus() + (response.code() == null ? "" : ", " + response.code())
                + (response.message() == null ? "" : ": " + response.message());
        boolean retry = response.code() != null
                ? SmsErrorCodes.isRetryable(response.code())
                : response.httpStatus() >= 500 || response.httpStatus() == 429;
        LOG.warn("SMS {} to {} rejected ({}), RequestId {}: {}", notice.idempotencyKey(), phone,
                retry ? "will retry" : "giving up", response.requestId(), reason);
        return retry ? DeliveryResult.retry(reason) : DeliveryResult.giveUp(reason);
    }

    /**
     * Masks a mobile number for logs: 138****8000.
     */
    static String masked(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
