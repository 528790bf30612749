package io.autoshop.plugin.wechat.internal;

/**
 * An error reply of the WeChat API: {@code errcode} and {@code errmsg}.
 */
final class WeChatApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int errcode;

    WeChatApiException(int errcode, String errmsg) {
        super("errcode " + errcode + ": " + errmsg);
        this.errcode = errcode;
    }

    int errcode() {
        return errcode;
    }
}
