// Settlement after a passed inspection: the balance is paid in full with the chosen payment method.
import { t } from '../../i18n.js';
import { generalMessage } from '../../errors.js';
import { money, PAYMENT_METHODS } from '../../format.js';
import { settle } from '../../workflow.js';

const { ref, computed } = Vue;

export default {
    name: 'SettleDialog',
    props: { modelValue: { type: Boolean, default: false }, order: { type: Object, required: true } },
    emits: ['update:modelValue', 'settled'],
    setup(props, { emit }) {
        const method = ref('WECHAT');
        const note = ref('');
        const error = ref('');
        const saving = ref(false);
        const visible = computed({ get: () => props.modelValue, set: (value) => emit('update:modelValue', value) });

        async function confirm() {
            saving.value = true;
            error.value = '';
            try {
                emit('settled', await settle(props.order, method.value, note.value));
            } catch (failure) {
                error.value = generalMessage(failure);
            } finally {
                saving.value = false;
            }
        }

        return { t, method, note, error, saving, visible, confirm, money, methods: PAYMENT_METHODS };
    },
    template: `
      <el-dialog v-model="visible" :title="t('order.settleTitle')" width="min(480px, 94vw)" data-test="settle-dialog">
        <p>{{ t('order.settleBalance', { amount: money(order.totals.balance) }) }}</p>
        <el-form label-position="top" @submit.prevent="confirm">
          <el-form-item :label="t('fields.paymentMethod')" :error="error" data-test="field-payment">
            <el-radio-group v-model="method" data-test="payment-method">
              <el-radio-button v-for="item in methods" :key="item" :value="item" :data-method="item">
                {{ t('payment.' + item) }}</el-radio-button>
            </el-radio-group>
          </el-form-item>
          <el-form-item :label="t('fields.note')">
            <el-input v-model="note"></el-input>
          </el-form-item>
        </el-form>
        <template #footer>
          <el-button @click="visible = false">{{ t('common.cancel') }}</el-button>
          <el-button type="primary" :loading="saving" data-test="confirm-settle" @click="confirm">
            {{ t('order.confirmSettle') }}</el-button>
        </template>
      </el-dialog>`
};
