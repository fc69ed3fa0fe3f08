// Entry of every page: loads Bitbucket's all.js when embedded there, then draws the page the server named.
import {context, loadConnectJs, resizeFrame} from './context.js';
import {profilePage, repositoryPage, settingsPage, workspacePage} from './pages.js';
import {el} from './ui.js';

const PAGES = {workspace: workspacePage, repository: repositoryPage, profile: profilePage, settings: settingsPage};

async function start() {
    await loadConnectJs();
    const app = document.getElementById('app');
    const page = PAGES[context.page];
    if (!page || typeof echarts === 'undefined') {
        app.replaceChildren(el('p', {class: 'state-message error'}, 'This page could not start. Reload it.'));
        return;
    }
    await page(app);
    resizeFrame();
}

start();
