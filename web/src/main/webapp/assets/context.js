// What the server put into the page: workspace, repository or user, the API's base and a context token.
const element = document.getElementById('bitgraphs-context');

export const context = Object.freeze(JSON.parse(element.textContent));

/** Inside bitbucket.org the iframe's URL names Bitbucket as the host (xdm_e); only then is all.js loaded. */
export function embeddedInBitbucket() {
    const host = new URLSearchParams(window.location.search).get('xdm_e');
    if (!host) {
        return false;
    }
    try {
        return new URL(host).origin === 'https://bitbucket.org';
    } catch (e) {
        return false;
    }
}

/** Loads Bitbucket's all.js (AP) when embedded; resolves either way, never blocks the page on it. */
export function loadConnectJs() {
    if (!embeddedInBitbucket()) {
        return Promise.resolve(null);
    }
    return new Promise(resolve => {
        const script = document.createElement('script');
        script.src = 'https://bitbucket.org/atlassian-connect/all.js';
        script.onload = () => resolve(window.AP || null);
        script.onerror = () => resolve(null);
        document.head.appendChild(script);
        setTimeout(() => resolve(window.AP || null), 5000);
    });
}

/** Tells Bitbucket the page's height, when it listens. */
export function resizeFrame() {
    if (window.AP && typeof window.AP.resize === 'function') {
        window.AP.resize();
    }
}
