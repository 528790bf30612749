// Labour lines of an order with a form to add one; hours × rate is computed by the API.
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify } from '../../errors.js';
import { money } from '../../format.js';
import { employeeName, technicians } from '../../lookups.js';

const { reactive, ref } = Vue;

export default {
    name: 'LaborLines',
    props: { order: { type: Object, required: true }, editable: { type: Boolean, default: false } },
    emits: ['updated'],
    setup(props, { emit }) {
        const form = reactive({ name: '', hours: 1, rate: 120, technicianId: null });
        const errors = ref({});
        const saving = ref(false);

        async function add() {
            saving.value = true;
            errors.value = {};
            try {
                const updated = await api.post(`/work-orders/${props.order.id}/labor`, { ...form },
                    props.order.version);
                form.name = '';
                emit('updated', updated);
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        async function remove(line) {
            try {
                emit('updated', await api.delete(`/work-orders/${props.order.id}/labor/${line.id}`,
                    props.order.version));
            } catch (error) {
                notify(error);
            }
        }

        return { t, form, errors, saving, add, remove, money, employeeName, technicians };
    },
    template: `
      <el-card class="section" data-test="labor-lines">
        <template #header><div class="card-title">{{ t('order.labor') }}</div></template>
        <el-table :data="order.laborLines" :empty-text="t('order.noLabor')" size="small">
          <el-table-column prop="name" :label="t('fields.laborName')" min-width="140"></el-table-column>
          <el-table-column prop="hours" :label="t('fields.hours')" width="70" align="right"></el-table-column>
          <el-table-column :label="t('fields.rate')" width="90" align="right">
            <template #default="{ row }">{{ money(row.rate) }}</template>
          </el-table-column>
          <el-table-column :label="t('fields.technician')" width="90">
            <template #default="{ row }">{{ row.technicianId ? employeeName(row.technicianId) : '' }}</template>
          </el-table-column>
          <el-table-column :label="t('fields.amount')" width="100" align="right">
            <template #default="{ row }">{{ money(row.amount) }}</template>
          </el-table-column>
          <el-table-column v-if="editable" width="70">
            <template #default="{ row }">
              <el-button link type="danger" size="small" @click="remove(row)">{{ t('common.delete') }}</el-button>
            </template>
          </el-table-column>
        </el-table>
        <el-form v-if="editable" class="line-form" label-position="top" @submit.prevent="add">
          <el-form-item :label="t('fields.laborName')" :error="errors.name" class="grow" data-test="field-laborName">
            <el-input v-model="form.name" data-test="input-laborName"></el-input>
          </el-form-item>
          <el-form-item :label="t('fields.hours')" :error="errors.hours">
            <el-input-number v-model="form.hours" :min="0" :step="0.5" :precision="2" controls-position="right"
                             data-test="input-hours"></el-input-number>
          </el-form-item>
          <el-form-item :label="t('fields.rate')" :error="errors.rate">
            <el-input-number v-model="form.rate" :min="0" :step="10" :precision="2" controls-position="right"
                             data-test="input-rate"></el-input-number>
          </el-form-item>
          <el-form-item :label="t('fields.technician')" :error="errors.technicianId">
            <el-select v-model="form.technicianId" clearable :placeholder="t('common.none')">
              <el-option v-for="person in technicians()" :key="person.id" :label="person.name" :value="person.id">
              </el-option>
            </el-select>
          </el-form-item>
          <el-form-item label=" ">
            <el-button type="primary" native-type="submit" :loading="saving" data-test="add-labor">
              {{ t('order.addLabor') }}</el-button>
          </el-form-item>
        </el-form>
      </el-card>`
};
