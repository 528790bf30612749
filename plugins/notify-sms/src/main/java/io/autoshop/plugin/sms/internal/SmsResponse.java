package io.autoshop.plugin.sms.internal;

/**
 * Reply of SendSms: HTTP status and the JSON fields {@code Code}, {@code Message}, {@code BizId} and
 * {@code RequestId}; fields the reply lacks are {@code null}.
 */
record SmsResponse(int httpStatus, String code, String message, String bizId, String requestId) {

    boolean ok() {
        return httpStatus == 200 && "OK".equals(code);
    }
}
