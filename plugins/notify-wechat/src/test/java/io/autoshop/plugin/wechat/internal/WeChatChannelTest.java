package io.autoshop.plugin.wechat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.DeliveryResult.Outcome;
import io.autoshop.api.notice.Notice;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WeChatChannelTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String OPEN_ID = "oAbCdEfGhIjKlMnOpQrStUvWxYz0";

    private final FakeWeChat wechat = new FakeWeChat();
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    WeChatChannelTest() throws Exception {
        dataSource.setDatabaseName("memory:wechat-" + DATABASES.incrementAndGet());
        dataSource.setCreateDatabase("create");
    }

    @AfterEach
    void stopServer() {
        wechat.close();
    }

    @Test
    void sendsTemplateWithCachedToken() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);

        DeliveryResult first = channel.send(notice("SETTLED"));
        DeliveryResult second = channel.send(notice("INSPECTION"));

        assertEquals(Outcome.SENT, first.outcome(), first.detail());
        assertEquals("1001", first.detail());
        assertEquals(Outcome.SENT, second.outcome(), second.detail());
        assertEquals(1, wechat.tokenRequests());
        JsonNode message = wechat.messages().get(0);
        assertEquals(OPEN_ID, message.get("touser").asText());
        assertEquals("tpl-settled", message.get("template_id").asText());
        assertEquals("http://shop.example/track/abc", message.get("url").asText());
        assertEquals("您的爱车浙B7G2K1已结算", message.at("/data/first/value").asText());
        assertEquals("WO20260305-0001", message.at("/data/keyword1/value").asText());
        assertEquals("浙B7G2K1", message.at("/data/keyword2/value").asText());
        assertEquals("1280.00元", message.at("/data/keyword4/value").asText());
        assertEquals("tpl-default", wechat.messages().get(1).get("template_id").asText());
    }

    @Test
    void expiredTokenIsRefreshed() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);
        assertEquals(Outcome.SENT, channel.send(notice("SETTLED")).outcome());
        wechat.expireToken();

        DeliveryResult result = channel.send(notice("SETTLED"));

        assertEquals(Outcome.SENT, result.outcome(), result.detail());
        assertEquals(2, wechat.tokenRequests());
        assertEquals(2, wechat.messages().size());
    }

    @Test
    void tokenNearExpiryIsFetchedAgain() throws Exception {
        wechat.expiresIn(300);
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);

        channel.send(notice("SETTLED"));
        channel.send(notice("SETTLED"));

        assertEquals(2, wechat.tokenRequests());
    }

    @Test
    void invalidCredentialAfterRefreshIsRetried() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);
        wechat.script(40001, "invalid credential");
        wechat.script(40001, "invalid credential");

        DeliveryResult result = channel.send(notice("SETTLED"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertEquals(2, wechat.tokenRequests());
    }

    @Test
    void busySystemIsRetried() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);
        wechat.script(-1, "system error");

        DeliveryResult result = channel.send(notice("SETTLED"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.detail().contains("errcode -1"), result.detail());
    }

    @Test
    void unsubscribedUserGivesUp() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);
        wechat.script(43004, "require subscribe");

        assertEquals(Outcome.GIVE_UP, channel.send(notice("SETTLED")).outcome());
    }

    @Test
    void wrongSecretGivesUp() throws Exception {
        WeChatChannel channel = boundChannel("wrong-secret");

        DeliveryResult result = channel.send(notice("SETTLED"));

        assertEquals(Outcome.GIVE_UP, result.outcome());
        assertTrue(result.detail().contains("40125"), result.detail());
    }

    @Test
    void outageIsRetried() throws Exception {
        WeChatChannel channel = boundChannel(FakeWeChat.APP_SECRET);
        wechat.close();

        DeliveryResult result = channel.send(notice("SETTLED"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.detail().startsWith("WeChat unreachable"), result.detail());
    }

    @Test
    void unboundCustomerIsSkipped() throws Exception {
        WeChatChannel channel = new WeChatChannel(dataSource, config(wechat.apiBase(), FakeWeChat.APP_SECRET));

        assertEquals(Outcome.SKIPPED, channel.send(notice("SETTLED")).outcome());
        assertEquals(0, wechat.tokenRequests());
    }

    @Test
    void bindingSurvivesNewChannel() throws Exception {
        boundChannel(FakeWeChat.APP_SECRET);

        WeChatChannel reinstalled = new WeChatChannel(dataSource, config(wechat.apiBase(), FakeWeChat.APP_SECRET));

        assertEquals(OPEN_ID, reinstalled.bindings().openId(3).orElseThrow());
        assertTrue(reinstalled.bindings().unbind(3));
        assertTrue(reinstalled.bindings().openId(3).isEmpty());
    }

    private WeChatChannel boundChannel(String secret) throws Exception {
        WeChatChannel channel = new WeChatChannel(dataSource, config(wechat.apiBase(), secret));
        channel.bindings().bind(3, "o-old-binding-0000000000", 1L);
        channel.bindings().bind(3, OPEN_ID, 2L);
        return channel;
    }

    private static Notice notice(String event) {
        return new Notice("WO7:" + event + ":wechat", 7, "WO20260305-0001", event, 3, "13800138000", "浙B7G2K1",
                "已结算", "http://shop.example/track/abc", new BigDecimal("1280.00"), "您的爱车浙B7G2K1已结算", 0);
    }

    private static WeChatConfig config(String apiBase, String secret) {
        return new WeChatConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WeChatConfig.class;
            }

            @Override
            public String apiBase() {
                return apiBase + "/";
            }

            @Override
            public String appId() {
                return FakeWeChat.APP_ID;
            }

            @Override
            public String appSecret() {
                return secret;
            }

            @Override
            public String[] templateIds() {
                return new String[] {"SETTLED=tpl-settled"};
            }

            @Override
            public String defaultTemplateId() {
                return "tpl-default";
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }
}
