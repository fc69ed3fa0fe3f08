// The filter bar: period, grouping, repository, person and merge commits. Changing any of them redraws the cards.
import {getJson, reportUrl} from './api.js';
import {isoDate} from './format.js';
import {el, select} from './ui.js';

const PRESETS = [['30', 'Last 30 days'], ['90', 'Last 90 days'], ['182', 'Last 6 months'], ['365', 'Last 12 months'],
    ['custom', 'Custom…']];

export function lastDays(days) {
    const until = new Date();
    const since = new Date(until.getTime() - (days - 1) * 86400000);
    return {since: isoDate(since), until: isoDate(until)};
}

export class Filters {
    /** @param options which filters to offer: {repository: bool, person: bool, groupBy: bool} */
    constructor(options, onChange) {
        this.options = options;
        this.onChange = onChange;
        this.state = {...lastDays(365), preset: '365', groupBy: 'week', repository: '', author: '', excludeMerges: false,
            tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'};
        this.element = el('form', {class: 'filters', 'aria-label': 'Filters', onsubmit: event => event.preventDefault()});
    }

    /** The query every report shares. */
    query(extra = {}) {
        const s = this.state;
        return {since: s.since, until: s.until, tz: s.tz, repository: s.repository, author: s.author,
            excludeMerges: s.excludeMerges ? 'true' : '', ...extra};
    }

    async render() {
        const [repositories, people] = await Promise.all([
            this.options.repository ? listOr(reportUrl('repositories'), 'repositories') : [],
            this.options.person ? listOr(reportUrl('people'), 'people') : []]);
        const s = this.state;
        const since = el('input', {type: 'date', name: 'since', id: 'filter-since', value: s.since, max: s.until,
            onchange: event => this.set({since: event.target.value, preset: 'custom'})});
        const until = el('input', {type: 'date', name: 'until', id: 'filter-until', value: s.until,
            onchange: event => this.set({until: event.target.value, preset: 'custom'})});
        const children = [
            select('period', 'Period', PRESETS, s.preset, value => {
                if (value !== 'custom') {
                    this.set({...lastDays(Number(value)), preset: value});
                }
            }),
            el('label', {class: 'filter'}, el('span', {}, 'From'), since),
            el('label', {class: 'filter'}, el('span', {}, 'To'), until)];
        if (this.options.groupBy !== false) {
            children.push(el('fieldset', {class: 'filter segmented', id: 'filter-groupBy'}, el('legend', {}, 'Group by'),
                ['day', 'week', 'month'].map(value => el('button', {type: 'button', 'data-group-by': value,
                    'aria-pressed': String(s.groupBy === value), onclick: () => this.set({groupBy: value})},
                value[0].toUpperCase() + value.substring(1)))));
        }
        if (this.options.repository) {
            children.push(select('repository', 'Repository',
                [['', 'All repositories'], ...repositories.map(r => [r.slug, r.name])], s.repository,
                value => this.set({repository: value})));
        }
        if (this.options.person) {
            children.push(select('author', 'Person',
                [['', 'Everyone'], ...people.map(p => [String(p.id), p.name ?? `Person ${p.id}`])], s.author, value => this.set({author: value})));
        }
        children.push(el('label', {class: 'filter checkbox'}, el('input', {type: 'checkbox', name: 'excludeMerges',
            id: 'filter-excludeMerges', checked: s.excludeMerges,
            onchange: event => this.set({excludeMerges: event.target.checked})}), el('span', {}, 'Leave out merge commits')));
        this.element.replaceChildren(...children);
        return this.element;
    }

    set(change) {
        this.state = {...this.state, ...change};
        if (this.state.since > this.state.until) {
            this.state.since = this.state.until;
        }
        this.render();
        this.onChange(this.state);
    }
}

async function listOr(url, key) {
    try {
        return (await getJson(url))[key] || [];
    } catch (error) {
        // The cards say what went wrong; the filter just offers no choices
        return [];
    }
}
