// Starts the console: messages, router, Element Plus in the current language, then the screen of the route.
import { initI18n, locale, t } from './i18n.js';
import { route, startRouter } from './router.js';
import { watchExtensions } from './extensions.js';
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

const { createApp, computed } = Vue;

const SCREENS = {
    reception: ReceptionScreen, board: BoardScreen, order: OrderScreen, customers: CustomersScreen,
    customer: CustomerScreen, vehicle: VehicleScreen, parts: PartsScreen, part: PartScreen,
    employees: EmployeesScreen, transfer: TransferScreen, plugin: PluginScreen, notFound: NotFoundScreen
};

const Root = {
    components: { AppShell },
    setup() {
        const screen = computed(() => SCREENS[route.name] || NotFoundScreen);
        const elementLocale = computed(() => (locale.value === 'en' ? ElementPlusLocaleEn : ElementPlusLocaleZhCn));
        // The key remounts a screen when its id changes, e.g. from one order to the next.
        const screenKey = computed(() => `${route.name}:${route.params.id || ''}`);
        return { screen, elementLocale, screenKey };
    },
    template: `
      <el-config-provider :locale="elementLocale">
        <app-shell><component :is="screen" :key="screenKey"></component></app-shell>
      </el-config-provider>`
};

async function start() {
    await initI18n();
    startRouter();
    watchExtensions();
    const app = createApp(Root);
    app.use(ElementPlus);
    app.component('StatusTag', StatusTag);
    app.config.globalProperties.t = t;
    app.mount('#app');
}

start();
