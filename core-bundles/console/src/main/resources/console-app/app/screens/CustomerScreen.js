// One customer with the vehicles and the full service history of each.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { route } from '../router.js';
import { notify } from '../errors.js';
import { dateTime } from '../format.js';
import ServiceHistory from './ServiceHistory.js';
import LoadFailed from '../components/LoadFailed.js';

const { ref, onMounted } = Vue;

export default {
    name: 'CustomerScreen',
    components: { ServiceHistory, LoadFailed },
    setup() {
        const loadError = ref(null);
        const customer = ref(null);
        const vehicles = ref([]);
        onMounted(async () => {
            try {
                customer.value = await api.get(`/customers/${route.params.id}`);
                vehicles.value = (await api.get(`/customers/${route.params.id}/vehicles`)).items;
            } catch (error) {
                loadError.value = error;
                notify(error);
            }
        });
        return { t, loadError, customer, vehicles, dateTime };
    },
    template: `
      <section class="screen customer" data-test="customer">
        <template v-if="customer">
          <h1>{{ customer.name }}</h1>
          <el-descriptions :column="2" border size="small" class="facts">
            <el-descriptions-item :label="t('fields.phone')">{{ customer.phone }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.customerType')">{{ t('customerType.' + customer.type) }}
            </el-descriptions-item>
            <el-descriptions-item :label="t('fields.createdAt')">{{ dateTime(customer.createdAt) }}
            </el-descriptions-item>
            <el-descriptions-item :label="t('fields.notes')">{{ customer.notes }}</el-descriptions-item>
          </el-descriptions>
          <el-card v-for="vehicle in vehicles" :key="vehicle.id" class="section">
            <template #header>
              <a :href="'#/vehicles/' + vehicle.id" class="plate">{{ vehicle.plate }}</a>
              <span class="muted"> {{ [vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' ') }}</span>
            </template>
            <service-history :vehicle-id="vehicle.id"></service-history>
          </el-card>
          <el-empty v-if="vehicles.length === 0" :description="t('reception.noVehicles')"></el-empty>
        </template>
        <load-failed v-else-if="loadError" :error="loadError"></load-failed>
      </section>`
};
