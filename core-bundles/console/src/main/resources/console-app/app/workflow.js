// The moves the console offers for each status. They follow the API's workflow: RECEIVED → OPEN → IN_REPAIR →
// INSPECTION, then SETTLED (passed, with payment) or back to IN_REPAIR (failed); RECEIVED and OPEN may be cancelled.
import { api } from './api.js';

/** The forward move of each status that needs no further input; INSPECTION needs a result, so it has none. */
export const NEXT_STATUS = { RECEIVED: 'OPEN', OPEN: 'IN_REPAIR', IN_REPAIR: 'INSPECTION' };

export const CANCELLABLE = ['RECEIVED', 'OPEN'];

export function moveTo(order, to, extra = {}) {
    return api.post(`/work-orders/${order.id}/transitions`, { to, ...extra }, order.version);
}

export function failInspection(order, note) {
    return moveTo(order, 'IN_REPAIR', { passed: false, note: note || null });
}

export function settle(order, method, note) {
    const balance = Number(order.totals.balance);
    const payment = balance > 0 ? { method, amount: order.totals.balance } : null;
    return moveTo(order, 'SETTLED', { passed: true, payment, note: note || null });
}
