// Client of the REST API under /api/v1. Errors come back as ApiError with the problem details of the reply.
const BASE = '/api/v1';

/** A failed API call: HTTP status, RFC 7807 title and detail, and the invalid fields under "errors". */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.title = problem.title || '';
        this.detail = problem.detail || '';
        this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    }
}

async function request(method, path, body, ifMatch) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (ifMatch !== undefined && ifMatch !== null) {
        headers['If-Match'] = `"${ifMatch}"`;
    }
    let response;
    try {
        response = await fetch(BASE + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store'
        });
    } catch (networkError) {
        throw new ApiError(0, { title: 'network', detail: networkError.message });
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
        throw new ApiError(response.status, data || {});
    }
    return data;
}

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
    const search = new URLSearchParams();
    Object.entries(params).forEach(([key, value]) => {
        if (value !== undefined && value !== null && value !== '') {
            search.set(key, value);
        }
    });
    const text = search.toString();
    return text ? `?${text}` : '';
}

export const api = {
    get: (path) => request('GET', path),
    post: (path, body, ifMatch) => request('POST', path, body, ifMatch),
    put: (path, body, ifMatch) => request('PUT', path, body, ifMatch),
    delete: (path, ifMatch) => request('DELETE', path, undefined, ifMatch)
};
