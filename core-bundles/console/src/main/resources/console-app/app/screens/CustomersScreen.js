// Customers: search on the server by name, phone, last four digits or plate, one page at a time.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { notify } from '../errors.js';
import { dateTime } from '../format.js';

const { ref, watch, onMounted } = Vue;
const PAGE_SIZE = 20;
const SEARCH_DELAY_MILLIS = 300;

export default {
    name: 'CustomersScreen',
    setup() {
        const q = ref('');
        const page = ref(1);
        const result = ref({ items: [], total: 0 });
        const loading = ref(false);
        let timer = null;

        async function load() {
            loading.value = true;
            try {
                result.value = await api.get(`/customers${query({ q: q.value.trim(), limit: PAGE_SIZE,
                    offset: (page.value - 1) * PAGE_SIZE })}`);
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        watch(q, () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(() => { page.value = 1; load(); }, SEARCH_DELAY_MILLIS);
        });
        watch(page, load);
        onMounted(load);

        return { t, q, page, result, loading, dateTime, pageSize: PAGE_SIZE,
            open: (row) => go(`/customers/${row.id}`) };
    },
    template: `
      <section class="screen customers" data-test="customers">
        <h1>{{ t('customers.title') }}</h1>
        <div class="filters">
          <el-input v-model="q" :placeholder="t('reception.searchPlaceholder')" clearable data-test="customer-search">
          </el-input>
        </div>
        <el-table :data="result.items" v-loading="loading" @row-click="open" class="clickable"
                  :empty-text="t('common.noData')">
          <el-table-column prop="name" :label="t('fields.name')" min-width="140"></el-table-column>
          <el-table-column prop="phone" :label="t('fields.phone')" width="130"></el-table-column>
          <el-table-column :label="t('fields.customerType')" width="90">
            <template #default="{ row }">{{ t('customerType.' + row.type) }}</template>
          </el-table-column>
          <el-table-column :label="t('fields.createdAt')" width="150">
            <template #default="{ row }">{{ dateTime(row.createdAt) }}</template>
          </el-table-column>
        </el-table>
        <el-pagination v-model:current-page="page" :page-size="pageSize" :total="result.total"
                       layout="total, prev, pager, next" :pager-count="5" small background></el-pagination>
      </section>`
};
