// Settings that other parts of Bitgraphs own, drawn on the settings page: API tokens and identity merges.
import {explain, getJson, postJson, putJson, remove, reportUrl} from './api.js';
import {formatDate} from './format.js';
import {el} from './ui.js';

/** Lists the workspace's tokens, makes one (shown once), revokes one. */
export async function apiTokens(section, failed) {
    const list = el('div', {class: 'token-list'});
    const shown = el('div', {class: 'token-shown', role: 'status'});
    const name = el('input', {type: 'text', id: 'token-name', name: 'name', maxlength: '100', required: true,
        placeholder: 'What the token is for'});
    const scope = el('select', {id: 'token-scope', name: 'scope'},
        el('option', {value: 'read'}, 'Read reports'), el('option', {value: 'admin'}, 'Read reports and change settings'));
    const status = el('span', {class: 'save-status', role: 'status'});
    const form = el('form', {class: 'pattern-form inline', onsubmit: async event => {
        event.preventDefault();
        try {
            const created = await postJson(reportUrl('settings/tokens'), {name: name.value, scope: scope.value});
            shown.replaceChildren(el('p', {}, el('strong', {}, 'Copy this token now; it is not shown again: ')),
                el('code', {id: 'token-value'}, created.token));
            name.value = '';
            status.textContent = '';
            await refresh();
        } catch (error) {
            status.textContent = explain(error);
            status.dataset.state = 'error';
        }
    }}, el('label', {for: 'token-name'}, 'New token'), name, scope,
        el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Create token'), status));

    async function refresh() {
        const {tokens} = await getJson(reportUrl('settings/tokens'));
        const live = tokens.filter(token => !token.revoked_on);
        list.replaceChildren(live.length === 0 ? el('p', {class: 'hint'}, 'No tokens yet.') : el('table', {},
            el('thead', {}, el('tr', {}, ['Name', 'Starts with', 'Scope', 'Created', 'Last used', ''].map(h => el('th', {}, h)))),
            el('tbody', {}, live.map(token => el('tr', {'data-token': token.id},
                el('td', {}, token.name), el('td', {}, el('code', {}, token.prefix + '…')), el('td', {}, token.scope),
                el('td', {}, formatDate(token.created_on)), el('td', {}, token.last_used_on ? formatDate(token.last_used_on) : 'never'),
                el('td', {}, el('button', {type: 'button', class: 'revoke', onclick: async () => {
                    await remove(reportUrl(`settings/tokens/${token.id}`));
                    await refresh();
                }}, 'Revoke')))))));
    }

    try {
        await refresh();
        section.append(list, form, shown);
        section.dataset.state = 'ready';
    } catch (error) {
        failed(section, error);
    }
}

/** Merges one person's identities into another's, undoes an admin's merge, and edits the workspace's .mailmap. */
export async function identityMerges(section, failed) {
    const people = el('div', {class: 'people-list'});
    const into = el('select', {id: 'merge-into', name: 'into'});
    const from = el('select', {id: 'merge-from', name: 'from'});
    const status = el('span', {class: 'save-status', role: 'status'});
    let everyone = [];

    async function refresh() {
        everyone = (await getJson(reportUrl('people'))).people;
        const options = () => everyone.map(p => el('option', {value: String(p.id)}, `${p.name ?? 'Person ' + p.id} (${p.identities.length})`));
        into.replaceChildren(...options());
        from.replaceChildren(...options());
        if (everyone.length > 1) {
            from.selectedIndex = 1;
        }
        const merged = everyone.filter(p => p.identities.length > 1);
        people.replaceChildren(merged.length === 0 ? el('p', {class: 'hint'}, 'Every person has one identity.') : el('ul', {},
            merged.map(person => el('li', {'data-person': person.id}, el('strong', {}, person.name ?? `Person ${person.id}`), ': ',
                person.identities.map(identity => el('span', {class: 'identity'},
                    identity.email || identity.account_uuid || identity.name || `Identity ${identity.id}`,
                    identity.id === person.id ? null : el('button', {type: 'button', class: 'unmerge', title: 'Undo this merge',
                        onclick: () => act(() => remove(reportUrl(`people/${person.id}/identities/${identity.id}`)))}, '×')))))));
    }

    async function act(change) {
        try {
            await change();
            status.textContent = 'Saved. Reports count these identities as one person.';
            status.dataset.state = 'saved';
            await refresh();
        } catch (error) {
            status.textContent = explain(error);
            status.dataset.state = 'error';
        }
    }

    const form = el('form', {class: 'pattern-form inline', onsubmit: event => {
        event.preventDefault();
        const source = everyone.find(p => String(p.id) === from.value);
        if (!source || from.value === into.value) {
            status.textContent = 'Choose two different people.';
            status.dataset.state = 'error';
            return;
        }
        act(() => postJson(reportUrl(`people/${into.value}/identities`), {identities: source.identities.map(i => i.id)}));
    }}, el('label', {for: 'merge-from'}, 'Merge'), from, el('label', {for: 'merge-into'}, 'into'), into,
        el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Merge'), status));

    const mailmap = el('textarea', {id: 'mailmap', name: 'mailmap', rows: 4, spellcheck: 'false',
        placeholder: 'Ada Lovelace <ada@example.com> <ada@old.example>'});
    const mailmapStatus = el('span', {class: 'save-status', role: 'status'});
    const mailmapForm = el('form', {class: 'pattern-form', onsubmit: async event => {
        event.preventDefault();
        try {
            const saved = await putJson(reportUrl('settings/mailmap'), {mailmap: mailmap.value});
            mailmapStatus.textContent = `Saved: ${saved.entries} entries.`;
            mailmapStatus.dataset.state = 'saved';
        } catch (error) {
            mailmapStatus.textContent = explain(error);
            mailmapStatus.dataset.state = 'error';
            return;
        }
        await listPeople();
    }}, el('label', {for: 'mailmap'}, '.mailmap'), mailmap,
        el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Save .mailmap'), mailmapStatus));

    try {
        mailmap.value = (await getJson(reportUrl('settings/mailmap'))).mailmap;
    } catch (error) {
        failed(section, error);
        return;
    }
    section.append(people, form, mailmapForm);
    section.dataset.state = 'ready';
    await listPeople();

    async function listPeople() {
        try {
            await refresh();
            form.hidden = false;
        } catch (error) {
            // The people list comes from the reports API; the .mailmap works without it
            form.hidden = true;
            people.replaceChildren(el('p', {class: 'state-message error'}, 'The people of this workspace cannot be listed: '
                + explain(error)));
        }
    }
}
