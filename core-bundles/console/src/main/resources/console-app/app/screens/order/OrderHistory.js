// The timestamped history of an order, oldest first as the API returns it.
import { t, has } from '../../i18n.js';
import { dateTime } from '../../format.js';

export default {
    name: 'OrderHistory',
    props: { order: { type: Object, required: true } },
    setup() {
        const eventLabel = (entry) => {
            if (entry.event === 'CREATED') {
                return t('history.created');
            }
            if (entry.event === 'STATUS_CHANGED') {
                return t('history.moved', { from: t(`status.${entry.from}`), to: t(`status.${entry.to}`) });
            }
            return has(`history.events.${entry.event}`) ? t(`history.events.${entry.event}`) : entry.event;
        };
        return { t, dateTime, eventLabel };
    },
    template: `
      <el-card class="section" data-test="history">
        <template #header><div class="card-title">{{ t('order.history') }}</div></template>
        <el-timeline>
          <el-timeline-item v-for="(entry, index) in order.history" :key="index" :timestamp="dateTime(entry.at)"
                            data-test="history-entry" :data-event="entry.event">
            <div>{{ eventLabel(entry) }}</div>
            <div v-if="entry.note" class="muted small">{{ entry.note }}</div>
            <div v-if="entry.by" class="muted small">{{ entry.by }}</div>
          </el-timeline-item>
        </el-timeline>
      </el-card>`
};
