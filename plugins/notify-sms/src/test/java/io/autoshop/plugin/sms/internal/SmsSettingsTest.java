package io.autoshop.plugin.sms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

    @Test
    void commaSeparatedCodesFromCfgFileAreSplit() {
        SmsSettings settings = SmsSettings.of(configWith("RECEIVED=SMS_100,INSPECTION=SMS_101, SETTLED=SMS_200"));

        assertEquals(3, settings.templateCodes().size());
        assertEquals("SMS_100", settings.templateCodes().get("RECEIVED"));
        assertEquals("SMS_101", settings.templateCodes().get("INSPECTION"));
        assertEquals("SMS_200", settings.templateCodes().get("SETTLED"));
    }

    @Test
    void separateValuesStayAsTheyAre() {
        SmsSettings settings = SmsSettings.of(configWith("RECEIVED=SMS_100", "SETTLED=SMS_200"));

        assertEquals(2, settings.templateCodes().size());
        assertEquals("SMS_200", settings.templateCodes().get("SETTLED"));
    }

    private static SmsConfig configWith(String... codes) {
        SmsConfig base = SmsChannelTest.config("http://127.0.0.1:1/", "secret");
        return new SmsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SmsConfig.class;
            }

            @Override
            public String endpoint() {
                return base.endpoint();
            }

            @Override
            public String regionId() {
                return base.regionId();
            }

            @Override
            public String accessKeyId() {
                return base.accessKeyId();
            }

            @Override
            public String accessKeySecret() {
                return base.accessKeySecret();
            }

            @Override
            public String signName() {
                return base.signName();
            }

            @Override
            public String[] templateCodes() {
                return codes;
            }

            @Override
            public String defaultTemplateCode() {
                return base.defaultTemplateCode();
            }

            @Override
            public int timeoutSeconds() {
                return base.timeoutSeconds();
            }
        };
    }
}
