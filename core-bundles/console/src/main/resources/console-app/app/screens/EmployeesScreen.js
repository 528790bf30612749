// Employees of the shop with role and skills, one page at a time.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { notify } from '../errors.js';

const { ref, watch, onMounted } = Vue;
const PAGE_SIZE = 20;
const ROLES = ['OWNER', 'ADVISOR', 'TECHNICIAN', 'PARTS_CLERK', 'CASHIER'];

export default {
    name: 'EmployeesScreen',
    setup() {
        const role = ref(null);
        const page = ref(1);
        const result = ref({ items: [], total: 0 });
        const loading = ref(false);

        async function load() {
            loading.value = true;
            try {
                result.value = await api.get(`/employees${query({ role: role.value, limit: PAGE_SIZE,
                    offset: (page.value - 1) * PAGE_SIZE })}`);
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        watch(role, () => { page.value = 1; load(); });
        watch(page, load);
        onMounted(load);
        return { t, role, roles: ROLES, page, result, loading, pageSize: PAGE_SIZE };
    },
    template: `
      <section class="screen employees" data-test="employees">
        <h1>{{ t('employees.title') }}</h1>
        <div class="filters">
          <el-select v-model="role" clearable :placeholder="t('employees.allRoles')">
            <el-option v-for="item in roles" :key="item" :value="item" :label="t('role.' + item)"></el-option>
          </el-select>
        </div>
        <el-table :data="result.items" v-loading="loading" :empty-text="t('common.noData')">
          <el-table-column prop="name" :label="t('fields.name')" width="120"></el-table-column>
          <el-table-column :label="t('employees.role')" width="110">
            <template #default="{ row }">{{ t('role.' + row.role) }}</template>
          </el-table-column>
          <el-table-column :label="t('employees.skills')" min-width="160">
            <template #default="{ row }">
              <el-tag v-for="skill in row.skills" :key="skill" size="small" class="skill">{{ skill }}</el-tag>
            </template>
          </el-table-column>
          <el-table-column :label="t('employees.active')" width="80">
            <template #default="{ row }">{{ row.active ? t('common.yes') : t('common.no') }}</template>
          </el-table-column>
        </el-table>
        <el-pagination v-if="result.total > pageSize" v-model:current-page="page" :page-size="pageSize"
                       :total="result.total" layout="total, prev, pager, next" small></el-pagination>
      </section>`
};
