// One order on the board: plate, customer, complaint, technicians, time in status, overdue mark and next step.
import { t } from '../../i18n.js';
import { elapsed, isOverdue } from '../../format.js';
import { customer, employeeName } from '../../lookups.js';
import { NEXT_STATUS, canMove } from '../../workflow.js';

const { computed } = Vue;

export default {
    name: 'OrderCard',
    props: { order: { type: Object, required: true }, now: { type: Number, required: true } },
    emits: ['open', 'advance', 'fail'],
    setup(props) {
        const owner = computed(() => customer(props.order.customerId));
        const overdue = computed(() => isOverdue(props.order, props.now));
        const inStatus = computed(() => elapsed(props.order.statusSince, props.now));
        const people = computed(() => props.order.technicianIds.map(employeeName).join('、'));
        const next = computed(() => {
            const to = NEXT_STATUS[props.order.status];
            return to && canMove(props.order.status, to) ? to : null;
        });
        const mayFail = computed(() => canMove('INSPECTION', 'IN_REPAIR'));
        const maySettle = computed(() => canMove('INSPECTION', 'SETTLED'));
        return { t, owner, overdue, inStatus, people, next, mayFail, maySettle };
    },
    template: `
      <el-card class="order-card" :class="{ overdue }" shadow="hover" :data-number="order.number"
               :data-plate="order.plate" data-test="order-card">
        <div class="card-line">
          <a class="plate" :href="'#/orders/' + order.id" @click.prevent="$emit('open', order)">{{ order.plate }}</a>
          <el-tag v-if="overdue" type="danger" size="small" data-test="overdue">{{ t('board.overdue') }}</el-tag>
          <el-tag v-if="order.reworkCount > 0" type="warning" size="small">
            {{ t('board.rework', { count: order.reworkCount }) }}</el-tag>
        </div>
        <div class="muted small">{{ order.number }} · {{ owner ? owner.name : '' }}</div>
        <div class="complaint">{{ order.complaint }}</div>
        <div class="muted small">
          <span v-if="people">{{ t('board.technicianShort') }} {{ people }} · </span>
          <span data-test="time-in-status">{{ t('board.inStatus', { time: inStatus }) }}</span>
        </div>
        <div class="card-actions">
          <el-button v-if="next" size="small" type="primary" plain data-test="advance"
                     @click="$emit('advance', order)">{{ t('board.moveTo.' + next) }}</el-button>
          <template v-if="order.status === 'INSPECTION'">
            <el-button v-if="mayFail" size="small" type="danger" plain data-test="fail" @click="$emit('fail', order)">
              {{ t('board.failInspection') }}</el-button>
            <el-button v-if="maySettle" size="small" type="success" plain data-test="settle"
                       @click="$emit('open', order)">
              {{ t('board.toSettle') }}</el-button>
          </template>
        </div>
      </el-card>`
};
