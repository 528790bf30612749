package io.autoshop.plugin.sms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.DeliveryResult.Outcome;
import io.autoshop.api.notice.Notice;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmsChannelTest {

    private final FakeDysmsapi provider = new FakeDysmsapi();

    SmsChannelTest() throws Exception {
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void sendsSignedTemplatedMessage() throws Exception {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        DeliveryResult result = channel.send(notice("SETTLED", "13800138000"));

        assertEquals(Outcome.SENT, result.outcome(), result.detail());
        assertEquals("biz-1", result.detail());
        Map<String, String> request = provider.accepted().get(0);
        assertEquals("13800138000", request.get("PhoneNumbers"));
        assertEquals("汽修小店", request.get("SignName"));
        assertEquals("SMS_200", request.get("TemplateCode"));
        assertEquals("WO7:SETTLED:sms", request.get("OutId"));
        assertEquals("JSON", request.get("Format"));
        Map<?, ?> parameters = new ObjectMapper().readValue(request.get("TemplateParam"), Map.class);
        assertEquals("浙B7G2K1", parameters.get("plate"));
        assertEquals("已结算", parameters.get("status"));
        assertEquals("1280.00", parameters.get("amount"));
        assertEquals("http://shop.example/track/abc", parameters.get("link"));
        assertEquals("WO20260305-0001", parameters.get("number"));
    }

    @Test
    void reworkRoundUsesStatusTemplate() {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        DeliveryResult result = channel.send(notice("IN_REPAIR#2", "13800138000"));

        assertEquals(Outcome.SENT, result.outcome(), result.detail());
        assertEquals("SMS_100", provider.accepted().get(0).get("TemplateCode"));
    }

    @Test
    void wrongSecretGivesUp() {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), "another-secret"));

        DeliveryResult result = channel.send(notice("SETTLED", "13800138000"));

        assertEquals(Outcome.GIVE_UP, result.outcome());
        assertTrue(result.detail().contains("SignatureDoesNotMatch"), result.detail());
        assertTrue(provider.accepted().isEmpty());
    }

    @Test
    void throttlingIsRetried() {
        provider.script(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\"}");
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        DeliveryResult result = channel.send(notice("SETTLED", "13800138000"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.detail().contains("isv.BUSINESS_LIMIT_CONTROL"), result.detail());
    }

    @Test
    void invalidNumberGivesUp() {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        DeliveryResult result = channel.send(notice("SETTLED", "12345"));

        assertEquals(Outcome.GIVE_UP, result.outcome());
        assertTrue(result.detail().contains("isv.MOBILE_NUMBER_ILLEGAL"), result.detail());
    }

    @Test
    void serverErrorIsRetried() {
        provider.script(503, "");
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        assertEquals(Outcome.RETRY, channel.send(notice("SETTLED", "13800138000")).outcome());
    }

    @Test
    void providerErrorCodeIsRetried() {
        provider.script(500, "{\"Code\":\"isp.SYSTEM_ERROR\",\"Message\":\"系统异常\"}");
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        assertEquals(Outcome.RETRY, channel.send(notice("SETTLED", "13800138000")).outcome());
    }

    @Test
    void outageIsRetried() {
        String endpoint = provider.endpoint();
        provider.close();
        SmsChannel channel = new SmsChannel(config(endpoint, FakeDysmsapi.SECRET));

        DeliveryResult result = channel.send(notice("SETTLED", "13800138000"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.detail().startsWith("provider unreachable"), result.detail());
    }

    @Test
    void retrySignsWithFreshNonce() {
        provider.script(200, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow "
                + "control.\"}");
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        assertEquals(Outcome.RETRY, channel.send(notice("SETTLED", "13800138000")).outcome());
        assertEquals(Outcome.SENT, channel.send(notice("SETTLED", "13800138000")).outcome());
    }

    @Test
    void missingTemplateCodeSkips() {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), FakeDysmsapi.SECRET));

        assertEquals(Outcome.SKIPPED, channel.send(notice("CANCELLED", "13800138000")).outcome());
    }

    @Test
    void unconfiguredChannelRetries() {
        SmsChannel channel = new SmsChannel(config(provider.endpoint(), ""));

        DeliveryResult result = channel.send(notice("SETTLED", "13800138000"));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(provider.accepted().isEmpty());
    }

    @Test
    void maskedKeepsPrefixAndLastFour() {
        assertEquals("138****8000", SmsChannel.masked("13800138000"));
        assertEquals("***", SmsChannel.masked("123"));
    }

    @Test
    void settingsTextHidesSecret() {
        SmsSettings settings = SmsSettings.of(config(provider.endpoint(), FakeDysmsapi.SECRET));

        assertTrue(!settings.toString().contains(FakeDysmsapi.SECRET), settings.toString());
    }

    static Notice notice(String event, String phone) {
        return new Notice("WO7:" + event + ":sms", 7, "WO20260305-0001", event, 3, phone, "浙B7G2K1", "已结算",
                "http://shop.example/track/abc", new BigDecimal("1280.00"), "您的爱车浙B7G2K1已结算", 0);
    }

    static SmsConfig config(String endpoint, String secret) {
        return new SmsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SmsConfig.class;
            }

            @Override
            public String endpoint() {
                return endpoint;
            }

            @Override
            public String regionId() {
                return "cn-hangzhou";
            }

            @Override
            public String accessKeyId() {
                return FakeDysmsapi.KEY_ID;
            }

            @Override
            public String accessKeySecret() {
                return secret;
            }

            @Override
            public String signName() {
                return "汽修小店";
            }

            @Override
            public String[] templateCodes() {
                return new String[] {"RECEIVED=SMS_001", "IN_REPAIR=SMS_100", "SETTLED=SMS_200"};
            }

            @Override
            public String defaultTemplateCode() {
                return "";
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }
}
