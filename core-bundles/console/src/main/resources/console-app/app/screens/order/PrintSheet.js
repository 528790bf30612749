// Print buttons and the printed work order. The sheet is hidden on screen; print.css shows it alone, laid out
// for A4 paper or, with data-print-layout="receipt" on <body>, for an 80 mm receipt printer.
import { t } from '../../i18n.js';
import { dateTime, money, statusLabel } from '../../format.js';
import { employeeName } from '../../lookups.js';

const PAGE_RULES = { a4: '@page { size: A4; margin: 12mm; }', receipt: '@page { size: 80mm auto; margin: 3mm; }' };

function printAs(layout) {
    let style = document.getElementById('print-page-rule');
    if (!style) {
        style = document.createElement('style');
        style.id = 'print-page-rule';
        document.head.appendChild(style);
    }
    style.textContent = PAGE_RULES[layout];
    document.body.dataset.printLayout = layout;
    window.print();
}

export default {
    name: 'PrintSheet',
    props: { order: { type: Object, required: true }, vehicle: Object, owner: Object },
    setup() {
        return { t, dateTime, money, statusLabel, employeeName, printAs };
    },
    template: `
      <el-button-group class="print-buttons">
        <el-button data-test="print-a4" @click="printAs('a4')">{{ t('print.a4') }}</el-button>
        <el-button data-test="print-receipt" @click="printAs('receipt')">{{ t('print.receipt') }}</el-button>
      </el-button-group>
      <teleport to="body">
        <article class="print-sheet print-only" data-test="print-sheet">
          <header>
            <h2>{{ t('print.title') }}</h2>
            <div>{{ order.number }} · {{ statusLabel(order.status) }}</div>
          </header>
          <table class="print-facts">
            <tr><th>{{ t('fields.plate') }}</th><td>{{ order.plate }}</td>
                <th>{{ t('fields.vehicle') }}</th>
                <td>{{ vehicle ? [vehicle.make, vehicle.model].filter(Boolean).join(' ') : '' }}</td></tr>
            <tr><th>{{ t('fields.customer') }}</th><td>{{ owner ? owner.name : '' }}</td>
                <th>{{ t('fields.phone') }}</th><td>{{ owner ? owner.phone : '' }}</td></tr>
            <tr><th>{{ t('fields.receivedAt') }}</th><td>{{ dateTime(order.receivedAt) }}</td>
                <th>{{ t('fields.odometerKm') }}</th><td>{{ order.odometerKm }}</td></tr>
            <tr><th>{{ t('fields.complaint') }}</th><td colspan="3">{{ order.complaint }}</td></tr>
            <tr v-if="order.diagnosis"><th>{{ t('fields.diagnosis') }}</th><td colspan="3">{{ order.diagnosis }}</td></tr>
          </table>
          <table class="print-lines">
            <thead><tr><th>{{ t('print.item') }}</th><th>{{ t('print.quantity') }}</th>
              <th>{{ t('fields.unitPrice') }}</th><th>{{ t('fields.amount') }}</th></tr></thead>
            <tbody>
              <tr v-for="line in order.laborLines" :key="'l' + line.id">
                <td>{{ line.name }}<span v-if="line.technicianId"> ({{ employeeName(line.technicianId) }})</span></td>
                <td>{{ line.hours }} h</td><td>{{ money(line.rate) }}</td><td>{{ money(line.amount) }}</td></tr>
              <tr v-for="line in order.partLines" :key="'p' + line.id">
                <td>{{ line.partCode }} {{ line.partName }}</td><td>{{ line.quantity }}</td>
                <td>{{ money(line.unitPrice) }}</td><td>{{ money(line.amount) }}</td></tr>
            </tbody>
          </table>
          <dl class="print-totals">
            <dt>{{ t('totals.labor') }}</dt><dd>{{ money(order.totals.labor) }}</dd>
            <dt>{{ t('totals.parts') }}</dt><dd>{{ money(order.totals.parts) }}</dd>
            <dt>{{ t('totals.discount') }}</dt><dd>-{{ money(order.totals.discount) }}</dd>
            <dt>{{ t('totals.total') }}</dt><dd>{{ money(order.totals.total) }}</dd>
            <dt>{{ t('totals.paid') }}</dt><dd>{{ money(order.totals.paid) }}</dd>
          </dl>
          <footer class="print-signature">{{ t('print.signature') }}</footer>
        </article>
      </teleport>`
};
