// Building blocks of every page: cards that hold one chart and its states, the filter bar and the sync banner.
import {downloadCsv, explain, getJson} from './api.js';
import {resizeFrame} from './context.js';
import {formatNumber} from './format.js';

/** Creates an element with attributes and children; strings become text, never HTML. */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === false || value === null || value === undefined) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.substring(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/**
 * A card for one report: title, CSV button, the chart's box and a message for loading, empty and error states.
 * data-state says which is shown, data-source which API URL the numbers came from.
 */
export class Card {
    constructor(id, title, description) {
        this.id = id;
        this.chartBox = el('div', {class: 'chart', id: 'chart-' + id, role: 'img', 'aria-label': title});
        this.message = el('p', {class: 'state-message'});
        this.table = el('div', {class: 'table-box'});
        this.csvButton = el('button', {type: 'button', class: 'csv', 'data-csv': id, title: 'Download as CSV'}, 'CSV');
        this.element = el('section', {class: 'card', 'data-chart': id, 'data-state': 'loading'},
            el('header', {}, el('div', {}, el('h2', {}, title), description ? el('p', {class: 'hint'}, description) : null),
                this.csvButton),
            this.chartBox, this.message, this.table);
        this.chart = null;
        window.addEventListener('resize', () => this.chart && this.chart.resize());
    }

    /** Loads the report's JSON, then draws it with draw(json, card) unless isEmpty(json). */
    async load(url, csvUrl, csvName, isEmpty, draw) {
        this.setState('loading', 'Loading…');
        this.element.dataset.source = url;
        this.csvButton.onclick = () => this.download(csvUrl, csvName);
        try {
            const json = await getJson(url);
            if (isEmpty(json)) {
                this.clear();
                this.setState('empty', 'Nothing to show for this period and filter. Try a longer period or fewer filters.');
            } else {
                this.setState('ready', '');
                draw(json, this);
            }
        } catch (error) {
            this.clear();
            this.setState('error', explain(error));
        }
        resizeFrame();
    }

    async download(url, name) {
        this.csvButton.disabled = true;
        try {
            await downloadCsv(url, name);
        } catch (error) {
            this.setState('error', 'The download failed: ' + explain(error));
        } finally {
            this.csvButton.disabled = false;
        }
    }

    /** Draws an ECharts option into the card. */
    show(option) {
        if (!this.chart) {
            this.chart = echarts.init(this.chartBox, null, {renderer: 'canvas'});
        }
        this.chart.setOption(option, true);
        this.chart.resize();
    }

    clear() {
        if (this.chart) {
            this.chart.clear();
        }
        this.table.replaceChildren();
    }

    setState(state, message) {
        this.element.dataset.state = state;
        this.message.textContent = message;
        this.message.className = 'state-message ' + state;
    }

    /** A plain table under the chart, for reading exact numbers. */
    showTable(headers, rows) {
        this.table.replaceChildren(el('table', {},
            el('thead', {}, el('tr', {}, headers.map(h => el('th', {scope: 'col'}, h)))),
            el('tbody', {}, rows.map(row => el('tr', {}, row.map(cell =>
                el('td', typeof cell === 'number' ? {class: 'number'} : {}, typeof cell === 'number' ? formatNumber(cell) : cell)))))));
    }
}

/** A labelled select. */
export function select(name, label, options, value, onChange) {
    const element = el('select', {name, id: 'filter-' + name, onchange: event => onChange(event.target.value)},
        options.map(([optionValue, text]) => el('option', {value: optionValue, selected: optionValue === value}, text)));
    return el('label', {class: 'filter'}, el('span', {}, label), element);
}

const PHASES = {repositories: 'listing repositories', commits: 'reading commits', diffstats: 'counting lines',
    'pull-requests': 'reading pull requests', members: 'reading members'};

/**
 * Polls GET .../sync while the backfill runs and says how far it is; calls onDone once it ends, so the
 * charts can be drawn again with the complete numbers.
 */
export function syncBanner(syncUrl, onDone) {
    const banner = document.getElementById('banner');
    let wasRunning = false;
    async function poll() {
        let status;
        try {
            status = await getJson(syncUrl);
        } catch (error) {
            banner.hidden = true;
            return;
        }
        banner.dataset.state = status.state;
        if (status.state === 'queued' || status.state === 'running') {
            wasRunning = true;
            const repositories = status.repositories || [];
            const commits = repositories.reduce((sum, r) => sum + r.commits, 0);
            const done = repositories.reduce((sum, r) => sum + r.diffstats_done, 0);
            const total = repositories.reduce((sum, r) => sum + r.diffstats_total, 0);
            const left = status.estimated_seconds_left;
            banner.replaceChildren(el('strong', {}, 'Importing history from Bitbucket'),
                ` (${PHASES[status.phase] || status.phase}): ${formatNumber(commits)} commits so far, lines counted for ${formatNumber(done)} of `
                + `${formatNumber(total)}` + (left ? `, about ${formatNumber(Math.ceil(left / 60))} min left` : '')
                + '. Graphs fill in as it goes.',
                total > 0 ? el('progress', {max: total, value: done}) : null);
            banner.hidden = false;
            setTimeout(poll, 5000);
        } else if (status.state === 'failed') {
            banner.replaceChildren(el('strong', {}, 'The import stopped: '), status.last_error || 'unknown error',
                '. Numbers may be incomplete; it resumes on the next sync.');
            banner.hidden = false;
        } else {
            banner.hidden = true;
            if (wasRunning) {
                onDone();
            }
        }
        resizeFrame();
    }
    poll();
}
