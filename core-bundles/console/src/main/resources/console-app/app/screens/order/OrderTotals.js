// Money of an order, the discount, the assigned technicians and the diagnosis, saved with one update.
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify, success } from '../../errors.js';
import { money } from '../../format.js';
import { technicians } from '../../lookups.js';
import { can } from '../../session.js';

const { reactive, ref, computed, watch } = Vue;

export default {
    name: 'OrderTotals',
    props: { order: { type: Object, required: true }, editable: { type: Boolean, default: false } },
    emits: ['updated'],
    setup(props, { emit }) {
        const form = reactive({ discount: 0, technicianIds: [], diagnosis: '' });
        const errors = ref({});
        const saving = ref(false);
        // Discount and technicians need orders.update; the diagnosis alone is what a technician records.
        const mayUpdate = computed(() => can('orders.update'));
        const mayDiagnose = computed(() => can('orders.update') || can('orders.diagnose'));

        function reset(order) {
            form.discount = Number(order.totals.discount);
            form.technicianIds = [...order.technicianIds];
            form.diagnosis = order.diagnosis || '';
        }
        watch(() => props.order, reset, { immediate: true });

        async function save() {
            saving.value = true;
            errors.value = {};
            try {
                const changes = {};
                if (mayUpdate.value) {
                    Object.assign(changes, { discount: form.discount, technicianIds: form.technicianIds });
                }
                if (mayDiagnose.value) {
                    changes.diagnosis = form.diagnosis || null;
                }
                const updated = await api.put(`/work-orders/${props.order.id}`, changes, props.order.version);
                success('order.saved');
                emit('updated', updated);
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        return { t, form, errors, saving, save, money, technicians, mayUpdate, mayDiagnose };
    },
    template: `
      <el-card class="section" data-test="totals">
        <template #header><div class="card-title">{{ t('order.totals') }}</div></template>
        <dl class="totals">
          <dt>{{ t('totals.labor') }}</dt><dd>{{ money(order.totals.labor) }}</dd>
          <dt>{{ t('totals.parts') }}</dt><dd>{{ money(order.totals.parts) }}</dd>
          <dt>{{ t('totals.discount') }}</dt><dd>-{{ money(order.totals.discount) }}</dd>
          <dt class="strong">{{ t('totals.total') }}</dt>
          <dd class="strong" data-test="total">{{ money(order.totals.total) }}</dd>
          <dt>{{ t('totals.paid') }}</dt><dd>{{ money(order.totals.paid) }}</dd>
          <dt>{{ t('totals.balance') }}</dt><dd data-test="balance">{{ money(order.totals.balance) }}</dd>
        </dl>
        <el-form v-if="editable && (mayUpdate || mayDiagnose)" label-position="top" @submit.prevent="save">
          <el-form-item v-if="mayUpdate" :label="t('totals.discount')" :error="errors.discount"
                        data-test="field-discount">
            <el-input-number v-model="form.discount" :min="0" :precision="2" controls-position="right"
                             data-test="input-discount"></el-input-number>
          </el-form-item>
          <el-form-item v-if="mayUpdate" :label="t('order.technicians')" :error="errors.technicianIds">
            <el-select v-model="form.technicianIds" multiple :placeholder="t('common.none')"
                       data-test="input-technicians">
              <el-option v-for="person in technicians()" :key="person.id" :label="person.name" :value="person.id"
                         :data-employee="person.id">
              </el-option>
            </el-select>
          </el-form-item>
          <el-form-item v-if="mayDiagnose" :label="t('fields.diagnosis')" :error="errors.diagnosis">
            <el-input v-model="form.diagnosis" type="textarea" :rows="2"></el-input>
          </el-form-item>
          <el-button native-type="submit" :loading="saving" data-test="save-order">{{ t('common.save') }}</el-button>
        </el-form>
        <p v-else-if="order.diagnosis"><strong>{{ t('fields.diagnosis') }}：</strong>{{ order.diagnosis }}</p>
      </el-card>`
};
