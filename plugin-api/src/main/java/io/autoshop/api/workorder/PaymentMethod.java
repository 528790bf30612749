package io.autoshop.api.workorder;

/**
 * Means of payment of a customer.
 */
public enum PaymentMethod {
    CASH,
    CARD,
    WECHAT,
    ALIPAY,
    TRANSFER
}
