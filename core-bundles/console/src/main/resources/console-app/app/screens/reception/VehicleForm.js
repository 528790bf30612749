// Form of a new vehicle of a customer; the API normalises and checks plate and VIN.
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify } from '../../errors.js';

const { reactive, ref } = Vue;
const { ElMessage } = ElementPlus;

export default {
    name: 'VehicleForm',
    props: { customer: { type: Object, required: true } },
    emits: ['created', 'cancel'],
    setup(props, { emit }) {
        const form = reactive({ plate: '', vin: '', make: '', model: '', year: null, color: '', odometerKm: null });
        const errors = ref({});
        const saving = ref(false);

        async function save() {
            saving.value = true;
            errors.value = {};
            const body = { customerId: props.customer.id };
            Object.entries(form).forEach(([key, value]) => { body[key] = value === '' ? null : value; });
            try {
                const created = await api.post('/vehicles', body);
                if (created.vinWarning) {
                    ElMessage({ type: 'warning', message: t('reception.vinWarning', { warning: created.vinWarning }),
                        duration: 8000, showClose: true });
                }
                emit('created', created);
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        return { t, form, errors, saving, save, cancel: () => emit('cancel') };
    },
    template: `
      <el-card class="form-card" data-test="vehicle-form">
        <template #header>
          <div class="card-title">{{ t('reception.newVehicleFor', { name: customer.name }) }}</div>
        </template>
        <el-form label-position="top" @submit.prevent="save">
          <div class="form-grid">
            <el-form-item :label="t('fields.plate')" :error="errors.plate" required data-test="field-plate">
              <el-input v-model="form.plate" :placeholder="t('reception.platePlaceholder')"
                        data-test="input-plate"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.vin')" :error="errors.vin" data-test="field-vin">
              <el-input v-model="form.vin" maxlength="17" data-test="input-vin"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.make')" :error="errors.make">
              <el-input v-model="form.make" data-test="input-make"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.model')" :error="errors.model">
              <el-input v-model="form.model" data-test="input-model"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.year')" :error="errors.year" data-test="field-year">
              <el-input-number v-model="form.year" :min="1950" :max="2100" controls-position="right">
              </el-input-number>
            </el-form-item>
            <el-form-item :label="t('fields.color')" :error="errors.color">
              <el-input v-model="form.color"></el-input>
            </el-form-item>
            <el-form-item :label="t('fields.odometerKm')" :error="errors.odometerKm">
              <el-input-number v-model="form.odometerKm" :min="0" :step="100" controls-position="right">
              </el-input-number>
            </el-form-item>
          </div>
          <div class="actions">
            <el-button @click="cancel">{{ t('common.cancel') }}</el-button>
            <el-button type="primary" native-type="submit" :loading="saving" data-test="save-vehicle">
              {{ t('common.save') }}</el-button>
          </div>
        </el-form>
      </el-card>`
};
