// Menu entries of plugins, read from the REST API and refreshed while the console is open, so that an installed
// or removed plugin shows up without reloading the page.
import { api } from './api.js';
import { session } from './session.js';

const { reactive } = Vue;
const REFRESH_MILLIS = 5000;

export const extensions = reactive({ list: [] });

export async function refreshExtensions() {
    if (!session.token) {
        return;
    }
    try {
        const page = await api.get('/console/extensions');
        extensions.list = page.items;
    } catch (error) {
        console.warn(`Plugin menu entries could not be loaded: ${error.message}`);
    }
}

export function watchExtensions() {
    refreshExtensions();
    window.addEventListener('hashchange', refreshExtensions);
    window.setInterval(refreshExtensions, REFRESH_MILLIS);
}
