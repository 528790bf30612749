// The logged-in user of this browser tab: the bearer token in sessionStorage, so that it ends with the tab, and the
// user, role and permissions that GET /me returned.
const { reactive } = Vue;

const TOKEN_KEY = 'autoshop.console.token';

export const session = reactive({ token: sessionStorage.getItem(TOKEN_KEY), user: null, role: null,
    permissions: [], loaded: false, loadError: null });

export function storeToken(token) {
    session.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
}

/** Forgets the token and the user, for example after logout or when the server no longer accepts the token. */
export function clearSession() {
    session.token = null;
    session.user = null;
    session.role = null;
    session.permissions = [];
    session.loaded = false;
    session.loadError = null;
    sessionStorage.removeItem(TOKEN_KEY);
}

/** Returns whether the logged-in user has the permission; the owner has every permission. */
export function can(permission) {
    return session.role === 'OWNER' || session.permissions.includes(permission);
}

/** Returns whether the logged-in user has at least one of the permissions. */
export function canAny(...permissions) {
    return permissions.some(can);
}

/** The roles of user accounts, as the REST API names them. */
export const ROLES = ['OWNER', 'ADVISOR', 'TECHNICIAN', 'PARTS_CLERK', 'CASHIER'];
