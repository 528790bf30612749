// Reception (接车): find the customer or vehicle as you type, create them in place when new, and open the order.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { fieldMessages, notify, success } from '../errors.js';
import { toIso } from '../format.js';
import { rememberCustomer } from '../lookups.js';
import CustomerForm from './reception/CustomerForm.js';
import VehicleForm from './reception/VehicleForm.js';

const { reactive, ref, watch } = Vue;
const SEARCH_DELAY_MILLIS = 250;
const MAX_RESULTS = 8;

export default {
    name: 'ReceptionScreen',
    components: { CustomerForm, VehicleForm },
    setup() {
        const search = ref('');
        const results = ref([]);
        const searching = ref(false);
        const searched = ref(false);
        const mode = ref('search');
        const selected = reactive({ customer: null, vehicle: null });
        const order = reactive({ odometerKm: null, complaint: '', promisedAt: null });
        const orderErrors = ref({});
        const saving = ref(false);
        let timer = null;
        let latestSearch = 0;

        async function runSearch(text) {
            const searchId = ++latestSearch;
            if (!text.trim()) {
                results.value = [];
                searched.value = false;
                return;
            }
            searching.value = true;
            try {
                const page = await api.get(`/customers${query({ q: text.trim(), limit: MAX_RESULTS })}`);
                const withVehicles = await Promise.all(page.items.map(async (item) => {
                    const vehicles = await api.get(`/customers/${item.id}/vehicles`);
                    return { customer: item, vehicles: vehicles.items };
                }));
                if (searchId === latestSearch) {
                    results.value = withVehicles;
                    searched.value = true;
                }
            } catch (error) {
                notify(error);
            } finally {
                if (searchId === latestSearch) {
                    searching.value = false;
                }
            }
        }

        watch(search, (text) => {
            window.clearTimeout(timer);
            timer = window.setTimeout(() => runSearch(text), SEARCH_DELAY_MILLIS);
        });

        function chooseVehicle(customer, vehicle) {
            selected.customer = customer;
            selected.vehicle = vehicle;
            order.odometerKm = vehicle.odometerKm;
            orderErrors.value = {};
            mode.value = 'order';
        }

        function addVehicle(customer) {
            selected.customer = customer;
            selected.vehicle = null;
            mode.value = 'newVehicle';
        }

        function customerCreated(customer) {
            rememberCustomer(customer);
            success('reception.customerCreated', { name: customer.name });
            addVehicle(customer);
        }

        function vehicleCreated(vehicle) {
            success('reception.vehicleCreated', { plate: vehicle.plate });
            chooseVehicle(selected.customer, vehicle);
        }

        async function openOrder() {
            saving.value = true;
            orderErrors.value = {};
            try {
                const created = await api.post('/work-orders', {
                    vehicleId: selected.vehicle.id, odometerKm: order.odometerKm,
                    complaint: order.complaint, promisedAt: toIso(order.promisedAt)
                });
                success('reception.orderCreated', { number: created.number });
                go(`/orders/${created.id}`);
            } catch (error) {
                orderErrors.value = fieldMessages(error);
                notify(error, Object.keys(orderErrors.value));
            } finally {
                saving.value = false;
            }
        }

        function restart() {
            mode.value = 'search';
            selected.customer = null;
            selected.vehicle = null;
            order.complaint = '';
            order.promisedAt = null;
        }

        return { t, search, results, searching, searched, mode, selected, order, orderErrors, saving,
            chooseVehicle, addVehicle, customerCreated, vehicleCreated, openOrder, restart };
    },
    template: `
      <section class="screen reception" data-test="reception">
        <h1>{{ t('reception.title') }}</h1>
        <template v-if="mode === 'search'">
          <div class="search-row">
            <el-input v-model="search" :placeholder="t('reception.searchPlaceholder')" clearable size="large"
                      data-test="reception-search" autofocus></el-input>
            <el-button type="primary" size="large" data-test="new-customer" @click="mode = 'newCustomer'">
              {{ t('reception.newCustomer') }}</el-button>
          </div>
          <p class="hint">{{ t('reception.searchHint') }}</p>
          <div v-loading="searching" class="results">
            <el-empty v-if="searched && results.length === 0" :description="t('reception.noMatch')"></el-empty>
            <el-card v-for="result in results" :key="result.customer.id" class="result" shadow="hover"
                     data-test="search-result">
              <div class="result-head">
                <a :href="'#/customers/' + result.customer.id" class="customer-name">{{ result.customer.name }}</a>
                <span class="muted">{{ result.customer.phone }}</span>
                <el-button size="small" @click="addVehicle(result.customer)" data-test="add-vehicle">
                  {{ t('reception.addVehicle') }}</el-button>
              </div>
              <div class="vehicles">
                <el-button v-for="vehicle in result.vehicles" :key="vehicle.id" class="vehicle-choice"
                           :data-plate="vehicle.plate" data-test="choose-vehicle"
                           @click="chooseVehicle(result.customer, vehicle)">
                  <span class="plate">{{ vehicle.plate }}</span>
                  <span class="muted">{{ [vehicle.make, vehicle.model].filter(Boolean).join(' ') }}</span>
                </el-button>
                <span v-if="result.vehicles.length === 0" class="muted">{{ t('reception.noVehicles') }}</span>
              </div>
            </el-card>
          </div>
        </template>

        <customer-form v-else-if="mode === 'newCustomer'" :initial-text="search" @created="customerCreated"
                       @cancel="mode = 'search'"></customer-form>

        <vehicle-form v-else-if="mode === 'newVehicle'" :customer="selected.customer" @created="vehicleCreated"
                      @cancel="mode = 'search'"></vehicle-form>

        <el-card v-else-if="mode === 'order'" class="form-card" data-test="order-form">
          <template #header>
            <div class="card-title">{{ t('reception.openOrderFor', { plate: selected.vehicle.plate,
              name: selected.customer.name }) }}</div>
          </template>
          <el-form label-position="top" @submit.prevent="openOrder">
            <el-form-item :label="t('fields.odometerKm')" :error="orderErrors.odometerKm" required
                          data-test="field-odometerKm">
              <el-input-number v-model="order.odometerKm" :min="0" :step="100" controls-position="right"
                               data-test="input-odometerKm"></el-input-number>
            </el-form-item>
            <el-form-item :label="t('fields.complaint')" :error="orderErrors.complaint" required
                          data-test="field-complaint">
              <el-input v-model="order.complaint" type="textarea" :rows="3" data-test="input-complaint"
                        :placeholder="t('reception.complaintPlaceholder')"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.promisedAt')" :error="orderErrors.promisedAt" data-test="field-promisedAt">
              <el-date-picker v-model="order.promisedAt" type="datetime" format="YYYY-MM-DD HH:mm"
                              :placeholder="t('reception.promisedPlaceholder')"></el-date-picker>
            </el-form-item>
            <div class="actions">
              <el-button @click="restart">{{ t('common.cancel') }}</el-button>
              <el-button type="primary" native-type="submit" :loading="saving" data-test="open-order">
                {{ t('reception.openOrder') }}</el-button>
            </div>
          </el-form>
        </el-card>
      </section>`
};
