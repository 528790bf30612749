// Form of a new customer; invalid fields show the API's message right below them.
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { fieldMessages, notify } from '../../errors.js';

const { reactive, ref } = Vue;

export default {
    name: 'CustomerForm',
    props: { initialText: { type: String, default: '' } },
    emits: ['created', 'cancel'],
    setup(props, { emit }) {
        const text = props.initialText.trim();
        const looksLikePhone = /^[+\d][\d\s-]*$/.test(text);
        const form = reactive({ name: looksLikePhone ? '' : text, phone: looksLikePhone ? text : '',
            type: 'INDIVIDUAL', notes: '' });
        const errors = ref({});
        const saving = ref(false);

        async function save() {
            saving.value = true;
            errors.value = {};
            try {
                const created = await api.post('/customers', { ...form, notes: form.notes || null });
                emit('created', created);
            } catch (error) {
                errors.value = fieldMessages(error);
                notify(error, Object.keys(errors.value));
            } finally {
                saving.value = false;
            }
        }

        return { t, form, errors, saving, save, cancel: () => emit('cancel') };
    },
    template: `
      <el-card class="form-card" data-test="customer-form">
        <template #header><div class="card-title">{{ t('reception.newCustomer') }}</div></template>
        <el-form label-position="top" @submit.prevent="save">
          <el-form-item :label="t('fields.name')" :error="errors.name" required data-test="field-name">
            <el-input v-model="form.name" data-test="input-name"></el-input>
          </el-form-item>
          <el-form-item :label="t('fields.phone')" :error="errors.phone" required data-test="field-phone">
            <el-input v-model="form.phone" inputmode="tel" data-test="input-phone"></el-input>
          </el-form-item>
          <el-form-item :label="t('fields.customerType')" :error="errors.type">
            <el-radio-group v-model="form.type">
              <el-radio value="INDIVIDUAL">{{ t('customerType.INDIVIDUAL') }}</el-radio>
              <el-radio value="COMPANY">{{ t('customerType.COMPANY') }}</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item :label="t('fields.notes')" :error="errors.notes">
            <el-input v-model="form.notes" type="textarea" :rows="2"></el-input>
          </el-form-item>
          <div class="actions">
            <el-button @click="cancel">{{ t('common.cancel') }}</el-button>
            <el-button type="primary" native-type="submit" :loading="saving" data-test="save-customer">
              {{ t('common.save') }}</el-button>
          </div>
        </el-form>
      </el-card>`
};
