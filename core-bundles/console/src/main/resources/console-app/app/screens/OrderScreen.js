// Work-order detail: lines, totals and discount, history, inspection result, settlement and the print view.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { route } from '../router.js';
import { notify, success } from '../errors.js';
import { dateTime, isOverdue } from '../format.js';
import { customer, loadEmployees } from '../lookups.js';
import { NEXT_STATUS, CANCELLABLE, moveTo, failInspection, canMove } from '../workflow.js';
import { can, session } from '../session.js';
import LoadFailed from '../components/LoadFailed.js';
import LaborLines from './order/LaborLines.js';
import PartLines from './order/PartLines.js';
import OrderTotals from './order/OrderTotals.js';
import OrderHistory from './order/OrderHistory.js';
import SettleDialog from './order/SettleDialog.js';
import PrintSheet from './order/PrintSheet.js';

const { ref, reactive, computed, onMounted, onBeforeUnmount } = Vue;
const { ElMessageBox } = ElementPlus;
const EDITABLE = ['RECEIVED', 'OPEN', 'IN_REPAIR', 'INSPECTION'];

export default {
    name: 'OrderScreen',
    components: { LaborLines, PartLines, OrderTotals, OrderHistory, SettleDialog, PrintSheet, LoadFailed },
    setup() {
        const order = ref(null);
        const vehicle = ref(null);
        const settling = ref(false);
        const busy = ref(false);
        const loadError = ref(null);
        const qrUrl = ref(null);
        const owner = computed(() => (order.value ? customer(order.value.customerId) : null));
        const editable = computed(() => order.value && EDITABLE.includes(order.value.status));
        const next = computed(() => {
            const to = order.value && NEXT_STATUS[order.value.status];
            return to && canMove(order.value.status, to) ? to : null;
        });
        const cancellable = computed(() => order.value && CANCELLABLE.includes(order.value.status)
            && canMove(order.value.status, 'CANCELLED'));
        // reactive() unwraps the computed values, so the template reads may.fail as a boolean.
        const may = reactive({ fail: computed(() => canMove('INSPECTION', 'IN_REPAIR')),
            settle: computed(() => canMove('INSPECTION', 'SETTLED')), labor: computed(() => can('orders.labor')),
            parts: computed(() => can('orders.parts')), vehicles: computed(() => can('vehicles.read')) });
        const overdue = computed(() => order.value && isOverdue(order.value));

        async function load() {
            try {
                order.value = await api.get(`/work-orders/${route.params.id}`);
                loadError.value = null;
            } catch (error) {
                if (order.value) {
                    notify(error);
                } else {
                    loadError.value = error;
                }
                return;
            }
            if (may.vehicles) {
                api.get(`/vehicles/${order.value.vehicleId}`).then((loaded) => { vehicle.value = loaded; })
                    .catch(notify);
            }
            if (order.value.trackingUrl && !qrUrl.value) {
                loadQrCode();
            }
        }

        // An <img> cannot send the bearer token, so the QR code is fetched like any other call and shown as a blob.
        async function loadQrCode() {
            try {
                const response = await fetch(`/api/v1/work-orders/${order.value.id}/tracking-qr`,
                    { headers: { Authorization: `Bearer ${session.token}` } });
                if (response.ok) {
                    qrUrl.value = URL.createObjectURL(await response.blob());
                }
            } catch (error) {
                console.warn(`The progress QR code of order ${order.value.id} could not be loaded: ${error.message}`);
            }
        }

        async function run(action, messageKey, params) {
            busy.value = true;
            try {
                order.value = await action();
                success(messageKey, params);
            } catch (error) {
                notify(error);
                await load();
            } finally {
                busy.value = false;
            }
        }

        const advance = () => run(() => moveTo(order.value, next.value), 'order.moved',
            { status: t(`status.${next.value}`) });

        async function fail() {
            let note = '';
            try {
                const answer = await ElMessageBox.prompt(t('order.failPrompt'), t('order.failInspection'), {
                    confirmButtonText: t('order.failConfirm'), cancelButtonText: t('common.cancel'),
                    inputPlaceholder: t('order.failNotePlaceholder')
                });
                note = answer.value;
            } catch (dismissed) {
                return;
            }
            await run(() => failInspection(order.value, note), 'order.reworkStarted');
        }

        async function cancelOrder() {
            try {
                await ElMessageBox.confirm(t('order.cancelConfirm'), t('order.cancel'), {
                    type: 'warning', confirmButtonText: t('order.cancel'), cancelButtonText: t('common.back')
                });
            } catch (dismissed) {
                return;
            }
            await run(() => moveTo(order.value, 'CANCELLED'), 'order.moved', { status: t('status.CANCELLED') });
        }

        function settled(updated) {
            order.value = updated;
            settling.value = false;
            success('order.settled', { number: updated.number });
        }

        onMounted(() => {
            loadEmployees().catch(notify);
            load();
        });
        onBeforeUnmount(() => {
            if (qrUrl.value) {
                URL.revokeObjectURL(qrUrl.value);
            }
        });

        return { t, order, vehicle, owner, editable, next, cancellable, overdue, settling, busy, dateTime, may,
            loadError, qrUrl,
            advance, fail, cancelOrder, settled, updated: (value) => { order.value = value; } };
    },
    template: `
      <section class="screen order" data-test="order">
        <template v-if="order">
          <div class="order-head no-print">
            <div>
              <h1><span data-test="order-number">{{ order.number }}</span>
                <status-tag :status="order.status" data-test="order-status"></status-tag>
                <el-tag v-if="overdue" type="danger">{{ t('board.overdue') }}</el-tag></h1>
              <div class="muted">
                <a v-if="may.vehicles" :href="'#/vehicles/' + order.vehicleId" class="plate" data-test="order-plate">
                  {{ order.plate }}</a>
                <span v-else class="plate" data-test="order-plate">{{ order.plate }}</span>
                <span v-if="vehicle"> {{ [vehicle.make, vehicle.model].filter(Boolean).join(' ') }}</span>
                <template v-if="owner"> · <a :href="'#/customers/' + order.customerId" data-test="order-customer">
                  {{ owner.name }} {{ owner.phone }}</a></template>
              </div>
              <div class="muted small">
                {{ t('fields.receivedAt') }} {{ dateTime(order.receivedAt) }}
                · {{ t('fields.odometerKm') }} {{ order.odometerKm }}
                <span v-if="order.promisedAt"> · {{ t('fields.promisedAt') }} {{ dateTime(order.promisedAt) }}</span>
                <span v-if="order.reworkCount"> · {{ t('board.rework', { count: order.reworkCount }) }}</span>
              </div>
            </div>
            <div class="actions">
              <el-button v-if="next" type="primary" :loading="busy" data-test="advance" @click="advance">
                {{ t('board.moveTo.' + next) }}</el-button>
              <template v-if="order.status === 'INSPECTION'">
                <el-button v-if="may.fail" type="danger" :loading="busy" data-test="fail-inspection" @click="fail">
                  {{ t('order.failInspection') }}</el-button>
                <el-button v-if="may.settle" type="success" :loading="busy" data-test="pass-inspection"
                           @click="settling = true">
                  {{ t('order.passAndSettle') }}</el-button>
              </template>
              <el-button v-if="cancellable" :loading="busy" data-test="cancel-order" @click="cancelOrder">
                {{ t('order.cancel') }}</el-button>
              <print-sheet :order="order" :vehicle="vehicle" :owner="owner"></print-sheet>
            </div>
          </div>
          <div class="order-complaint no-print">
            <strong>{{ t('fields.complaint') }}：</strong>{{ order.complaint }}
          </div>
          <div class="order-grid no-print">
            <div class="order-main">
              <labor-lines :order="order" :editable="editable && may.labor" @updated="updated"></labor-lines>
              <part-lines :order="order" :editable="editable && may.parts" @updated="updated"></part-lines>
            </div>
            <div class="order-side">
              <order-totals :order="order" :editable="editable" @updated="updated"></order-totals>
              <order-history :order="order"></order-history>
              <el-card v-if="order.trackingUrl && qrUrl" shadow="never" class="order-qr" data-test="tracking-qr">
                <template #header>{{ t('order.trackingQr') }}</template>
                <img :src="qrUrl" :alt="t('order.trackingQr')" width="160" height="160">
                <div class="muted small">{{ t('order.trackingQrHint') }}</div>
              </el-card>
            </div>
          </div>
          <settle-dialog v-model="settling" :order="order" @settled="settled"></settle-dialog>
        </template>
        <load-failed v-else-if="loadError" :error="loadError"></load-failed>
        <el-skeleton v-else :rows="6" animated></el-skeleton>
      </section>`
};
