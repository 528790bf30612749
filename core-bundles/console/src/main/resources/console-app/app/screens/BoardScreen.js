// Work-order board: one column per status with the orders as cards; a card moves on by the allowed step only.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { notify, success } from '../errors.js';
import { STATUSES, toDay } from '../format.js';
import { loadEmployees, technicians } from '../lookups.js';
import { can } from '../session.js';
import { NEXT_STATUS, moveTo, failInspection } from '../workflow.js';
import OrderCard from './board/OrderCard.js';

const { reactive, ref, computed, watch, onMounted, onBeforeUnmount } = Vue;
const PAGE_SIZE = 20;
const KEYWORD_DELAY_MILLIS = 300;
const CLOCK_MILLIS = 30000;

export default {
    name: 'BoardScreen',
    components: { OrderCard },
    setup() {
        const filters = reactive({ q: '', technicianId: null, days: null });
        const columns = reactive(Object.fromEntries(STATUSES.map((status) => [status,
            { items: [], total: 0, loading: false }])));
        const now = ref(Date.now());
        let keywordTimer = null;
        let clock = null;

        function filterParams() {
            const [from, to] = filters.days || [];
            return { q: filters.q.trim(), technicianId: filters.technicianId, from: toDay(from), to: toDay(to) };
        }

        async function loadColumn(status, append = false) {
            const column = columns[status];
            column.loading = true;
            try {
                const offset = append ? column.items.length : 0;
                const page = await api.get(`/work-orders${query({ ...filterParams(), status, limit: PAGE_SIZE,
                    offset })}`);
                column.items = append ? column.items.concat(page.items) : page.items;
                column.total = page.total;
            } catch (error) {
                notify(error);
            } finally {
                column.loading = false;
            }
        }

        const reload = () => Promise.all(STATUSES.map((status) => loadColumn(status)));

        async function advance(order) {
            await runMove(order, () => moveTo(order, NEXT_STATUS[order.status]), NEXT_STATUS[order.status]);
        }

        async function fail(order) {
            await runMove(order, () => failInspection(order), 'IN_REPAIR');
        }

        async function runMove(order, move, to) {
            try {
                await move();
                success('board.moved', { number: order.number, status: t(`status.${to}`) });
            } catch (error) {
                notify(error);
            }
            await Promise.all([loadColumn(order.status), loadColumn(to)]);
        }

        watch(() => filters.q, () => {
            window.clearTimeout(keywordTimer);
            keywordTimer = window.setTimeout(reload, KEYWORD_DELAY_MILLIS);
        });
        watch(() => [filters.technicianId, filters.days], reload);

        onMounted(() => {
            loadEmployees().catch(notify);
            reload();
            clock = window.setInterval(() => { now.value = Date.now(); }, CLOCK_MILLIS);
        });
        onBeforeUnmount(() => window.clearInterval(clock));

        // A user who reads only the orders assigned to them has no use for the technician filter.
        const filterByTechnician = computed(() => can('orders.read') && can('staff.read'));
        return { t, filters, columns, statuses: STATUSES, now, technicians, filterByTechnician, advance, fail,
            loadColumn,
            open: (order) => go(`/orders/${order.id}`) };
    },
    template: `
      <section class="screen board" data-test="board">
        <h1>{{ t('board.title') }}</h1>
        <div class="filters">
          <el-input v-model="filters.q" :placeholder="t('board.keyword')" clearable data-test="board-keyword">
          </el-input>
          <el-select v-if="filterByTechnician" v-model="filters.technicianId" :placeholder="t('board.technician')" clearable
                     data-test="board-technician">
            <el-option v-for="person in technicians()" :key="person.id" :label="person.name" :value="person.id">
            </el-option>
          </el-select>
          <el-date-picker v-model="filters.days" type="daterange" :start-placeholder="t('board.from')"
                          :end-placeholder="t('board.to')" data-test="board-dates"></el-date-picker>
        </div>
        <div class="columns">
          <div v-for="status in statuses" :key="status" class="column" :data-test="'column-' + status">
            <div class="column-head">
              <status-tag :status="status"></status-tag>
              <span class="count">{{ columns[status].total }}</span>
            </div>
            <div v-loading="columns[status].loading" class="column-body">
              <order-card v-for="order in columns[status].items" :key="order.id" :order="order" :now="now"
                          @open="open" @advance="advance" @fail="fail"></order-card>
              <el-button v-if="columns[status].items.length < columns[status].total" text class="more"
                         @click="loadColumn(status, true)">
                {{ t('board.more', { count: columns[status].total - columns[status].items.length }) }}
              </el-button>
              <p v-if="!columns[status].loading && columns[status].total === 0" class="muted empty">
                {{ t('board.empty') }}</p>
            </div>
          </div>
        </div>
      </section>`
};
