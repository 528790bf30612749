// Shown instead of a screen that the user's role does not allow, and for a user whose role allows nothing.
import { t } from '../i18n.js';
import { session } from '../session.js';
import { startPath } from '../auth.js';

const { computed } = Vue;

export default {
    name: 'ForbiddenScreen',
    props: { home: { type: Boolean, default: false } },
    setup(props) {
        const title = computed(() => (props.home ? t('forbidden.nothingTitle') : t('forbidden.title')));
        const role = computed(() => (session.role ? t(`role.${session.role}`) : t('role.none')));
        const start = computed(() => startPath());
        return { t, title, role, start };
    },
    template: `
      <el-result icon="warning" :title="title" :sub-title="t('forbidden.detail', { role })" data-test="forbidden">
        <template #extra><a v-if="start !== '/home'" :href="'#' + start">{{ t('forbidden.toStart') }}</a></template>
      </el-result>`
};
