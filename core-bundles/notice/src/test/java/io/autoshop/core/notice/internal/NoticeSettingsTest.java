package io.autoshop.core.notice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.workorder.WorkOrderStatus;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeSettingsTest {

    @Test
    void renderFillsKnownPlaceholders() {
        String text = NoticeSettings.render("您的爱车{plate}已结算，金额{amount}元。{link}",
                Map.of("plate", "浙B7G2K1", "amount", "1280.00", "link", "http://shop/track/abc"));

        assertEquals("您的爱车浙B7G2K1已结算，金额1280.00元。http://shop/track/abc", text);
    }

    @Test
    void renderKeepsUnknownPlaceholder() {
        assertEquals("车牌{plat}", NoticeSettings.render("车牌{plat}", Map.of("plate", "浙B7G2K1")));
    }

    @Test
    void renderQuotesDollarSigns() {
        assertEquals("价格$5", NoticeSettings.render("价格{amount}", Map.of("amount", "$5")));
    }

    @Test
    void backoffDoublesUpToMaximum() {
        NoticeSettings settings = NoticeSettings.of(config(new String[] {"SETTLED"}, 30, 3600));

        assertEquals(Duration.ofSeconds(30), settings.backoff(1));
        assertEquals(Duration.ofSeconds(60), settings.backoff(2));
        assertEquals(Duration.ofSeconds(120), settings.backoff(3));
        assertEquals(Duration.ofSeconds(3600), settings.backoff(8));
        assertEquals(Duration.ofSeconds(3600), settings.backoff(200));
    }

    @Test
    void eventsAreParsedCaseInsensitively() {
        NoticeSettings settings = NoticeSettings.of(config(new String[] {" received", "SETTLED", ""}, 30, 3600));

        assertEquals(2, settings.events().size());
        assertTrue(settings.events().contains(WorkOrderStatus.RECEIVED));
        assertTrue(settings.events().contains(WorkOrderStatus.SETTLED));
    }

    @Test
    void unknownEventIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> NoticeSettings.of(config(new String[] {"READY"}, 30, 3600)));
    }

    @Test
    void linkJoinsBaseWithoutDoubleSlash() {
        NoticeSettings settings = NoticeSettings.of(config(new String[] {"SETTLED"}, 30, 3600));

        assertEquals("http://127.0.0.1:8181/track/abc", settings.linkOf("/track/abc"));
    }

    private static NoticeConfig config(String[] events, int initial, int max) {
        return new NoticeConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NoticeConfig.class;
            }

            @Override
            public String[] events() {
                return events;
            }

            @Override
            public String publicBaseUrl() {
                return "http://127.0.0.1:8181/";
            }

            @Override
            public String template_RECEIVED() {
                return "R {plate}";
            }

            @Override
            public String template_OPEN() {
                return "O";
            }

            @Override
            public String template_IN_REPAIR() {
                return "I";
            }

            @Override
            public String template_INSPECTION() {
                return "Q";
            }

            @Override
            public String template_SETTLED() {
                return "S {amount}";
            }

            @Override
            public String template_CANCELLED() {
                return "C";
            }

            @Override
            public int pollSeconds() {
                return 10;
            }

            @Override
            public int retryInitialSeconds() {
                return initial;
            }

            @Override
            public int retryMaxSeconds() {
                return max;
            }

            @Override
            public int maxAttempts() {
                return 20;
            }
        };
    }
}
