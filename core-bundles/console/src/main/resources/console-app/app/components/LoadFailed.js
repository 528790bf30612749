// Takes the place of a screen whose record could not be loaded, so that a 403 or 404 never leaves it blank.
import { t, has } from '../i18n.js';

const { computed } = Vue;

export default {
    name: 'LoadFailed',
    props: { error: { type: Object, required: true } },
    setup(props) {
        const title = computed(() => {
            const key = `loadFailed.${props.error.status}`;
            return has(key) ? t(key) : t('loadFailed.other');
        });
        return { t, title };
    },
    template: `
      <el-result :icon="error.status === 403 ? 'warning' : 'info'" :title="title" :sub-title="error.detail"
                 :data-status="error.status" data-test="load-failed"></el-result>`
};
