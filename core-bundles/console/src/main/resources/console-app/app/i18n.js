// Messages of the console in zh-CN (default) and en, loaded from i18n/<locale>.json. Every visible text goes
// through t(), so the markup contains keys only.
const { reactive, computed } = Vue;

export const LOCALES = ['zh-CN', 'en'];
const STORAGE_KEY = 'autoshop.console.locale';

const state = reactive({ locale: 'zh-CN', messages: {} });

async function fetchMessages(locale) {
    const response = await fetch(`i18n/${locale}.json`, { cache: 'no-cache' });
    if (!response.ok) {
        throw new Error(`Failed to load the messages for ${locale}: HTTP ${response.status}`);
    }
    return response.json();
}

/** Loads both message files and picks the stored language, zh-CN when none was chosen yet. */
export async function initI18n() {
    const [zh, en] = await Promise.all(LOCALES.map(fetchMessages));
    state.messages = { 'zh-CN': zh, en };
    const stored = localStorage.getItem(STORAGE_KEY);
    state.locale = LOCALES.includes(stored) ? stored : 'zh-CN';
    document.documentElement.lang = state.locale;
}

export function setLocale(locale) {
    state.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
}

export const locale = computed(() => state.locale);

function lookup(messages, key) {
    return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), messages);
}

/** Returns true when the current language has a message for the key. */
export function has(key) {
    return typeof lookup(state.messages[state.locale], key) === 'string';
}

/** Translates a dotted key, replacing {name} placeholders with params; an unknown key is shown as itself. */
export function t(key, params = {}) {
    const message = lookup(state.messages[state.locale], key);
    if (typeof message !== 'string') {
        return key;
    }
    return message.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

/** Picks the label of the current language from a {languageTag: label} map, then the other language. */
export function pickLabel(labels, fallback) {
    if (!labels) {
        return fallback;
    }
    return labels[state.locale] || labels[state.locale.split('-')[0]] || Object.values(labels)[0] || fallback;
}
