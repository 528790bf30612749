package io.autoshop.api.workorder;

/**
 * How a customer paid.
 */
public enum PaymentMethod {
    CASH,
    CARD,
    WECHAT,
    ALIPAY,
    TRANSFER
}
