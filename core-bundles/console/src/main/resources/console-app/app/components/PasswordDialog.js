// Dialog in which the logged-in user changes their own password; the server checks the current one.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { fieldMessages, notify, success } from '../errors.js';
import { storeToken } from '../session.js';

const { reactive, ref, watch } = Vue;

export default {
    name: 'PasswordDialog',
    props: { modelValue: { type: Boolean, default: false } },
    emits: ['update:modelValue'],
    setup(props, { emit }) {
        const form = reactive({ currentPassword: '', newPassword: '', repeated: '' });
        const errors = ref({});
        const saving = ref(false);

        watch(() => props.modelValue, (open) => {
            if (open) {
                form.currentPassword = '';
                form.newPassword = '';
                form.repeated = '';
                errors.value = {};
            }
        });

        async function save() {
            errors.value = {};
            if (form.newPassword !== form.repeated) {
                errors.value = { repeated: t('password.mismatch') };
                return;
            }
            saving.value = true;
            try {
                // The change revokes every token of the user, so the reply carries the one to go on with.
                const reply = await api.put('/me/password', { currentPassword: form.currentPassword,
                    newPassword: form.newPassword });
                if (reply && reply.token) {
                    storeToken(reply.token);
                }
                success('password.changed');
                emit('update:modelValue', false);
            } catch (error) {
                errors.value = fieldMessages(error);
                if (error.status === 403 || (error.status === 422 && !error.fieldErrors.length)) {
                    errors.value.currentPassword = t('password.currentWrong');
                } else {
                    notify(error, Object.keys(errors.value));
                }
            } finally {
                saving.value = false;
            }
        }

        return { t, form, errors, saving, save, close: () => emit('update:modelValue', false) };
    },
    template: `
      <el-dialog :model-value="modelValue" @update:model-value="close" :title="t('password.title')"
                 width="min(420px, 94vw)" append-to-body data-test="password-dialog">
        <el-form label-position="top" @submit.prevent="save">
          <el-form-item :label="t('password.current')" :error="errors.currentPassword" required>
            <el-input v-model="form.currentPassword" type="password" show-password autocomplete="current-password"
                      data-test="password-current"></el-input>
          </el-form-item>
          <el-form-item :label="t('password.new')" :error="errors.newPassword" required>
            <el-input v-model="form.newPassword" type="password" show-password autocomplete="new-password"
                      data-test="password-new"></el-input>
          </el-form-item>
          <el-form-item :label="t('password.repeat')" :error="errors.repeated" required>
            <el-input v-model="form.repeated" type="password" show-password autocomplete="new-password"
                      data-test="password-repeat"></el-input>
          </el-form-item>
          <div class="actions">
            <el-button @click="close">{{ t('common.cancel') }}</el-button>
            <el-button type="primary" native-type="submit" :loading="saving" data-test="password-save">
              {{ t('common.save') }}</el-button>
          </div>
        </el-form>
      </el-dialog>`
};
