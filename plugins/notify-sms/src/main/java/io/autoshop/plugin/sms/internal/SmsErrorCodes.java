package io.autoshop.plugin.sms.internal;

import java.util.Set;

/**
 * Sorts Alibaba Cloud SMS error codes into those worth retrying (throttling, quota, provider faults) and those
 * that the same request will always get (invalid number, template, signature or credentials).
 */
final class SmsErrorCodes {

    private static final Set<String> RETRYABLE = Set.of(
            "isv.BUSINESS_LIMIT_CONTROL", // per-number rate limit: 1 a minute, 5 an hour, 10 a day by default
            "isv.DAY_LIMIT_CONTROL",
            "isv.OUT_OF_SERVICE", // account suspended, usually for arrears
            "isv.AMOUNT_NOT_ENOUGH",
            "isp.SYSTEM_ERROR",
            "isp.GATEWAY_ERROR",
            "Throttling",
            "Throttling.User",
            "Throttling.Api",
            "ServiceUnavailable",
            "InternalError",
            "SignatureNonceUsed", // a retry signs again with a fresh nonce
            "InvalidTimeStamp.Expired");

    private SmsErrorCodes() {
    }

    static boolean isRetryable(String code) {
        return code != null && RETRYABLE.contains(code);
    }
}
