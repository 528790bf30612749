// Work orders of one vehicle, newest first, one page at a time from the server.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { notify } from '../errors.js';
import { dateTime, money } from '../format.js';

const { ref, watch, onMounted } = Vue;
const PAGE_SIZE = 10;

export default {
    name: 'ServiceHistory',
    props: { vehicleId: { type: Number, required: true } },
    setup(props) {
        const page = ref(1);
        const result = ref({ items: [], total: 0 });
        const loading = ref(false);

        async function load() {
            loading.value = true;
            try {
                result.value = await api.get(`/vehicles/${props.vehicleId}/history${query({ limit: PAGE_SIZE,
                    offset: (page.value - 1) * PAGE_SIZE })}`);
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        watch(page, load);
        onMounted(load);
        return { t, page, result, loading, dateTime, money, pageSize: PAGE_SIZE,
            open: (row) => go(`/orders/${row.id}`) };
    },
    template: `
      <div class="service-history" data-test="service-history">
        <el-table :data="result.items" v-loading="loading" @row-click="open" class="clickable" size="small"
                  :empty-text="t('vehicle.noHistory')">
          <el-table-column prop="number" :label="t('fields.number')" width="150"></el-table-column>
          <el-table-column :label="t('fields.receivedAt')" width="140">
            <template #default="{ row }">{{ dateTime(row.receivedAt) }}</template>
          </el-table-column>
          <el-table-column :label="t('fields.status')" width="90">
            <template #default="{ row }"><status-tag :status="row.status"></status-tag></template>
          </el-table-column>
          <el-table-column prop="complaint" :label="t('fields.complaint')" min-width="160"></el-table-column>
          <el-table-column :label="t('totals.total')" width="100" align="right">
            <template #default="{ row }">{{ money(row.total) }}</template>
          </el-table-column>
        </el-table>
        <el-pagination v-if="result.total > pageSize" v-model:current-page="page" :page-size="pageSize"
                       :total="result.total" layout="prev, pager, next" small></el-pagination>
      </div>`
};
