// The page of a plugin's console extension, shown in a frame below the console's menu.
import { t, pickLabel } from '../i18n.js';
import { route } from '../router.js';
import { extensions } from '../extensions.js';

const { computed } = Vue;

export default {
    name: 'PluginScreen',
    setup() {
        const entry = computed(() => extensions.list.find((item) => item.id === route.params.id));
        const title = computed(() => (entry.value ? pickLabel(entry.value.labels, entry.value.id) : ''));
        return { t, entry, title };
    },
    template: `
      <section class="screen plugin" data-test="plugin">
        <template v-if="entry">
          <h1>{{ title }}</h1>
          <iframe :src="entry.url" class="plugin-frame" :title="title" data-test="plugin-frame"></iframe>
        </template>
        <el-empty v-else :description="t('plugin.gone')"></el-empty>
      </section>`
};
