// One vehicle with its owner and full service history.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { route } from '../router.js';
import { notify } from '../errors.js';
import { customer } from '../lookups.js';
import ServiceHistory from './ServiceHistory.js';
import LoadFailed from '../components/LoadFailed.js';

const { ref, computed, onMounted } = Vue;

export default {
    name: 'VehicleScreen',
    components: { ServiceHistory, LoadFailed },
    setup() {
        const loadError = ref(null);
        const vehicle = ref(null);
        const owner = computed(() => (vehicle.value ? customer(vehicle.value.customerId) : null));
        onMounted(async () => {
            try {
                vehicle.value = await api.get(`/vehicles/${route.params.id}`);
            } catch (error) {
                loadError.value = error;
                notify(error);
            }
        });
        return { t, loadError, vehicle, owner };
    },
    template: `
      <section class="screen vehicle" data-test="vehicle">
        <template v-if="vehicle">
          <h1 class="plate">{{ vehicle.plate }}</h1>
          <el-descriptions :column="2" border size="small" class="facts">
            <el-descriptions-item :label="t('fields.customer')">
              <a v-if="owner" :href="'#/customers/' + vehicle.customerId">{{ owner.name }}</a></el-descriptions-item>
            <el-descriptions-item :label="t('fields.vehicle')">
              {{ [vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' ') }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.vin')">{{ vehicle.vin }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.color')">{{ vehicle.color }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.odometerKm')">{{ vehicle.odometerKm }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.plateType')">{{ t('plateType.' + vehicle.plateType) }}
            </el-descriptions-item>
          </el-descriptions>
          <el-card class="section">
            <template #header><div class="card-title">{{ t('vehicle.history') }}</div></template>
            <service-history :vehicle-id="vehicle.id"></service-history>
          </el-card>
        </template>
        <load-failed v-else-if="loadError" :error="loadError"></load-failed>
      </section>`
};
