import type { Credential } from '../jira-host/credentials';
import type { UiModule } from './ui-modules';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The local host page: every module of the manifest in a frame sized like Jira's, with the context
 * Jira would give it (issue, project, gadget configuration, locale, theme) and a user switcher.
 */
export function hostPage(
  modules: readonly UiModule[],
  people: readonly Credential[],
  sampleIssue: string,
): string {
  const users = people
    .filter((p) => p.role !== 'customer')
    .map(
      (p) =>
        `<option value="${escape(p.accountId)}" data-role="${p.role}">${escape(`${p.role} · ${p.displayName}`)}</option>`,
    )
    .join('');
  const cards = modules
    .map(
      (
        m,
      ) => `<section class="card" data-key="${escape(m.key)}" data-type="${m.type}" data-width="${m.width}" data-height="${m.height}">
  <h2>${escape(m.title)} <small>${escape(m.place)} · ${escape(m.key)}</small>${m.type === 'jira:dashboardGadget' ? ' <button type="button" class="edit">Edit gadget</button>' : ''}</h2>
  <iframe title="${escape(m.title)}" style="width:${m.width};max-width:100%;height:${m.height}"></iframe>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Quality Loop — local Jira</title>
<style>
body{font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans SC",sans-serif;margin:0;background:#f7f8f9;color:#172b4d}
header{display:flex;gap:16px;align-items:center;flex-wrap:wrap;padding:12px 24px;background:#1d7afc;color:#fff}
header label{display:flex;gap:6px;align-items:center}
main{display:grid;gap:24px;padding:24px}
.card{background:#fff;border:1px solid #dcdfe4;border-radius:6px;padding:12px 16px}
.card h2{font-size:16px;margin:0 0 8px}.card small{color:#626f86;font-weight:normal}
iframe{border:1px dashed #b3b9c4;border-radius:4px;background:#fff}
.toast{position:fixed;right:16px;bottom:16px;background:#172b4d;color:#fff;padding:8px 12px;border-radius:4px}
</style></head>
<body>
<header><strong>Quality Loop · local Jira Service Management</strong>
<label>Act as <select id="user">${users}</select></label>
<label>Ticket <input id="issue" value="${escape(sampleIssue)}" size="10"></label>
<label>Project <input id="project" value="${escape(sampleIssue.split('-')[0] ?? 'SUP')}" size="6"></label>
<label>Language <select id="locale"><option value="en_US">English</option><option value="zh_CN">简体中文</option></select></label>
<label>Theme <select id="theme"><option value="light">Light</option><option value="dark">Dark</option></select></label>
</header>
<main>${cards}</main>
<script>
const $ = (id) => document.getElementById(id);
function render() {
  for (const card of document.querySelectorAll('.card')) {
    const type = card.dataset.type;
    const issueKey = $('issue').value.trim();
    const projectKey = $('project').value.trim();
    const extension = { type };
    if (type === 'jira:issueAction' || type === 'jira:issuePanel') extension.issue = { key: issueKey };
    if (type !== 'jira:adminPage') extension.project = { key: projectKey };
    if (type === 'jira:dashboardGadget') {
      extension.gadgetConfiguration = JSON.parse(localStorage.getItem('gadget:' + card.dataset.key) || '{}');
      if (card.dataset.editing === 'true') extension.entryPoint = 'edit';
    }
    const context = {
      accountId: $('user').value, locale: $('locale').value, timezone: 'Asia/Shanghai',
      moduleKey: card.dataset.key, extension, theme: { colorMode: $('theme').value },
    };
    card.querySelector('iframe').src = '/app/index.html?frame=' + encodeURIComponent(card.dataset.key) + '&context=' + encodeURIComponent(JSON.stringify(context));
  }
}
for (const id of ['user', 'issue', 'project', 'locale', 'theme']) $(id).addEventListener('change', render);
for (const button of document.querySelectorAll('.card .edit')) {
  button.addEventListener('click', () => {
    const card = button.closest('.card');
    card.dataset.editing = card.dataset.editing === 'true' ? 'false' : 'true';
    render();
  });
}
window.addEventListener('message', (event) => {
  if (!event.data || event.data.source !== 'quality-loop-frame') return;
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.textContent = event.data.frame + ': ' + event.data.type + (event.data.payload ? ' ' + JSON.stringify(event.data.payload) : '');
  document.body.appendChild(toast);
  setTimeout(() => toast.remove(), 4000);
  const card = document.querySelector('.card[data-key="' + event.data.frame + '"]');
  // A gadget's edit view submits its configuration: Jira keeps it and shows the gadget again.
  if (event.data.type === 'submit' && card && card.dataset.type === 'jira:dashboardGadget') {
    localStorage.setItem('gadget:' + event.data.frame, JSON.stringify(event.data.payload || {}));
    card.dataset.editing = 'false';
  }
  if (event.data.type === 'close' || event.data.type === 'submit') render();
});
render();
</script></body></html>`;
}
