package io.autoshop.core.notice.internal;

import io.autoshop.api.workorder.WorkOrderStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validated notice settings: notified events, templates, retry policy.
 */
record NoticeSettings(Set<WorkOrderStatus> events, String publicBaseUrl, Map<WorkOrderStatus, String> templates,
        Duration pollInterval, Duration retryInitial, Duration retryMax, int maxAttempts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    static NoticeSettings of(NoticeConfig config) {
        Set<WorkOrderStatus> events = EnumSet.noneOf(WorkOrderStatus.class);
        for (String event : config.events()) {
            if (!event.isBlank()) {
                // An unknown name fails the configuration at once instead of silently notifying nothing.
                events.add(WorkOrderStatus.valueOf(event.strip().toUpperCase(Locale.ROOT)));
            }
        }
        Map<WorkOrderStatus, String> templates = new EnumMap<>(WorkOrderStatus.class);
        templates.put(WorkOrderStatus.RECEIVED, config.template_RECEIVED());
        templates.put(WorkOrderStatus.OPEN, config.template_OPEN());
        templates.put(WorkOrderStatus.IN_REPAIR, config.template_IN_REPAIR());
        templates.put(WorkOrderStatus.INSPECTION, config.template_INSPECTION());
        templates.put(WorkOrderStatus.SETTLED, config.template_SETTLED());
        templates.put(WorkOrderStatus.CANCELLED, config.template_CANCELLED());
        String base = config.publicBaseUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new NoticeSettings(Collections.unmodifiableSet(events), base, Collections.unmodifiableMap(templates),
                Duration.ofSeconds(Math.max(1, config.pollSeconds())),
                Duration.ofSeconds(Math.max(1, config.retryInitialSeconds())),
                Duration.ofSeconds(Math.max(1, config.retryMaxSeconds())), Math.max(1, config.maxAttempts()));
    }

    /**
     * Fills the template's placeholders; an unknown placeholder stays as written so that the mistake shows.
     */
    static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /**
     * Returns the delay before the next attempt after {@code attempts} failed ones: the first delay doubled per
     * further failure, at most the maximum delay.
     */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(0, attempts - 1), 30);
        long millis = retryInitial.toMillis() << doublings;
        return millis <= 0 || millis > retryMax.toMillis() ? retryMax : Duration.ofMillis(millis);
    }

    String linkOf(String trackingUrl) {
        return trackingUrl == null ? null : publicBaseUrl + trackingUrl;
    }
}
