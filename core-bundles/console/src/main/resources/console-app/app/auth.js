// Login, logout and the permissions of each screen. The server decides what a user may do. The console only hides
// what the permissions from GET /me do not allow, and shows the server's 401 and 403 in words.
import { api, onUnauthorized } from './api.js';
import { session, storeToken, clearSession, can, canAny } from './session.js';
import { route, replace, currentPath, routeNameOf } from './router.js';
import { forgetLookups } from './lookups.js';

/** Permissions of which a user needs at least one to open a screen; screens not listed are open to every user. */
const SCREEN_PERMISSIONS = {
    reception: ['orders.create'],
    board: ['orders.read', 'orders.read-assigned'],
    order: ['orders.read', 'orders.read-assigned'],
    customers: ['customers.read'],
    customer: ['customers.read'],
    vehicle: ['vehicles.read'],
    parts: ['parts.read'],
    part: ['parts.read'],
    employees: ['staff.read'],
    users: ['users.admin'],
    roles: ['roles.admin'],
    audit: ['audit.read'],
    transfer: ['imports', 'exports']
};

/** Screens in the order in which one is picked as the start screen after login. */
const START_SCREENS = [['reception', '/reception'], ['board', '/board'], ['parts', '/parts'],
    ['users', '/users']];

export function canOpen(screenName) {
    const needed = SCREEN_PERMISSIONS[screenName];
    if (screenName === 'reception') {
        return can('orders.create') && can('customers.read');
    }
    return !needed || canAny(...needed);
}

/** Returns the first screen the user may open, or the empty home screen for a user without any permission. */
export function startPath() {
    const found = START_SCREENS.find(([name]) => canOpen(name));
    return found ? found[1] : '/home';
}

function loginPath(next) {
    return next && !next.startsWith('/login') ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/** Fills the session from GET /me; the reply names the user, the role and the permissions of the role. */
export async function loadMe() {
    const me = await api.get('/me');
    const user = me.user || me;
    session.user = user;
    session.role = me.role || user.role || null;
    session.permissions = me.permissions || user.permissions || [];
    session.loaded = true;
    session.loadError = null;
}

/** Logs in and loads the user; the ApiError of a rejected login (401, 429) goes to the caller. */
export async function login(username, password) {
    clearSession();
    const reply = await api.post('/auth/login', { username, password });
    storeToken(reply.token);
    await loadMe();
}

/** Revokes the token on the server, discards the token and every cached record, and shows the login page. */
export async function logout() {
    try {
        await api.post('/auth/logout');
    } catch (error) {
        // The token is forgotten in any case; a server that cannot be reached lets it expire.
        console.warn(`Logout on the server failed (${error.status}); the token is discarded here`);
    }
    clearSession();
    forgetLookups();
    replace('/login');
}

/**
 * Leaves for the login page and comes back to the current address after the next login. A 401 to a call sent with
 * an older token than the current one changes nothing.
 */
function toLogin(rejectedToken = session.token) {
    if (rejectedToken !== session.token) {
        return;
    }
    // An empty address means no screen was asked for, so the start screen of whoever logs in next is right.
    const here = window.location.hash.replace(/^#\/?/, '') === '' ? null : currentPath();
    clearSession();
    forgetLookups();
    if (route.name !== 'login') {
        replace(loginPath(here));
    }
}

/**
 * After login: back to where the user was sent away from, unless that screen is closed to the user who logged in
 * (another user may log in on the same tab), else to the start screen.
 */
export function afterLogin() {
    const next = route.query.next;
    if (next && next.startsWith('/') && !next.startsWith('/login') && canOpen(routeNameOf(next))) {
        replace(next);
    } else {
        replace(startPath());
    }
}

/**
 * Checks the session on start and on every change of address. Without a token every screen but login leads to the
 * login page. With a token, the user is loaded once.
 */
export function startAuth() {
    onUnauthorized(toLogin);
    const check = () => {
        if (route.name === 'login') {
            return;
        }
        if (!session.token) {
            toLogin(null);
            return;
        }
        if (!session.loaded) {
            loadMe().then(landOnStart).catch((error) => {
                if (error.status !== 401) {
                    console.warn(`Loading the logged-in user failed (${error.status})`);
                    session.loadError = error;
                }
            });
            return;
        }
        landOnStart();
    };
    window.addEventListener('hashchange', check);
    check();
}

/** Replaces an empty address or the home screen by the user's start screen. */
function landOnStart() {
    const bare = window.location.hash.replace(/^#\/?/, '') === '';
    if (bare || (route.name === 'home' && startPath() !== '/home')) {
        replace(startPath());
    }
}
