package io.autoshop.plugin.sms.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validated SMS settings.
 */
record SmsSettings(String endpoint, String regionId, String accessKeyId, String accessKeySecret, String signName,
        Map<String, String> templateCodes, String defaultTemplateCode, Duration timeout) {

    static SmsSettings of(SmsConfig config) {
        Map<String, String> codes = new HashMap<>();
        // A .cfg file gives the list as one comma-separated value; the Config Admin shell gives separate values.
        List<String> entries = Arrays.stream(config.templateCodes()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("Template code entry '" + entry
                        + "' is invalid: expected EVENT=CODE, for example SETTLED=SMS_123456789");
            }
            codes.put(entry.substring(0, equals).strip().toUpperCase(Locale.ROOT), entry.substring(equals + 1).strip());
        }
        return new SmsSettings(config.endpoint().strip(), config.regionId().strip(), config.accessKeyId().strip(),
                config.accessKeySecret(), config.signName().strip(), Map.copyOf(codes),
                config.defaultTemplateCode().strip(), Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
    }

    boolean configured() {
        return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty() && !signName.isEmpty();
    }

    /**
     * Returns the template code of an event; {@code IN_REPAIR#2}, a status entered again after rework, uses the
     * code of {@code IN_REPAIR}.
     */
    Optional<String> templateCode(String event) {
        int round = event.indexOf('#');
        String status = round < 0 ? event : event.substring(0, round);
        String code = templateCodes.getOrDefault(status, defaultTemplateCode);
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /**
     * Hides the secret when the settings are printed.
     */
    @Override
    public String toString() {
        return "SmsSettings[endpoint=" + endpoint + ", regionId=" + regionId + ", accessKeyId=" + accessKeyId
                + ", signName=" + signName + ", templateCodes=" + templateCodes + "]";
    }
}
