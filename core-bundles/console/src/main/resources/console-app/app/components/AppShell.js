// Page frame: top bar with the menu (core screens and plugin entries), language switch, and the current screen.
import { t, locale, setLocale, pickLabel, LOCALES } from '../i18n.js';
import { route } from '../router.js';
import { extensions } from '../extensions.js';
import { api } from '../api.js';

const { computed, ref, watch, onMounted, onBeforeUnmount } = Vue;

/** How often the low-stock badge is refreshed besides on every change of screen. */
const LOW_STOCK_REFRESH_MILLIS = 60000;

const CORE_MENU = [
    { id: 'reception', path: '/reception', label: 'menu.reception', routes: ['reception'] },
    { id: 'board', path: '/board', label: 'menu.board', routes: ['board', 'order'] },
    { id: 'customers', path: '/customers', label: 'menu.customers', routes: ['customers', 'customer', 'vehicle'] },
    { id: 'parts', path: '/parts', label: 'menu.parts', routes: ['parts', 'part'] },
    { id: 'employees', path: '/employees', label: 'menu.employees', routes: ['employees'] },
    { id: 'transfer', path: '/transfer', label: 'transfer.menu', routes: ['transfer'] }
];

export default {
    name: 'AppShell',
    setup() {
        const pluginMenu = computed(() => extensions.list.map((entry) => ({
            id: `plugin-${entry.id}`,
            path: `/plugins/${entry.id}`,
            text: pickLabel(entry.labels, entry.id),
            icon: entry.icon,
            active: route.name === 'plugin' && route.params.id === entry.id
        })));
        const coreMenu = computed(() => CORE_MENU.map((item) => ({
            ...item, text: t(item.label), active: item.routes.includes(route.name)
        })));
        const otherLocale = computed(() => LOCALES.find((candidate) => candidate !== locale.value));
        const switchLanguage = () => setLocale(otherLocale.value);

        // Number of parts below their safety stock, shown as a badge on the parts menu entry.
        const lowStock = ref(0);
        const refreshLowStock = async () => {
            try {
                lowStock.value = (await api.get('/parts?belowSafetyStock=true&limit=1')).total;
            } catch (error) {
                lowStock.value = 0;
            }
        };
        let timer;
        onMounted(() => {
            refreshLowStock();
            timer = window.setInterval(refreshLowStock, LOW_STOCK_REFRESH_MILLIS);
        });
        onBeforeUnmount(() => window.clearInterval(timer));
        watch(() => route.name, refreshLowStock);
        return { t, coreMenu, pluginMenu, otherLocale, switchLanguage, lowStock };
    },
    template: `
      <header class="topbar no-print">
        <a class="brand" href="#/reception">{{ t('app.name') }}</a>
        <nav class="menu" data-test="menu">
          <a v-for="item in coreMenu" :key="item.id" :href="'#' + item.path" :class="{ active: item.active }"
             :data-test="'menu-' + item.id">{{ item.text }}<span v-if="item.id === 'parts' && lowStock > 0"
             class="menu-badge" data-test="low-stock-badge" :title="t('parts.lowStockBadge')">{{ lowStock }}</span></a>
          <a v-for="item in pluginMenu" :key="item.id" :href="'#' + item.path" :class="{ active: item.active }"
             :data-test="'menu-' + item.id" class="plugin-entry">
            <img v-if="item.icon" :src="item.icon" alt="" class="menu-icon">{{ item.text }}</a>
        </nav>
        <button type="button" class="language" data-test="language-switch" @click="switchLanguage">
          {{ t('app.switchTo.' + otherLocale) }}</button>
      </header>
      <main class="content"><slot></slot></main>`
};
