// Display helpers for money, shop times and durations.
import { t } from './i18n.js';

export const STATUSES = ['RECEIVED', 'OPEN', 'IN_REPAIR', 'INSPECTION', 'SETTLED'];
export const PAYMENT_METHODS = ['CASH', 'CARD', 'WECHAT', 'ALIPAY', 'TRANSFER'];
const CLOSED = ['SETTLED', 'CANCELLED'];

export function money(value) {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    return `¥${Number(value).toFixed(2)}`;
}

/** Shows an ISO-8601 time in the offset it was sent with (the shop's time), as YYYY-MM-DD HH:mm. */
export function dateTime(iso) {
    if (!iso) {
        return '';
    }
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return match ? `${match[1]} ${match[2]}` : iso;
}

/** Returns how long ago a time was, in words of the current language. */
export function elapsed(iso, now = Date.now()) {
    if (!iso) {
        return '';
    }
    const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60000));
    if (minutes < 60) {
        return t('time.minutes', { minutes });
    }
    const hours = Math.floor(minutes / 60);
    if (hours < 48) {
        return t('time.hoursMinutes', { hours, minutes: minutes % 60 });
    }
    return t('time.days', { days: Math.floor(hours / 24) });
}

/** Returns true when the car was promised back earlier than now and the order is still open. */
export function isOverdue(order, now = Date.now()) {
    return Boolean(order.promisedAt) && !CLOSED.includes(order.status) && Date.parse(order.promisedAt) < now;
}

export function statusLabel(status) {
    return t(`status.${status}`);
}

/** Element Plus tag type of a status. */
export function statusType(status) {
    return { RECEIVED: 'info', OPEN: 'primary', IN_REPAIR: 'warning', INSPECTION: 'warning', SETTLED: 'success',
        CANCELLED: 'danger' }[status] || 'info';
}

/** Turns a Date from a date picker into ISO-8601 with offset, or null. */
export function toIso(date) {
    return date ? new Date(date).toISOString() : null;
}

/** Formats a Date as the YYYY-MM-DD that the API's date filters take, in the browser's time zone. */
export function toDay(date) {
    if (!date) {
        return '';
    }
    const value = new Date(date);
    const pad = (number) => String(number).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
