// One part: stock facts, a goods receipt form, its batches and its stock movements page by page.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { route } from '../router.js';
import { fieldMessages, notify, success } from '../errors.js';
import { dateTime, money } from '../format.js';
import { can } from '../session.js';
import LoadFailed from '../components/LoadFailed.js';

const { reactive, ref, watch, onMounted } = Vue;
const PAGE_SIZE = 20;

export default {
    name: 'PartScreen',
    components: { LoadFailed },
    setup() {
        const loadError = ref(null);
        // Batches carry purchase costs (stock.cost); receiving stock needs stock.receive.
        const mayReceive = can('stock.receive');
        const maySeeCosts = can('stock.cost');
        const part = ref(null);
        const batches = ref([]);
        const movements = ref({ items: [], total: 0 });
        const page = ref(1);
        const receipt = reactive({ quantity: 1, unitCost: 0, batch: '', supplier: '' });
        const errors = ref({});
        const saving = ref(false);

        async function loadMovements() {
            movements.value = await api.get(`/parts/${route.params.id}/movements${query({ limit: PAGE_SIZE,
                offset: (page.value - 1) * PAGE_SIZE })}`);
        }

        async function load() {
            try {
                part.value = await api.get(`/parts/${route.params.id}`);
                if (maySeeCosts) {
                    batches.value = (await api.get(`/parts/${route.params.id}/batches`)).items;
                }
                await loadMovements();
            } catch (error) {
                if (!part.value) {
                    loadError.value = error;
                }
                notify(error);
            }
        }

        async function receive() {
            saving.value = true;
            errors.value = {};
            try {
                await api.post('/stock/receipts', { partId: part.value.id, quantity: receipt.quantity,
                    unitCost: receipt.unitCost, batch: receipt.batch || null, supplier: receipt.supplier || null });
                success('part.received');
                receipt.batch = '';
                await load();
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        watch(page, () => loadMovements().catch(notify));
        onMounted(load);
        return { t, loadError, mayReceive, maySeeCosts, part, batches, movements, page, receipt, errors, saving, receive, dateTime, money,
            pageSize: PAGE_SIZE };
    },
    template: `
      <section class="screen part" data-test="part">
        <template v-if="part">
          <h1>{{ part.code }} {{ part.name }}</h1>
          <el-descriptions :column="3" border size="small" class="facts">
            <el-descriptions-item :label="t('fields.onHand')">
              <span :class="{ warning: Number(part.onHand) < Number(part.safetyStock) }">{{ part.onHand }}
                {{ part.unit }}</span></el-descriptions-item>
            <el-descriptions-item :label="t('fields.safetyStock')">{{ part.safetyStock }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.location')">{{ part.location }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.spec')">{{ part.spec }}</el-descriptions-item>
            <el-descriptions-item :label="t('fields.salePrice')">{{ money(part.salePrice) }}</el-descriptions-item>
          </el-descriptions>
          <el-card v-if="mayReceive" class="section">
            <template #header><div class="card-title">{{ t('part.receipt') }}</div></template>
            <el-form class="line-form" label-position="top" @submit.prevent="receive">
              <el-form-item :label="t('fields.quantity')" :error="errors.quantity">
                <el-input-number v-model="receipt.quantity" :min="0" controls-position="right"></el-input-number>
              </el-form-item>
              <el-form-item :label="t('fields.unitCost')" :error="errors.unitCost">
                <el-input-number v-model="receipt.unitCost" :min="0" :precision="2" controls-position="right">
                </el-input-number>
              </el-form-item>
              <el-form-item :label="t('fields.batch')" :error="errors.batch">
                <el-input v-model="receipt.batch"></el-input>
              </el-form-item>
              <el-form-item :label="t('fields.supplier')" :error="errors.supplier">
                <el-input v-model="receipt.supplier"></el-input>
              </el-form-item>
              <el-form-item label=" ">
                <el-button type="primary" native-type="submit" :loading="saving">{{ t('part.receive') }}</el-button>
              </el-form-item>
            </el-form>
          </el-card>
          <el-card v-if="maySeeCosts" class="section">
            <template #header><div class="card-title">{{ t('part.batches') }}</div></template>
            <el-table :data="batches" size="small" :empty-text="t('common.noData')">
              <el-table-column prop="batch" :label="t('fields.batch')" min-width="120"></el-table-column>
              <el-table-column prop="supplier" :label="t('fields.supplier')" min-width="120"></el-table-column>
              <el-table-column prop="remaining" :label="t('part.remaining')" width="90" align="right">
              </el-table-column>
              <el-table-column :label="t('fields.unitCost')" width="90" align="right">
                <template #default="{ row }">{{ money(row.unitCost) }}</template>
              </el-table-column>
              <el-table-column :label="t('part.receivedAt')" width="140">
                <template #default="{ row }">{{ dateTime(row.receivedAt) }}</template>
              </el-table-column>
            </el-table>
          </el-card>
          <el-card class="section">
            <template #header><div class="card-title">{{ t('part.movements') }}</div></template>
            <el-table :data="movements.items" size="small" :empty-text="t('common.noData')" data-test="movements">
              <el-table-column :label="t('part.at')" width="140">
                <template #default="{ row }">{{ dateTime(row.at) }}</template>
              </el-table-column>
              <el-table-column :label="t('part.type')" width="80">
                <template #default="{ row }">{{ t('movement.' + row.type) }}</template>
              </el-table-column>
              <el-table-column prop="quantity" :label="t('fields.quantity')" width="80" align="right">
              </el-table-column>
              <el-table-column prop="batch" :label="t('fields.batch')" min-width="110"></el-table-column>
              <el-table-column :label="t('part.workOrder')" width="90">
                <template #default="{ row }">
                  <a v-if="row.workOrderId" :href="'#/orders/' + row.workOrderId">#{{ row.workOrderId }}</a>
                </template>
              </el-table-column>
              <el-table-column prop="note" :label="t('fields.note')" min-width="120"></el-table-column>
            </el-table>
            <el-pagination v-if="movements.total > pageSize" v-model:current-page="page" :page-size="pageSize"
                           :total="movements.total" layout="prev, pager, next" small></el-pagination>
          </el-card>
        </template>
        <load-failed v-else-if="loadError" :error="loadError"></load-failed>
      </section>`
};
