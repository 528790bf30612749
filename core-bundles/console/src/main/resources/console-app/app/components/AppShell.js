// Page frame: top bar with the menu (the core screens the user may open and plugin entries), the logged-in user
// with logout and password change, the language switch, and the current screen.
import { t, locale, setLocale, pickLabel, LOCALES } from '../i18n.js';
import { route } from '../router.js';
import { extensions } from '../extensions.js';
import { api } from '../api.js';
import { session, can } from '../session.js';
import { canOpen, logout } from '../auth.js';
import PasswordDialog from './PasswordDialog.js';

const { computed, ref, watch, onMounted, onBeforeUnmount } = Vue;

/** How often the low-stock badge is refreshed besides on every change of screen. */
const LOW_STOCK_REFRESH_MILLIS = 60000;

const CORE_MENU = [
    { id: 'reception', path: '/reception', label: 'menu.reception', routes: ['reception'] },
    { id: 'board', path: '/board', label: 'menu.board', routes: ['board', 'order'] },
    { id: 'customers', path: '/customers', label: 'menu.customers', routes: ['customers', 'customer', 'vehicle'] },
    { id: 'parts', path: '/parts', label: 'menu.parts', routes: ['parts', 'part'] },
    { id: 'employees', path: '/employees', label: 'menu.employees', routes: ['employees'] },
    { id: 'transfer', path: '/transfer', label: 'transfer.menu', routes: ['transfer'] },
    { id: 'users', path: '/users', label: 'menu.users', routes: ['users'] },
    { id: 'roles', path: '/roles', label: 'menu.roles', routes: ['roles'] },
    { id: 'audit', path: '/audit', label: 'menu.audit', routes: ['audit'] }
];

export default {
    name: 'AppShell',
    components: { PasswordDialog },
    setup() {
        const pluginMenu = computed(() => extensions.list.map((entry) => ({
            id: `plugin-${entry.id}`,
            path: `/plugins/${entry.id}`,
            text: pickLabel(entry.labels, entry.id),
            icon: entry.icon,
            active: route.name === 'plugin' && route.params.id === entry.id
        })));
        const coreMenu = computed(() => CORE_MENU.filter((item) => canOpen(item.routes[0])).map((item) => ({
            ...item, text: t(item.label), active: item.routes.includes(route.name)
        })));
        const otherLocale = computed(() => LOCALES.find((candidate) => candidate !== locale.value));
        const switchLanguage = () => setLocale(otherLocale.value);

        // Number of parts below their safety stock, shown as a badge on the parts menu entry.
        const lowStock = ref(0);
        const refreshLowStock = async () => {
            if (!can('parts.read')) {
                lowStock.value = 0;
                return;
            }
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
        const userName = computed(() => (session.user ? session.user.username || session.user.name || '' : ''));
        const roleName = computed(() => (session.role ? t(`role.${session.role}`) : t('role.none')));
        const changingPassword = ref(false);
        const userCommand = (command) => {
            if (command === 'logout') {
                logout();
            } else if (command === 'password') {
                changingPassword.value = true;
            }
        };
        return { t, coreMenu, pluginMenu, otherLocale, switchLanguage, lowStock, userName, roleName,
            changingPassword, userCommand };
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
        <el-dropdown trigger="click" @command="userCommand" data-test="user-menu">
          <button type="button" class="user" data-test="current-user">
            <span class="user-name" data-test="current-user-name">{{ userName }}</span>
            <span class="user-role" data-test="current-user-role">{{ roleName }}</span></button>
          <template #dropdown>
            <el-dropdown-menu>
              <el-dropdown-item command="password" data-test="change-password">{{ t('password.title') }}
              </el-dropdown-item>
              <el-dropdown-item command="logout" divided data-test="logout">{{ t('login.logout') }}</el-dropdown-item>
            </el-dropdown-menu>
          </template>
        </el-dropdown>
      </header>
      <password-dialog v-model="changingPassword"></password-dialog>
      <main class="content"><slot></slot></main>`
};
