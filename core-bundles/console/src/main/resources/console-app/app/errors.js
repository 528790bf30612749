// Turns API errors into messages for shop staff: per field next to the input, the rest as a notice.
import { t, has } from './i18n.js';

const { ElMessage } = ElementPlus;

/**
 * Returns {field: message} from an ApiError's "errors". A field with a known hint gets the hint of the current
 * language; the server's own sentence follows it, because it names the value that was rejected.
 */
export function fieldMessages(error) {
    const messages = {};
    for (const { field, message } of error.fieldErrors || []) {
        const required = /^is required/.test(message || '');
        const key = required ? 'errors.required' : `errors.fields.${field}`;
        const hint = has(key) ? t(key) : t('errors.invalid');
        messages[field] = required ? hint : `${hint}（${message}）`;
    }
    return messages;
}

/** Returns a sentence for an error that has no field, by HTTP status. */
export function generalMessage(error) {
    if (error.status === 429 && error.retryAfterSeconds !== null && error.retryAfterSeconds !== undefined) {
        return t('errors.throttled', { seconds: error.retryAfterSeconds });
    }
    const key = `errors.status.${error.status}`;
    const base = has(key) ? t(key) : t('errors.status.other');
    return error.detail ? `${base}：${error.detail}` : base;
}

/**
 * Shows an error as a notice, unless all of it is shown next to fields already. A 401 shows nothing, because it
 * leads to the login page.
 */
export function notify(error, shownFields = []) {
    if (error.status === 401) {
        return;
    }
    const unshown = (error.fieldErrors || []).filter((item) => !shownFields.includes(item.field));
    if (error.fieldErrors && error.fieldErrors.length > 0 && unshown.length === 0) {
        return;
    }
    ElMessage({ type: 'error', message: generalMessage(error), duration: 6000, showClose: true });
}

export function success(key, params) {
    ElMessage({ type: 'success', message: t(key, params), duration: 2500 });
}
