package io.autoshop.plugin.wechat.internal;

import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.Notice;
import io.autoshop.api.notice.NoticeChannel;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notice channel {@code wechat}: a template message of the shop's Official Account to customers who bound their
 * OpenID; other customers are skipped. Logs name the customer id, never the OpenID, AppSecret or token.
 */
@Component(service = {NoticeChannel.class, WeChatChannel.class}, configurationPid = WeChatChannel.PID,
        property = NoticeChannel.CHANNEL_PROPERTY + "=" + WeChatChannel.ID)
@Designate(ocd = WeChatConfig.class)
public final class WeChatChannel implements NoticeChannel {

    static final String PID = "io.autoshop.notify.wechat";
    static final String ID = "wechat";

    /** Errcodes worth another try: system busy, rate limits, and a token that stayed invalid after a refresh. */
    private static final Set<Integer> RETRYABLE = Set.of(-1, 45009, 45011, 40001, 40014, 42001);

    private static final Logger LOG = LoggerFactory.getLogger(WeChatChannel.class);

    private final BindingStore bindings;
    private volatile WeChatSettings settings;
    private volatile WeChatClient client;

    @Activate
    public WeChatChannel(@Reference(target = "(dataSourceName=autoshop)") DataSource dataSource, WeChatConfig config)
            throws SQLException {
        this.bindings = new BindingStore(dataSource);
        bindings.createTableIfMissing();
        apply(config);
    }

    @Modified
    void modified(WeChatConfig config) {
        apply(config);
    }

    private void apply(WeChatConfig config) {
        WeChatSettings next = WeChatSettings.of(config);
        settings = next;
        client = WeChatClient.create(next);
        LOG.info("WeChat channel uses {} with AppID '{}' ({})", next.apiBase(), next.appId(),
                next.configured() ? "configured" : "not configured: AppID or AppSecret missing");
    }

    BindingStore bindings() {
        return bindings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult send(Notice notice) {
        Optional<String> openId;
        try {
            openId = bindings.openId(notice.customerId());
        } catch (SQLException e) {
            LOG.warn("WeChat notice {}: reading the binding of customer {} failed", notice.idempotencyKey(),
                    notice.customerId(), e);
            return DeliveryResult.retry("reading the WeChat binding failed: " + e.getMessage());
        }
        if (openId.isEmpty()) {
            return DeliveryResult.skipped("customer " + notice.customerId() + " has not bound a WeChat account");
        }
        WeChatSettings current = settings;
        if (!current.configured()) {
            return DeliveryResult.retry("WeChat channel is not configured: set appId and appSecret of " + PID);
        }
        Optional<String> templateId = current.templateId(notice.event());
        if (templateId.isEmpty()) {
            return DeliveryResult.skipped("no WeChat template id for event " + notice.event());
        }
        try {
            long messageId = client.sendTemplate(openId.get(), templateId.get(), notice.link(), data(notice));
            LOG.info("WeChat notice {} to customer {} accepted, msgid {}", notice.idempotencyKey(),
                    notice.customerId(), messageId);
            return DeliveryResult.sent(String.valueOf(messageId));
        } catch (WeChatApiException e) {
            boolean retry = RETRYABLE.contains(e.errcode());
            LOG.warn("WeChat notice {} to customer {} rejected ({}): {}", notice.idempotencyKey(),
                    notice.customerId(), retry ? "will retry" : "giving up", e.getMessage());
            return retry ? DeliveryResult.retry(e.getMessage()) : DeliveryResult.giveUp(e.getMessage());
        } catch (IOException e) {
            LOG.warn("WeChat notice {} to customer {} not sent, WeChat unreachable: {}", notice.idempotencyKey(),
                    notice.customerId(), e.toString());
            return DeliveryResult.retry("WeChat unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted while sending");
        }
    }

    static Map<String, String> data(Notice notice) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("first", notice.text());
        data.put("keyword1", notice.workOrderNumber());
        data.put("keyword2", notice.plate());
        data.put("keyword3", notice.statusLabel());
        data.put("keyword4", notice.amount() == null ? "-" : notice.amount().toPlainString() + "元");
        data.put("remark", "点击查看维修进度");
        return data;
    }
}
