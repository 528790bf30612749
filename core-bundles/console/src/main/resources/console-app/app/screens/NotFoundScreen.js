// Shown for a console address that matches no screen.
import { t } from '../i18n.js';

export default {
    name: 'NotFoundScreen',
    setup() {
        return { t };
    },
    template: `<el-result icon="warning" :title="t('notFound.title')">
      <template #extra><a href="#/reception">{{ t('menu.reception') }}</a></template></el-result>`
};
