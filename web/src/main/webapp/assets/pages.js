// The four pages: which cards each shows, with which filters, and the settings forms.
import {explain, getJson, putJson, reportUrl} from './api.js';
import {identityMerges, apiTokens} from './settings.js';
import {activityOption, codeFrequencyOption, contributionsOption, contributorsOption, personName, pullRequestsOption,
    punchCardOption} from './charts.js';
import {context, resizeFrame} from './context.js';
import {Filters} from './filters.js';
import {formatDate, formatNumber} from './format.js';
import {Card, el, syncBanner} from './ui.js';

const allZero = (items, ...keys) => items.every(item => keys.every(key => !item[key]));

/** One report drawn into one card, with the URLs of its JSON and CSV. */
function report(card, path, query, filename, isEmpty, draw) {
    return card.load(reportUrl(path, query), reportUrl(path, {...query, format: 'csv'}),
        `${filename}-${query.since}-${query.until}.csv`, isEmpty, draw);
}

const activity = (card, filters, extra = {}) => report(card, 'activity', filters.query({groupBy: filters.state.groupBy, ...extra}),
    'activity', json => allZero(json.series, 'commits', 'lines_added', 'lines_removed'),
    json => card.show(activityOption(json)));

const contributors = (card, filters) => report(card, 'contributors',
    filters.query({sort: 'commits', groupBy: filters.state.groupBy}), 'contributors', json => json.contributors.length === 0,
    json => {
        card.show(contributorsOption(json));
        card.showTable(['Person', 'Commits', 'Lines added', 'Lines removed', 'First commit', 'Last commit'],
            json.contributors.map(c => [personName(c.author), c.commits, c.lines_added, c.lines_removed,
                formatDate(c.first_commit), formatDate(c.last_commit)]));
    });

const pullRequests = (card, filters) => report(card, 'pull-requests', filters.query({groupBy: filters.state.groupBy}),
    'pull-requests', json => allZero(json.series, 'created', 'merged', 'declined'),
    json => card.show(pullRequestsOption(json, filters.state.groupBy)));

function header(title, subtitle) {
    return el('header', {class: 'page-header'}, el('h1', {}, title), subtitle ? el('p', {class: 'hint'}, subtitle) : null);
}

function grid(cards) {
    return el('div', {class: 'cards'}, cards.map(card => card.element));
}

/** Workspace overview: activity, contributors and pull-request throughput, and the settings tab. */
export async function workspacePage(app) {
    const cards = {
        activity: new Card('activity', 'Activity', 'Commits per period, and the lines they added and removed.'),
        contributors: new Card('contributors', 'Contributors', 'The people with the most commits.'),
        pullRequests: new Card('pull-requests', 'Pull requests', 'Created, merged and declined per period.')
    };
    const filters = new Filters({repository: true, person: true}, () => draw());
    const draw = () => Promise.all([activity(cards.activity, filters), contributors(cards.contributors, filters),
        pullRequests(cards.pullRequests, filters)]);
    const overview = el('div', {id: 'overview'}, await filters.render(), grid(Object.values(cards)));
    const settings = el('div', {id: 'settings', hidden: true});
    const tabs = el('nav', {class: 'tabs', 'aria-label': 'Views'},
        el('button', {type: 'button', 'data-tab': 'overview', 'aria-selected': 'true', onclick: () => show('overview')}, 'Overview'),
        el('button', {type: 'button', 'data-tab': 'settings', 'aria-selected': 'false', onclick: () => show('settings')}, 'Settings'));
    function show(tab) {
        overview.hidden = tab !== 'overview';
        settings.hidden = tab !== 'settings';
        tabs.querySelectorAll('button').forEach(b => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
        if (tab === 'settings' && !settings.hasChildNodes()) {
            renderSettings(settings);
        }
        resizeFrame();
    }
    app.replaceChildren(header('Bitgraphs', context.workspace), tabs, overview, settings);
    syncBanner(reportUrl('sync'), draw);
    await draw();
}

/** A repository's graphs: activity, code frequency, contributors, pull requests and the punch card. */
export async function repositoryPage(app) {
    if (!context.repository) {
        app.replaceChildren(header('Graphs'), el('p', {class: 'state-message empty'},
            'Bitgraphs has not imported this repository yet. Its graphs appear here once the import has listed it; '
            + 'reload the page in a minute.'));
        syncBanner(reportUrl('sync'), () => window.location.reload());
        return;
    }
    const slug = context.repository.slug;
    const cards = {
        activity: new Card('activity', 'Activity', 'Commits per period, and the lines they added and removed.'),
        codeFrequency: new Card('code-frequency', 'Code frequency', 'Lines added and removed per week, and the total.'),
        contributors: new Card('contributors', 'Contributors', 'The people with the most commits.'),
        pullRequests: new Card('pull-requests', 'Pull requests', 'Created, merged and declined per period.'),
        punchCard: new Card('punch-card', 'Punch card', 'When commits happen: weekday and hour.')
    };
    const filters = new Filters({person: true}, () => draw());
    filters.state.repository = slug;
    const draw = () => Promise.all([
        activity(cards.activity, filters),
        report(cards.codeFrequency, 'code-frequency', filters.query(), 'code-frequency',
            json => allZero(json.weeks, 'lines_added', 'lines_removed'), json => cards.codeFrequency.show(codeFrequencyOption(json))),
        contributors(cards.contributors, filters),
        pullRequests(cards.pullRequests, filters),
        report(cards.punchCard, 'punch-card', filters.query(), 'punch-card', json => allZero(json.cells, 'commits'),
            json => cards.punchCard.show(punchCardOption(json, filters.state.tz)))]);
    app.replaceChildren(header(context.repository.name, context.workspace + '/' + slug), await filters.render(),
        grid(Object.values(cards)));
    syncBanner(reportUrl('sync'), draw);
    await draw();
}

/** A person's contributions: a calendar of the span and their activity. */
export async function profilePage(app) {
    const calendar = new Card('contributions', 'Contributions', 'Commits and pull requests per day.');
    const activityCard = new Card('activity', 'Activity', 'Commits per period, and the lines they added and removed.');
    const summary = el('p', {class: 'summary', id: 'contributions-summary'});
    const filters = new Filters({}, () => draw());
    const user = encodeURIComponent(context.user);
    const draw = async () => {
        const query = filters.query();
        await report(calendar, `users/${user}/contributions`, {since: query.since, until: query.until, tz: query.tz},
            'contributions', json => {
                summary.textContent = `${personName(json.user)}: ${formatNumber(json.total_commits)} commits and `
                    + `${formatNumber(json.total_pull_requests)} pull requests from ${formatDate(json.since)} to ${formatDate(json.until)}.`;
                activityCard.element.dataset.author = json.user.id;
                return json.total_commits + json.total_pull_requests === 0;
            }, json => calendar.show(contributionsOption(json)));
        const author = activityCard.element.dataset.author;
        if (author) {
            await activity(activityCard, filters, {author});
        } else {
            activityCard.clear();
            activityCard.setState(calendar.element.dataset.state === 'error' ? 'error' : 'empty',
                calendar.element.dataset.state === 'error' ? calendar.message.textContent : 'No activity to show.');
        }
    };
    app.replaceChildren(header('Contributions'), await filters.render(), summary, grid([calendar, activityCard]));
    syncBanner(reportUrl('sync'), draw);
    await draw();
}

/** Settings on a page of their own (the descriptor's second admin page). */
export async function settingsPage(app) {
    const body = el('div', {id: 'settings'});
    app.replaceChildren(header('Bitgraphs settings', context.workspace), body);
    await renderSettings(body);
}

/** File exclusions per repository, excluded people; room for API tokens and identity merges. */
async function renderSettings(container) {
    const exclusions = el('section', {class: 'card settings', id: 'settings-file-exclusions', 'data-state': 'loading'},
        el('h2', {}, 'Files left out of line counts'),
        el('p', {class: 'hint'}, 'One pattern a line, in .gitignore syntax (for example *.lock or generated/). '
            + 'Saving recounts that repository\'s lines.'));
    const people = el('section', {class: 'card settings', id: 'settings-excluded-people', 'data-state': 'loading'},
        el('h2', {}, 'People left out of every report'),
        el('p', {class: 'hint'}, 'One pattern a line, matched against names and emails, ignoring case; * matches anything '
            + '(for example *[bot]* or jenkins).'));
    const tokens = el('section', {class: 'card settings', id: 'settings-tokens', 'data-state': 'loading'},
        el('h2', {}, 'API tokens'), el('p', {class: 'hint'}, 'Tokens let scripts read the reports API with '
            + 'Authorization: Bearer <token>. A token is shown once, when it is made; revoke it when it is no longer needed.'));
    const identities = el('section', {class: 'card settings', id: 'settings-identities', 'data-state': 'loading'},
        el('h2', {}, 'Identity merges'), el('p', {class: 'hint'}, 'One person, several names, emails or Bitbucket accounts: '
            + 'merge them here or describe them in .mailmap form below.'));
    container.replaceChildren(exclusions, people, tokens, identities);
    await Promise.all([fileExclusions(exclusions), excludedPeople(people), apiTokens(tokens, failed),
        identityMerges(identities, failed)]);
    resizeFrame();
}

async function fileExclusions(section) {
    try {
        const [stored, listed] = await Promise.all([getJson(reportUrl('settings/file-exclusions')),
            getJson(reportUrl('repositories'))]);
        const patterns = new Map(stored.repositories.map(r => [r.slug, r.patterns]));
        const repositories = listed.repositories.length ? listed.repositories : stored.repositories.map(r => ({slug: r.slug, name: r.slug}));
        if (repositories.length === 0) {
            section.append(el('p', {class: 'state-message empty'}, 'No repositories imported yet.'));
        }
        for (const repository of repositories) {
            section.append(patternForm(`exclusions-${repository.slug}`, repository.name, patterns.get(repository.slug) || [],
                lines => putJson(reportUrl(`settings/file-exclusions/${encodeURIComponent(repository.slug)}`), {patterns: lines}),
                'Saved. The repository\'s line counts are being recounted.'));
        }
        section.dataset.state = 'ready';
    } catch (error) {
        failed(section, error);
    }
}

async function excludedPeople(section) {
    try {
        const stored = await getJson(reportUrl('settings/excluded-people'));
        section.append(patternForm('excluded-people', 'Patterns', stored.patterns,
            lines => putJson(reportUrl('settings/excluded-people'), {patterns: lines}), 'Saved. Reports leave these people out.'));
        section.dataset.state = 'ready';
    } catch (error) {
        failed(section, error);
    }
}

export function failed(section, error) {
    section.dataset.state = 'error';
    section.append(el('p', {class: 'state-message error'}, error.status === 403
        ? 'Only workspace admins can see and change these settings.' : explain(error)));
}

export function patternForm(id, label, patterns, save, savedMessage) {
    const textarea = el('textarea', {id, name: id, rows: Math.max(3, patterns.length + 1), spellcheck: 'false'});
    textarea.value = patterns.join('\n');
    const status = el('span', {class: 'save-status', role: 'status'});
    const form = el('form', {class: 'pattern-form', onsubmit: async event => {
        event.preventDefault();
        status.textContent = 'Saving…';
        try {
            const lines = textarea.value.split('\n').map(line => line.trim()).filter(line => line.length > 0);
            const answer = await save(lines);
            textarea.value = (answer.patterns || lines).join('\n');
            status.textContent = savedMessage;
            status.dataset.state = 'saved';
        } catch (error) {
            status.textContent = explain(error);
            status.dataset.state = 'error';
        }
    }}, el('label', {for: id}, label), textarea, el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Save'), status));
    return form;
}
