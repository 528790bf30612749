// Small caches of records that many screens show by id: employees and customers.
import { api } from './api.js';
import { can } from './session.js';

const { reactive } = Vue;

export const employees = reactive({ list: [], loaded: false });
const customers = reactive({});

/** Loads the employees once; a user without staff.read gets an empty list, so names show as ids. */
export async function loadEmployees(force = false) {
    if ((employees.loaded && !force) || !can('staff.read')) {
        return employees.list;
    }
    const page = await api.get('/employees?limit=500');
    employees.list = page.items;
    employees.loaded = true;
    return employees.list;
}

export function employeeName(id) {
    const employee = employees.list.find((item) => item.id === id);
    return employee ? employee.name : `#${id}`;
}

export function technicians() {
    return employees.list.filter((item) => item.role === 'TECHNICIAN' && item.active);
}

/**
 * Returns the customer with the id from the cache, loading it once; failures leave it unknown, and so does a user
 * without customers.read, who sees no names or phone numbers.
 */
export function customer(id) {
    if (!can('customers.read')) {
        return null;
    }
    if (!(id in customers)) {
        customers[id] = null;
        api.get(`/customers/${id}`)
            .then((loaded) => { customers[id] = loaded; })
            .catch((error) => console.warn(`Customer ${id} could not be loaded: ${error.message}`));
    }
    return customers[id];
}

export function rememberCustomer(loaded) {
    customers[loaded.id] = loaded;
}

/** Drops every cached record, so that the next user of the tab loads them with their own permissions. */
export function forgetLookups() {
    employees.list = [];
    employees.loaded = false;
    Object.keys(customers).forEach((id) => { delete customers[id]; });
}
