// Starts the console: messages, router, login check, Element Plus in the current language, then the screen of
// the route, or the login page while nobody is logged in.
import { initI18n, locale, t } from './i18n.js';
import { route, startRouter } from './router.js';
import { watchExtensions } from './extensions.js';
import { session } from './session.js';
import { canOpen, startAuth } from './auth.js';
import { generalMessage } from './errors.js';
import AppShell from './components/AppShell.js';
import StatusTag from './components/StatusTag.js';
import ReceptionScreen from './screens/ReceptionScreen.js';
import BoardScreen from './screens/BoardScreen.js';
import OrderScreen from './screens/OrderScreen.js';
import CustomersScreen from './screens/CustomersScreen.js';
import CustomerScreen from './screens/CustomerScreen.js';
import VehicleScreen from './screens/VehicleScreen.js';
import PartsScreen from './screens/PartsScreen.js';
import PartScreen from './screens/PartScreen.js';
import EmployeesScreen from './screens/EmployeesScreen.js';
import TransferScreen from './screens/TransferScreen.js';
import PluginScreen from './screens/PluginScreen.js';
import NotFoundScreen from './screens/NotFoundScreen.js';
import LoginScreen from './screens/LoginScreen.js';
import ForbiddenScreen from './screens/ForbiddenScreen.js';
import UsersScreen from './screens/admin/UsersScreen.js';
import RolesScreen from './screens/admin/RolesScreen.js';
import AuditScreen from './screens/admin/AuditScreen.js';

const { createApp, computed } = Vue;

const SCREENS = {
    reception: ReceptionScreen, board: BoardScreen, order: OrderScreen, customers: CustomersScreen,
    customer: CustomerScreen, vehicle: VehicleScreen, parts: PartsScreen, part: PartScreen,
    employees: EmployeesScreen, transfer: TransferScreen, plugin: PluginScreen, notFound: NotFoundScreen, users: UsersScreen,
    roles: RolesScreen, audit: AuditScreen
};

const Root = {
    components: { AppShell, LoginScreen, ForbiddenScreen },
    setup() {
        const onLogin = computed(() => route.name === 'login');
        const ready = computed(() => session.token && session.loaded);
        const allowed = computed(() => route.name !== 'home' && canOpen(route.name));
        const screen = computed(() => SCREENS[route.name] || NotFoundScreen);
        const elementLocale = computed(() => (locale.value === 'en' ? ElementPlusLocaleEn : ElementPlusLocaleZhCn));
        // The key remounts a screen when its id changes, e.g. from one order to the next.
        const screenKey = computed(() => `${route.name}:${route.params.id || ''}`);
        return { onLogin, ready, allowed, screen, elementLocale, screenKey, route, session, t, generalMessage,
            reload: () => window.location.reload() };
    },
    template: `
      <el-config-provider :locale="elementLocale">
        <login-screen v-if="onLogin"></login-screen>
        <app-shell v-else-if="ready">
          <component v-if="allowed" :is="screen" :key="screenKey"></component>
          <forbidden-screen v-else :home="route.name === 'home'"></forbidden-screen>
        </app-shell>
        <el-result v-else-if="session.loadError" icon="error" :title="t('app.startFailed')"
                   :sub-title="generalMessage(session.loadError)" data-test="start-failed">
          <template #extra><el-button type="primary" @click="reload">{{ t('app.retry') }}</el-button></template>
        </el-result>
        <div v-else class="starting" v-loading="true"></div>
      </el-config-provider>`
};

async function start() {
    await initI18n();
    startRouter();
    startAuth();
    watchExtensions();
    const app = createApp(Root);
    app.use(ElementPlus);
    app.component('StatusTag', StatusTag);
    app.config.globalProperties.t = t;
    app.mount('#app');
}

start();
