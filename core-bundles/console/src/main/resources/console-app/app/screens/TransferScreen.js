// Data migration page. Owners upload a legacy CSV or .xlsx file, follow the import's progress and read its report,
// and download exports in the same layout.
import { ApiError } from '../api.js';
import { t, locale } from '../i18n.js';
import { notify } from '../errors.js';

const { ref, computed, onBeforeUnmount } = Vue;
const KINDS = ['CUSTOMERS', 'VEHICLES', 'PARTS', 'WORK_ORDERS'];
const EXPORT_PATHS = { CUSTOMERS: 'customers', VEHICLES: 'vehicles', PARTS: 'parts', WORK_ORDERS: 'work-orders' };
const POLL_MILLIS = 1000;
/** Key under which the console's login stores the bearer token in sessionStorage. */
const TOKEN_KEY = 'autoshop.console.token';

/**
 * Sends a request with the console's language, so that rejected rows read in it, and with the session's token. The
 * shared API client sends JSON only, but uploads are multipart and exports are files.
 */
async function send(method, path, body, accept = 'application/json, application/problem+json') {
    const headers = { Accept: accept, 'Accept-Language': locale.value };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
        headers.Authorization = `Bearer ${token}`;
    }
    let response;
    try {
        response = await fetch(`/api/v1${path}`, { method, body, headers, cache: 'no-store' });
    } catch (networkError) {
        throw new ApiError(0, { title: 'network', detail: networkError.message });
    }
    if (!response.ok) {
        const text = await response.text();
        let problem = {};
        try {
            problem = text ? JSON.parse(text) : {};
        } catch (notJson) {
            // An error page that is not problem+json still has its status.
        }
        throw new ApiError(response.status, problem);
    }
    return response;
}

async function sendJson(method, path, body) {
    const text = await (await send(method, path, body)).text();
    return text ? JSON.parse(text) : null;
}

/** Downloads an export through fetch, because a plain link would not carry the bearer token. */
async function download(kindPath, format) {
    const response = await send('GET', `/exports/${kindPath}?format=${format}`, undefined, '*/*');
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="([^"]+)"/.exec(disposition);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = match ? match[1] : `${kindPath}.${format}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default {
    name: 'TransferScreen',
    setup() {
        const kind = ref('CUSTOMERS');
        const dryRun = ref(true);
        const file = ref(null);
        const uploading = ref(false);
        const report = ref(null);
        let timer = null;

        const finished = computed(() => report.value && ['COMPLETED', 'FAILED'].includes(report.value.status));
        const mappingRows = computed(() => Object.entries(report.value ? report.value.mapping : {})
            .map(([header, field]) => ({ header, field })));

        function chooseFile(event) {
            file.value = event.target.files.length ? event.target.files[0] : null;
        }

        function stopPolling() {
            if (timer) {
                clearTimeout(timer);
                timer = null;
            }
        }

        async function poll() {
            try {
                report.value = await sendJson('GET', `/imports/${report.value.id}`);
            } catch (error) {
                notify(error);
                return;
            }
            if (!finished.value) {
                timer = setTimeout(poll, POLL_MILLIS);
            }
        }

        async function start() {
            stopPolling();
            const form = new FormData();
            form.append('kind', kind.value);
            form.append('dryRun', String(dryRun.value));
            form.append('file', file.value);
            uploading.value = true;
            try {
                report.value = await sendJson('POST', '/imports', form);
                timer = setTimeout(poll, POLL_MILLIS);
            } catch (error) {
                notify(error);
            } finally {
                uploading.value = false;
            }
        }

        async function exportFile(kindPath, format) {
            try {
                await download(kindPath, format);
            } catch (error) {
                notify(error);
            }
        }

        onBeforeUnmount(stopPolling);
        return {
            t, kinds: KINDS, exportPaths: EXPORT_PATHS, kind, dryRun, file, uploading, report, finished,
            mappingRows, chooseFile, start, exportFile
        };
    },
    template: `
      <section class="screen transfer" data-test="transfer">
        <h1>{{ t('transfer.title') }}</h1>
        <el-card shadow="never">
          <template #header>{{ t('transfer.importTitle') }}</template>
          <el-form label-position="top" @submit.prevent>
            <el-form-item :label="t('transfer.kind')">
              <el-radio-group v-model="kind" data-test="transfer-kind">
                <el-radio-button v-for="item in kinds" :key="item" :value="item" :label="item">
                  {{ t('transfer.kinds.' + item) }}</el-radio-button>
              </el-radio-group>
            </el-form-item>
            <el-form-item :label="t('transfer.file')">
              <input type="file" accept=".csv,.xlsx,text/csv" @change="chooseFile" data-test="transfer-file">
              <div class="hint">{{ t('transfer.fileHint') }}</div>
            </el-form-item>
            <el-form-item>
              <el-checkbox v-model="dryRun" data-test="transfer-dry-run">{{ t('transfer.dryRun') }}</el-checkbox>
            </el-form-item>
            <el-button type="primary" :disabled="!file" :loading="uploading" @click="start"
                       data-test="transfer-start">{{ t('transfer.start') }}</el-button>
          </el-form>
        </el-card>

        <el-card v-if="report" shadow="never" class="transfer-report" style="margin-top: 12px"
                 data-test="transfer-report">
          <template #header>
            {{ t('transfer.reportTitle', { id: report.id }) }}
            <el-tag v-if="report.dryRun" size="small" type="info">{{ t('transfer.dryRunTag') }}</el-tag>
            <el-tag size="small" :type="report.status === 'FAILED' ? 'danger' : finished ? 'success' : 'warning'"
                    data-test="transfer-status">{{ t('transfer.statuses.' + report.status) }}</el-tag>
          </template>
          <el-progress :percentage="report.progress" :status="report.status === 'FAILED' ? 'exception'
                       : finished ? 'success' : ''" data-test="transfer-progress"></el-progress>
          <el-alert v-if="report.error" type="error" :title="report.error" :closable="false"></el-alert>
          <el-descriptions :column="5" border size="small" class="transfer-counts" data-test="transfer-counts">
            <el-descriptions-item v-for="name in ['read', 'created', 'updated', 'unchanged', 'rejected']"
                                  :key="name" :label="t('transfer.counts.' + name)">
              <span :data-test="'transfer-count-' + name">{{ report.counts[name] }}</span>
            </el-descriptions-item>
          </el-descriptions>
          <h3>{{ t('transfer.mapping') }}</h3>
          <el-table :data="mappingRows" size="small" :empty-text="t('common.noData')" data-test="transfer-mapping">
            <el-table-column prop="header" :label="t('transfer.column')"></el-table-column>
            <el-table-column prop="field" :label="t('transfer.field')"></el-table-column>
          </el-table>
          <h3>{{ t('transfer.rejected') }}</h3>
          <el-table :data="report.rejected" size="small" max-height="420" :empty-text="t('transfer.noRejected')"
                    data-test="transfer-rejected">
            <el-table-column prop="line" :label="t('transfer.line')" width="80"></el-table-column>
            <el-table-column prop="reason" :label="t('transfer.reason')" min-width="240"></el-table-column>
          </el-table>
        </el-card>

        <el-card shadow="never" style="margin-top: 12px">
          <template #header>{{ t('transfer.exportTitle') }}</template>
          <div v-for="item in kinds" :key="item" class="transfer-export" style="margin-bottom: 6px">
            <span class="transfer-export-kind" style="display: inline-block; min-width: 10em">
              {{ t('transfer.kinds.' + item) }}</span>
            <el-button link type="primary" @click="exportFile(exportPaths[item], 'csv')"
                       :data-test="'export-' + exportPaths[item] + '-csv'">CSV</el-button>
            <el-button link type="primary" @click="exportFile(exportPaths[item], 'xlsx')"
                       :data-test="'export-' + exportPaths[item] + '-xlsx'">Excel (.xlsx)</el-button>
          </div>
          <div class="hint">{{ t('transfer.exportHint') }}</div>
        </el-card>
      </section>`
};
