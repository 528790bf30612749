// Parts lines of an order. Parts are picked from stock with their on-hand quantity and bin location; the API takes
// the quantity from the oldest batch and rejects the line when stock is short.
import { api, query } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify } from '../../errors.js';
import { money } from '../../format.js';

const { reactive, ref } = Vue;
const PICK_LIMIT = 20;

export default {
    name: 'PartLines',
    props: { order: { type: Object, required: true }, editable: { type: Boolean, default: false } },
    emits: ['updated'],
    setup(props, { emit }) {
        const form = reactive({ partId: null, quantity: 1, unitPrice: null });
        const options = ref([]);
        const searching = ref(false);
        const errors = ref({});
        const saving = ref(false);

        async function searchParts(text) {
            searching.value = true;
            try {
                const page = await api.get(`/parts${query({ q: text, limit: PICK_LIMIT })}`);
                options.value = page.items;
            } catch (error) {
                notify(error);
            } finally {
                searching.value = false;
            }
        }

        function picked(partId) {
            const part = options.value.find((item) => item.id === partId);
            form.unitPrice = part ? Number(part.salePrice) : null;
        }

        async function add() {
            saving.value = true;
            errors.value = {};
            try {
                const updated = await api.post(`/work-orders/${props.order.id}/parts`, { ...form },
                    props.order.version);
                form.partId = null;
                form.quantity = 1;
                form.unitPrice = null;
                emit('updated', updated);
            } catch (error) {
                errors.value = fieldMessages(error);
                if (error.status === 409) {
                    errors.value = { ...errors.value, quantity: t('order.notEnoughStock') };
                }
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        async function remove(line) {
            try {
                emit('updated', await api.delete(`/work-orders/${props.order.id}/parts/${line.id}`,
                    props.order.version));
            } catch (error) {
                notify(error);
            }
        }

        return { t, form, options, searching, errors, saving, searchParts, picked, add, remove, money };
    },
    template: `
      <el-card class="section" data-test="part-lines">
        <template #header><div class="card-title">{{ t('order.parts') }}</div></template>
        <el-table :data="order.partLines" :empty-text="t('order.noParts')" size="small">
          <el-table-column prop="partCode" :label="t('fields.partCode')" width="100"></el-table-column>
          <el-table-column prop="partName" :label="t('fields.partName')" min-width="130"></el-table-column>
          <el-table-column prop="quantity" :label="t('fields.quantity')" width="70" align="right"></el-table-column>
          <el-table-column :label="t('fields.unitPrice')" width="90" align="right">
            <template #default="{ row }">{{ money(row.unitPrice) }}</template>
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
          <el-form-item :label="t('order.pickPart')" :error="errors.partId" class="grow" data-test="field-partId">
            <el-select v-model="form.partId" filterable remote :remote-method="searchParts" :loading="searching"
                       :placeholder="t('order.pickPartPlaceholder')" @change="picked" data-test="pick-part"
                       popper-class="part-picker">
              <el-option v-for="part in options" :key="part.id" :value="part.id"
                         :label="part.code + ' ' + part.name" :disabled="Number(part.onHand) <= 0">
                <div class="part-option" :data-code="part.code">
                  <span>{{ part.code }} {{ part.name }}</span>
                  <span class="muted small">{{ t('order.onHandAt', { onHand: part.onHand, unit: part.unit,
                    location: part.location || '-' }) }}</span>
                </div>
              </el-option>
            </el-select>
          </el-form-item>
          <el-form-item :label="t('fields.quantity')" :error="errors.quantity" data-test="field-quantity">
            <el-input-number v-model="form.quantity" :min="0" :step="1" controls-position="right"
                             data-test="input-quantity"></el-input-number>
          </el-form-item>
          <el-form-item :label="t('fields.unitPrice')" :error="errors.unitPrice">
            <el-input-number v-model="form.unitPrice" :min="0" :precision="2" controls-position="right">
            </el-input-number>
          </el-form-item>
          <el-form-item label=" ">
            <el-button type="primary" native-type="submit" :loading="saving" data-test="add-part">
              {{ t('order.addPart') }}</el-button>
          </el-form-item>
        </el-form>
      </el-card>`
};
