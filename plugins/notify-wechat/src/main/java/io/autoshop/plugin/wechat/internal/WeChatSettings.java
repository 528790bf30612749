package io.autoshop.plugin.wechat.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validated WeChat settings.
 */
record WeChatSettings(String apiBase, String appId, String appSecret, Map<String, String> templateIds,
        String defaultTemplateId, Duration timeout) {

    static WeChatSettings of(WeChatConfig config) {
        Map<String, String> ids = new HashMap<>();
        for (String entry : config.templateIds()) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("Template id entry '" + entry
                        + "' is invalid: expected EVENT=ID, for example SETTLED=Xy1");
            }
            ids.put(entry.substring(0, equals).strip().toUpperCase(Locale.ROOT), entry.substring(equals + 1).strip());
        }
        String base = config.apiBase().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new WeChatSettings(base, config.appId().strip(), config.appSecret(), Map.copyOf(ids),
                config.defaultTemplateId().strip(), Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
    }

    boolean configured() {
        return !appId.isEmpty() && !appSecret.isEmpty();
    }

    /**
     * Returns the template id of an event; {@code IN_REPAIR#2}, a status entered again after rework, uses the id
     * of {@code IN_REPAIR}.
     */
    Optional<String> templateId(String event) {
        int round = event.indexOf('#');
        String status = round < 0 ? event : event.substring(0, round);
        String id = templateIds.getOrDefault(status, defaultTemplateId);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /**
     * Hides the secret when the settings are printed.
     */
    @Override
    public String toString() {
        return "WeChatSettings[apiBase=" + apiBase + ", appId=" + appId + ", templateIds=" + templateIds + "]";
    }
}
