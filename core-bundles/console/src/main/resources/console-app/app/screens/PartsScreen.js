// Parts and stock: server-side search and paging, on-hand quantity with a warning below safety stock.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { notify } from '../errors.js';
import { money } from '../format.js';

const { ref, watch, onMounted } = Vue;
const PAGE_SIZE = 20;
const SEARCH_DELAY_MILLIS = 300;

export default {
    name: 'PartsScreen',
    setup() {
        const q = ref('');
        const lowOnly = ref(false);
        const page = ref(1);
        const result = ref({ items: [], total: 0 });
        const loading = ref(false);
        let timer = null;

        async function load() {
            loading.value = true;
            try {
                result.value = await api.get(`/parts${query({ q: q.value.trim(),
                    belowSafetyStock: lowOnly.value ? 'true' : '', limit: PAGE_SIZE,
                    offset: (page.value - 1) * PAGE_SIZE })}`);
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        const restart = () => { page.value = 1; load(); };
        watch(q, () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(restart, SEARCH_DELAY_MILLIS);
        });
        watch(lowOnly, restart);
        watch(page, load);
        onMounted(load);

        const isLow = (part) => Number(part.onHand) < Number(part.safetyStock);
        return { t, q, lowOnly, page, result, loading, money, isLow, pageSize: PAGE_SIZE,
            open: (row) => go(`/parts/${row.id}`) };
    },
    template: `
      <section class="screen parts" data-test="parts">
        <h1>{{ t('parts.title') }}</h1>
        <div class="filters">
          <el-input v-model="q" :placeholder="t('parts.search')" clearable data-test="part-search"></el-input>
          <el-checkbox v-model="lowOnly" data-test="low-only">{{ t('parts.lowOnly') }}</el-checkbox>
        </div>
        <el-table :data="result.items" v-loading="loading" @row-click="open" class="clickable"
                  :row-class-name="({ row }) => isLow(row) ? 'low-stock' : ''" :empty-text="t('common.noData')">
          <el-table-column prop="code" :label="t('fields.partCode')" width="100"></el-table-column>
          <el-table-column :label="t('fields.partName')" min-width="150">
            <template #default="{ row }">{{ row.name }} <span class="muted small">{{ row.spec }}</span></template>
          </el-table-column>
          <el-table-column :label="t('fields.onHand')" width="110" align="right">
            <template #default="{ row }">
              <span :class="{ warning: isLow(row) }">{{ row.onHand }} {{ row.unit }}</span>
              <el-tag v-if="isLow(row)" type="danger" size="small" data-test="low-stock">{{ t('parts.low') }}</el-tag>
            </template>
          </el-table-column>
          <el-table-column prop="safetyStock" :label="t('fields.safetyStock')" width="90" align="right">
          </el-table-column>
          <el-table-column prop="location" :label="t('fields.location')" width="90"></el-table-column>
          <el-table-column :label="t('fields.salePrice')" width="100" align="right">
            <template #default="{ row }">{{ money(row.salePrice) }}</template>
          </el-table-column>
        </el-table>
        <el-pagination v-model:current-page="page" :page-size="pageSize" :total="result.total"
                       layout="total, prev, pager, next" :pager-count="5" small background></el-pagination>
      </section>`
};
