// Calls to the read API with a context token: Bitbucket's (AP.context.getToken) when all.js is there, else the
// one the server handed the page.
import {context} from './context.js';

export class ApiError extends Error {
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
}

function token() {
    if (window.AP && window.AP.context && typeof window.AP.context.getToken === 'function') {
        return new Promise(resolve => window.AP.context.getToken(resolve));
    }
    if (!context.token) {
        return Promise.reject(new ApiError(401, 'Open this page from Bitbucket to see its graphs.'));
    }
    if (Date.parse(context.token_expires_at) <= Date.now()) {
        return Promise.reject(new ApiError(401, 'This page has been open for a long time. Reload it to see current numbers.'));
    }
    return Promise.resolve(context.token);
}

/** The URL of a report: path under the workspace, query from an object (arrays repeat the key, empty values drop). */
export function reportUrl(path, query = {}) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        for (const item of [].concat(value)) {
            if (item !== undefined && item !== null && item !== '') {
                params.append(key, String(item));
            }
        }
    }
    const search = params.toString();
    return context.api + '/' + path + (search ? '?' + search : '');
}

async function call(url, accept, init = {}) {
    const response = await fetch(url, {
        ...init,
        headers: {...(init.headers || {}), 'Accept': accept, 'Authorization': 'JWT ' + await token()},
        credentials: 'omit'
    });
    if (!response.ok) {
        throw new ApiError(response.status, await problemDetail(response));
    }
    return response;
}

async function problemDetail(response) {
    try {
        const problem = await response.json();
        return problem.detail || problem.title || response.statusText;
    } catch (e) {
        return response.statusText;
    }
}

export async function getJson(url) {
    return (await call(url, 'application/json')).json();
}

export async function putJson(url, body) {
    return send('PUT', url, body);
}

export async function postJson(url, body) {
    return send('POST', url, body);
}

/** DELETE; the answer's JSON when there is one. */
export async function remove(url) {
    const response = await call(url, 'application/json', {method: 'DELETE'});
    return response.status === 204 ? null : response.json();
}

async function send(method, url, body) {
    return (await call(url, 'application/json', {
        method, body: JSON.stringify(body), headers: {'Content-Type': 'application/json'}
    })).json();
}

/** Fetches a report as CSV and hands it to the browser as a download. */
export async function downloadCsv(url, filename) {
    const blob = await (await call(url, 'text/csv')).blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

/** What a person should read for a failed call. */
export function explain(error) {
    if (!(error instanceof ApiError)) {
        return 'Bitgraphs could not be reached. Check your connection and reload the page.';
    }
    switch (error.status) {
        case 401:
            return error.message && !/token|jwt/i.test(error.message) ? error.message
                : 'Your session has expired. Reload the page.';
        case 403:
            return 'You do not have permission to see this. ' + (error.message || '');
        case 404:
            // The server's own words only when they name what is missing, not a framework's routing message
            return 'This report is not available for this workspace.'
                + (error.message && !/^RESTEASY/.test(error.message) ? ' ' + error.message + '.' : '');
        case 400:
            return 'Bitgraphs did not understand the filter: ' + (error.message || 'bad request');
        default:
            return 'Bitgraphs could not draw this report (error ' + error.status + '). Try again in a moment.';
    }
}
