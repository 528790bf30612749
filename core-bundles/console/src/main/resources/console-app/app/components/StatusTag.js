// A work-order status as a coloured tag in the current language.
import { statusLabel, statusType } from '../format.js';

export default {
    name: 'StatusTag',
    props: { status: { type: String, required: true } },
    setup() {
        return { statusLabel, statusType };
    },
    template: `<el-tag :type="statusType(status)" :data-status="status" disable-transitions>{{ statusLabel(status) }}</el-tag>`
};
