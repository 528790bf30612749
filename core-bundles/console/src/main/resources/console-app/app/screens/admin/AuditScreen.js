// Audit log (owner): who changed what and when, filtered by kind of record and id, newest first. A shop whose
// server has no audit log yet returns 404 for the whole endpoint; the screen then shows that instead of an error.
import { api, query } from '../../api.js';
import { t } from '../../i18n.js';
import { notify } from '../../errors.js';
import { dateTime } from '../../format.js';

const { reactive, ref, onMounted } = Vue;
const ENTITIES = ['work-order', 'customer', 'vehicle', 'part', 'stock-movement', 'stock-count', 'purchase-order',
    'supplier', 'employee', 'user', 'role'];
const PAGE_SIZE = 50;

function changes(entry) {
    const before = entry.before || {};
    const after = entry.after || {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].map((field) => ({
        field, before: before[field], after: after[field]
    }));
}

const show = (value) => (value === undefined || value === null ? '—' : (typeof value === 'object'
    ? JSON.stringify(value) : String(value)));

export default {
    name: 'AuditScreen',
    setup() {
        const filters = reactive({ entity: '', id: '' });
        const result = ref({ items: [], total: 0 });
        const page = ref(1);
        const loading = ref(false);
        const missing = ref(false);
        const idError = ref('');

        async function load() {
            idError.value = '';
            if (filters.id && !/^\d+$/.test(filters.id.trim())) {
                idError.value = t('audit.idInvalid');
                return;
            }
            // Ids are unique only within one kind of record, so the server requires the kind with an id.
            if (filters.id && !filters.entity) {
                idError.value = t('audit.idNeedsEntity');
                return;
            }
            loading.value = true;
            try {
                const reply = await api.get(`/audit${query({ entity: filters.entity, id: filters.id.trim(),
                    limit: PAGE_SIZE, offset: (page.value - 1) * PAGE_SIZE })}`);
                const items = [...(reply.items || [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
                result.value = { items, total: reply.total ?? items.length };
                missing.value = false;
            } catch (error) {
                if (error.status === 404) {
                    missing.value = true;
                } else {
                    notify(error);
                }
            } finally {
                loading.value = false;
            }
        }

        const search = () => { page.value = 1; load(); };
        onMounted(load);
        return { t, filters, result, page, loading, missing, idError, entities: ENTITIES, search, load, changes,
            show, dateTime, pageSize: PAGE_SIZE };
    },
    template: `
      <section class="screen audit" data-test="audit">
        <h1>{{ t('audit.title') }}</h1>
        <el-result v-if="missing" icon="info" :title="t('audit.missingTitle')" :sub-title="t('audit.missingDetail')"
                   data-test="audit-missing"></el-result>
        <template v-else>
          <el-form class="filters" @submit.prevent="search">
            <el-select v-model="filters.entity" clearable filterable allow-create :placeholder="t('audit.entity')"
                       data-test="audit-entity">
              <el-option v-for="item in entities" :key="item" :value="item" :label="t('audit.entities.' + item)">
              </el-option>
            </el-select>
            <el-form-item :error="idError" class="audit-id">
              <el-input v-model="filters.id" :placeholder="t('audit.id')" inputmode="numeric" clearable
                        data-test="audit-id"></el-input>
            </el-form-item>
            <el-button type="primary" native-type="submit" data-test="audit-search">{{ t('audit.search') }}</el-button>
          </el-form>
          <el-table :data="result.items" v-loading="loading" :empty-text="t('common.noData')" size="small"
                    data-test="audit-table">
            <el-table-column :label="t('audit.at')" width="140">
              <template #default="{ row }">{{ dateTime(row.at) }}</template>
            </el-table-column>
            <el-table-column prop="actor" :label="t('audit.actor')" width="110"></el-table-column>
            <el-table-column :label="t('audit.entity')" width="140">
              <template #default="{ row }">{{ row.entity }} #{{ row.entityId }}</template>
            </el-table-column>
            <el-table-column prop="action" :label="t('audit.action')" width="100"></el-table-column>
            <el-table-column :label="t('audit.changes')" min-width="240">
              <template #default="{ row }">
                <div v-for="change in changes(row)" :key="change.field" class="small">
                  <strong>{{ change.field }}</strong>: {{ show(change.before) }} → {{ show(change.after) }}</div>
              </template>
            </el-table-column>
          </el-table>
          <el-pagination v-if="result.total > pageSize" v-model:current-page="page" :page-size="pageSize"
                         :total="result.total" layout="total, prev, pager, next" small @current-change="load">
          </el-pagination>
        </template>
      </section>`
};
