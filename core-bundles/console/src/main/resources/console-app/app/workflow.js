// The moves the console offers for each status. They follow the API's workflow: RECEIVED → OPEN → IN_REPAIR →
// INSPECTION, then SETTLED (passed, with payment) or back to IN_REPAIR (failed); RECEIVED and OPEN may be cancelled.
import { api } from './api.js';
import { can } from './session.js';

/** The forward move of each status that needs no further input; INSPECTION needs a result, so it has none. */
export const NEXT_STATUS = { RECEIVED: 'OPEN', OPEN: 'IN_REPAIR', IN_REPAIR: 'INSPECTION' };

export const CANCELLABLE = ['RECEIVED', 'OPEN'];

/**
 * Returns whether the logged-in user may make the move: settlement needs orders.settle, the end of a repair
 * orders.transition or orders.finish-repair, every other move orders.transition.
 */
export function canMove(from, to) {
    if (to === 'SETTLED') {
        return can('orders.settle');
    }
    if (from === 'IN_REPAIR' && to === 'INSPECTION') {
        return can('orders.transition') || can('orders.finish-repair');
    }
    return can('orders.transition');
}

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
