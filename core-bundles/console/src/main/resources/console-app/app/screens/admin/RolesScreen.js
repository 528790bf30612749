// Role × permission grid (owner): one row per permission, one column per role. The owner column is read-only
// because the owner always has every permission. Saving sends the grants of each changed role.
import { api } from '../../api.js';
import { t, has } from '../../i18n.js';
import { notify, success } from '../../errors.js';
import { ROLES } from '../../session.js';

const { ref, reactive, computed, onMounted } = Vue;
const EDITABLE_ROLES = ROLES.filter((role) => role !== 'OWNER');

function itemsOf(reply) {
    return Array.isArray(reply) ? reply : (reply && reply.items) || [];
}

export default {
    name: 'RolesScreen',
    setup() {
        const permissions = ref([]);
        const grants = reactive({});
        const saved = ref({});
        const loading = ref(false);
        const saving = ref(false);

        async function load() {
            loading.value = true;
            try {
                const [roleReply, permissionReply] = await Promise.all([api.get('/roles'), api.get('/permissions')]);
                permissions.value = itemsOf(permissionReply);
                const loaded = {};
                for (const entry of itemsOf(roleReply)) {
                    loaded[entry.role || entry.name] = [...(entry.permissions || [])];
                }
                for (const role of EDITABLE_ROLES) {
                    grants[role] = [...(loaded[role] || [])];
                }
                saved.value = loaded;
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        const changedRoles = computed(() => EDITABLE_ROLES.filter((role) => {
            const before = [...(saved.value[role] || [])].sort().join(',');
            return before !== [...(grants[role] || [])].sort().join(',');
        }));

        function toggle(role, permission, granted) {
            const current = grants[role] || [];
            grants[role] = granted ? [...current, permission] : current.filter((name) => name !== permission);
        }

        async function save() {
            saving.value = true;
            try {
                for (const role of changedRoles.value) {
                    await api.put(`/roles/${role}/permissions`, { permissions: grants[role] });
                }
                success('roles.saved');
            } catch (error) {
                notify(error);
            } finally {
                saving.value = false;
            }
            await load();
        }

        /** The permission's name in the console's words where there is one, else the server's description. */
        const describe = (permission) => (has(`permissions.${permission.name}`) ? t(`permissions.${permission.name}`)
            : permission.description || permission.name);

        onMounted(load);
        return { t, permissions, grants, loading, saving, roles: EDITABLE_ROLES, changedRoles, toggle, save,
            describe };
    },
    template: `
      <section class="screen roles" data-test="roles">
        <h1>{{ t('roles.title') }}
          <el-button type="primary" :disabled="changedRoles.length === 0" :loading="saving" data-test="save-roles"
                     @click="save">{{ t('common.save') }}</el-button></h1>
        <p class="hint">{{ t('roles.hint') }}</p>
        <el-table :data="permissions" v-loading="loading" :empty-text="t('common.noData')" size="small"
                  class="permission-grid" data-test="permission-grid">
          <el-table-column :label="t('roles.permission')" min-width="220" fixed>
            <template #default="{ row }">
              <div>{{ describe(row) }}</div><div class="muted small">{{ row.name }}</div>
            </template>
          </el-table-column>
          <el-table-column :label="t('role.OWNER')" width="80" align="center">
            <template #default><el-checkbox :model-value="true" disabled></el-checkbox></template>
          </el-table-column>
          <el-table-column v-for="role in roles" :key="role" :label="t('role.' + role)" min-width="90" align="center">
            <template #default="{ row }">
              <el-checkbox :model-value="(grants[role] || []).includes(row.name)"
                           :data-test="'grant-' + role + '-' + row.name"
                           @update:model-value="toggle(role, row.name, $event)"></el-checkbox>
            </template>
          </el-table-column>
        </el-table>
      </section>`
};
