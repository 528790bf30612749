// Client of the REST API under /api/v1. Every call carries the session's bearer token; errors come back as
// ApiError with the problem details of the reply.
import { session } from './session.js';

const BASE = '/api/v1';
const LOGIN_PATH = '/auth/login';
let unauthorizedHandler = () => {};

/**
 * Sets the function called when the server returns 401 for a call other than the login itself, which means the
 * token is missing, expired or revoked. The handler receives the token the call was sent with, so that it can
 * ignore a late reply to a token that was replaced in the meantime.
 */
export function onUnauthorized(handler) {
    unauthorizedHandler = handler;
}

/**
 * A failed API call: HTTP status, RFC 7807 title and detail, the invalid fields under "errors", and for a 429 the
 * seconds to wait from the Retry-After header (null when the server sent none).
 */
export class ApiError extends Error {
    constructor(status, problem, retryAfterSeconds = null) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.title = problem.title || '';
        this.detail = problem.detail || '';
        this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
        this.retryAfterSeconds = retryAfterSeconds;
    }
}

function retryAfter(response) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') || '', 10);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function parseBody(text) {
    try {
        return text ? JSON.parse(text) : null;
    } catch (notJson) {
        // A proxy or the servlet container may return an error page in HTML; the status still tells what failed.
        return null;
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
    const token = session.token;
    if (token) {
        headers.Authorization = `Bearer ${token}`;
    }
    let response;
    try {
        response = await fetch(BASE + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store'
        });
    } catch (networkError) {
        throw new ApiError(0, { title: 'network', detail: networkError.message });
    }
    const data = parseBody(await response.text());
    if (response.status === 401 && path !== LOGIN_PATH) {
        unauthorizedHandler(token);
    }
    if (!response.ok) {
        throw new ApiError(response.status, data || {}, response.status === 429 ? retryAfter(response) : null);
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
