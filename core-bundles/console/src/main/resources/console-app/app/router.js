// Hash router: #/board, #/orders/12 … The server serves one page, so every screen lives behind the hash.
const { reactive } = Vue;

const ROUTES = [
    { name: 'reception', pattern: /^\/reception$/ },
    { name: 'board', pattern: /^\/board$/ },
    { name: 'order', pattern: /^\/orders\/(?<id>\d+)$/ },
    { name: 'customers', pattern: /^\/customers$/ },
    { name: 'customer', pattern: /^\/customers\/(?<id>\d+)$/ },
    { name: 'vehicle', pattern: /^\/vehicles\/(?<id>\d+)$/ },
    { name: 'parts', pattern: /^\/parts$/ },
    { name: 'part', pattern: /^\/parts\/(?<id>\d+)$/ },
    { name: 'employees', pattern: /^\/employees$/ },
    { name: 'transfer', pattern: /^\/transfer$/ },
    { name: 'plugin', pattern: /^\/plugins\/(?<id>[a-z][a-z0-9-]*)$/ },
    { name: 'login', pattern: /^\/login$/ },
    { name: 'users', pattern: /^\/users$/ },
    { name: 'roles', pattern: /^\/roles$/ },
    { name: 'audit', pattern: /^\/audit$/ },
    { name: 'home', pattern: /^\/home$/ }
];

export const route = reactive({ name: 'reception', params: {}, query: {} });

/** Returns the name of the screen at an address such as /orders/12, or notFound. */
export function routeNameOf(address) {
    const [path] = address.split('?');
    const found = ROUTES.find((candidate) => candidate.pattern.test(path));
    return found ? found.name : 'notFound';
}

function parse() {
    const hash = window.location.hash.replace(/^#/, '') || '/reception';
    const [path, search = ''] = hash.split('?');
    for (const candidate of ROUTES) {
        const match = candidate.pattern.exec(path);
        if (match) {
            route.name = candidate.name;
            route.params = { ...(match.groups || {}) };
            route.query = Object.fromEntries(new URLSearchParams(search));
            return;
        }
    }
    route.name = 'notFound';
    route.params = {};
    route.query = {};
}

export function startRouter() {
    window.addEventListener('hashchange', parse);
    parse();
}

export function go(path) {
    window.location.hash = `#${path}`;
}

/** Shows the path without adding a history entry, so that the back button skips the current address. */
export function replace(path) {
    window.location.replace(`#${path}`);
}

/** Returns the current address below the hash, such as /orders/12?tab=parts. */
export function currentPath() {
    return window.location.hash.replace(/^#/, '') || '/reception';
}
