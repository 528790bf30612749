// Login page: username and password, the rejection shown at the form, and the language switch.
import { t, locale, setLocale, LOCALES } from '../i18n.js';
import { login, afterLogin } from '../auth.js';

const { reactive, ref, computed } = Vue;

export default {
    name: 'LoginScreen',
    setup() {
        const form = reactive({ username: '', password: '' });
        const error = ref('');
        const busy = ref(false);
        const otherLocale = computed(() => LOCALES.find((candidate) => candidate !== locale.value));

        function messageOf(failure) {
            if (failure.status === 401) {
                return t('login.wrongCredentials');
            }
            if (failure.status === 429) {
                return failure.retryAfterSeconds === null ? t('login.throttled')
                    : t('login.throttledFor', { seconds: failure.retryAfterSeconds });
            }
            if (failure.status === 0) {
                return t('errors.status.0');
            }
            return t('login.failed', { status: failure.status });
        }

        async function submit() {
            error.value = '';
            if (!form.username.trim() || !form.password) {
                error.value = t('login.missing');
                return;
            }
            busy.value = true;
            try {
                await login(form.username.trim(), form.password);
                form.password = '';
                afterLogin();
            } catch (failure) {
                error.value = messageOf(failure);
            } finally {
                busy.value = false;
            }
        }

        return { t, form, error, busy, submit, otherLocale, switchLanguage: () => setLocale(otherLocale.value) };
    },
    template: `
      <section class="login-page" data-test="login">
        <el-card class="login-card">
          <template #header>
            <div class="login-head">
              <span class="card-title" data-test="login-title">{{ t('login.title') }}</span>
              <el-button text data-test="login-language" @click="switchLanguage">
                {{ t('app.switchTo.' + otherLocale) }}</el-button>
            </div>
          </template>
          <el-form label-position="top" @submit.prevent="submit">
            <el-form-item :label="t('login.username')">
              <el-input v-model="form.username" autocomplete="username" size="large" data-test="login-username">
              </el-input>
            </el-form-item>
            <el-form-item :label="t('login.password')">
              <el-input v-model="form.password" type="password" show-password autocomplete="current-password"
                        size="large" data-test="login-password"></el-input>
            </el-form-item>
            <el-alert v-if="error" :title="error" type="error" :closable="false" show-icon class="login-error"
                      data-test="login-error"></el-alert>
            <el-button type="primary" native-type="submit" size="large" :loading="busy" class="login-submit"
                       data-test="login-submit">{{ t('login.submit') }}</el-button>
          </el-form>
        </el-card>
      </section>`
};
