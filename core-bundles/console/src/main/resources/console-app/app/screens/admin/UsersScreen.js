// User accounts (owner): list, create with role and linked employee, change role, reset password, disable.
import { api, query } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify, success } from '../../errors.js';
import { employees, loadEmployees, employeeName } from '../../lookups.js';
import { ROLES } from '../../session.js';

const { reactive, ref, computed, onMounted } = Vue;
const { ElMessageBox } = ElementPlus;
const MAX_USERS = 500;

/** Returns whether the account may log in; the server sends "disabled" once an owner disabled it. */
function isActive(user) {
    return user.disabled !== true;
}

export default {
    name: 'UsersScreen',
    setup() {
        const users = ref([]);
        const loading = ref(false);
        const creating = ref(false);
        const form = reactive({ username: '', password: '', role: 'TECHNICIAN', employeeId: null });
        const errors = ref({});
        const saving = ref(false);
        const resetting = ref(null);
        const newPassword = ref('');
        const resetError = ref('');
        const activeEmployees = computed(() => employees.list.filter((item) => item.active));

        async function load() {
            loading.value = true;
            try {
                users.value = (await api.get(`/users${query({ limit: MAX_USERS })}`)).items;
            } catch (error) {
                notify(error);
            } finally {
                loading.value = false;
            }
        }

        function openCreate() {
            Object.assign(form, { username: '', password: '', role: 'TECHNICIAN', employeeId: null });
            errors.value = {};
            creating.value = true;
        }

        async function create() {
            saving.value = true;
            errors.value = {};
            try {
                const created = await api.post('/users', { username: form.username.trim(), password: form.password,
                    role: form.role || null, employeeId: form.employeeId || null });
                success('users.created', { username: created.username });
                creating.value = false;
                await load();
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        async function update(user, changes, messageKey) {
            try {
                await api.put(`/users/${user.id}`, changes, user.version);
                success(messageKey, { username: user.username });
            } catch (error) {
                notify(error);
            }
            await load();
        }

        const changeRole = (user, role) => update(user, { role }, 'users.roleChanged');

        async function setActive(user, active) {
            if (!active) {
                try {
                    await ElMessageBox.confirm(t('users.disableConfirm', { username: user.username }),
                        t('users.disable'), { type: 'warning', confirmButtonText: t('users.disable'),
                            cancelButtonText: t('common.cancel') });
                } catch (dismissed) {
                    return;
                }
            }
            await update(user, { disabled: !active }, active ? 'users.enabled' : 'users.disabled');
        }

        function openReset(user) {
            resetting.value = user;
            newPassword.value = '';
            resetError.value = '';
        }

        async function resetPassword() {
            resetError.value = '';
            try {
                await api.put(`/users/${resetting.value.id}`, { password: newPassword.value }, resetting.value.version);
                success('users.passwordReset', { username: resetting.value.username });
                resetting.value = null;
                await load();
            } catch (error) {
                const messages = fieldMessages(error);
                resetError.value = messages.password || '';
                notify(error, Object.keys(messages));
            }
        }

        onMounted(() => {
            loadEmployees().catch(notify);
            load();
        });

        return { t, users, loading, roles: ROLES, creating, form, errors, saving, resetting, newPassword, resetError,
            activeEmployees, isActive, employeeName, openCreate, create, changeRole, setActive, openReset,
            resetPassword };
    },
    template: `
      <section class="screen users" data-test="users">
        <h1>{{ t('users.title') }}
          <el-button type="primary" data-test="new-user" @click="openCreate">{{ t('users.new') }}</el-button></h1>
        <el-table :data="users" v-loading="loading" :empty-text="t('common.noData')" data-test="user-table">
          <el-table-column prop="username" :label="t('users.username')" min-width="120">
            <template #default="{ row }"><span :data-username="row.username" data-test="user-row">
              {{ row.username }}</span></template>
          </el-table-column>
          <el-table-column :label="t('users.role')" min-width="150">
            <template #default="{ row }">
              <el-select :model-value="row.role" size="small" :placeholder="t('role.none')"
                         :data-test="'user-role-' + row.username" @update:model-value="changeRole(row, $event)">
                <el-option v-for="item in roles" :key="item" :value="item" :label="t('role.' + item)"></el-option>
              </el-select>
            </template>
          </el-table-column>
          <el-table-column :label="t('users.employee')" min-width="110">
            <template #default="{ row }">{{ row.employeeId ? employeeName(row.employeeId) : '' }}</template>
          </el-table-column>
          <el-table-column :label="t('users.state')" width="90">
            <template #default="{ row }">
              <el-tag :type="isActive(row) ? 'success' : 'info'" size="small">
                {{ isActive(row) ? t('users.active') : t('users.inactive') }}</el-tag>
            </template>
          </el-table-column>
          <el-table-column :label="t('users.actions')" min-width="190">
            <template #default="{ row }">
              <el-button size="small" :data-test="'reset-password-' + row.username" @click="openReset(row)">
                {{ t('users.resetPassword') }}</el-button>
              <el-button v-if="isActive(row)" size="small" type="danger" plain
                         :data-test="'disable-' + row.username" @click="setActive(row, false)">
                {{ t('users.disable') }}</el-button>
              <el-button v-else size="small" :data-test="'enable-' + row.username" @click="setActive(row, true)">
                {{ t('users.enable') }}</el-button>
            </template>
          </el-table-column>
        </el-table>

        <el-dialog v-model="creating" :title="t('users.new')" width="min(460px, 94vw)" data-test="user-dialog">
          <el-form label-position="top" @submit.prevent="create">
            <el-form-item :label="t('users.username')" :error="errors.username" required>
              <el-input v-model="form.username" autocomplete="off" data-test="input-username"></el-input>
            </el-form-item>
            <el-form-item :label="t('users.initialPassword')" :error="errors.password" required>
              <el-input v-model="form.password" type="password" show-password autocomplete="new-password"
                        data-test="input-password"></el-input>
            </el-form-item>
            <el-form-item :label="t('users.role')" :error="errors.role">
              <el-select v-model="form.role" clearable :placeholder="t('role.none')" data-test="input-role">
                <el-option v-for="item in roles" :key="item" :value="item" :label="t('role.' + item)"
                           :data-role="item"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item :label="t('users.employee')" :error="errors.employeeId">
              <el-select v-model="form.employeeId" clearable filterable :placeholder="t('common.none')"
                         data-test="input-employee">
                <el-option v-for="person in activeEmployees" :key="person.id" :value="person.id"
                           :label="person.name + ' · ' + t('role.' + person.role)" :data-employee="person.id">
                </el-option>
              </el-select>
              <div class="hint">{{ t('users.employeeHint') }}</div>
            </el-form-item>
            <div class="actions">
              <el-button @click="creating = false">{{ t('common.cancel') }}</el-button>
              <el-button type="primary" native-type="submit" :loading="saving" data-test="save-user">
                {{ t('common.save') }}</el-button>
            </div>
          </el-form>
        </el-dialog>

        <el-dialog :model-value="resetting !== null" @update:model-value="resetting = null"
                   :title="t('users.resetPasswordOf', { username: resetting ? resetting.username : '' })"
                   width="min(420px, 94vw)" data-test="reset-dialog">
          <el-form label-position="top" @submit.prevent="resetPassword">
            <el-form-item :label="t('password.new')" :error="resetError" required>
              <el-input v-model="newPassword" type="password" show-password autocomplete="new-password"
                        data-test="input-new-password"></el-input>
            </el-form-item>
            <div class="actions">
              <el-button @click="resetting = null">{{ t('common.cancel') }}</el-button>
              <el-button type="primary" native-type="submit" data-test="save-new-password">
                {{ t('common.save') }}</el-button>
            </div>
          </el-form>
        </el-dialog>
      </section>`
};
