// Entry point of the task-view webview page (bundled to dist/webview.js). Listens for the host's
// typed messages and drives the App. Runs in a browser: no vscode import, and no inline script
// is needed in the page.
import { App } from './app';
import { parseTrace } from './model';
import { isHostToView, ViewToHost } from '../protocol';

declare function acquireVsCodeApi(): { postMessage(m: unknown): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
function post(m: ViewToHost) { vscode?.postMessage(m); }

const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
const app = new App(root, { onRevealLine: line => post({ type: 'reveal', line }) });
(window as any).asyncioLabTaskView = app;

window.addEventListener('message', ev => {
  const m = ev.data;
  if (!isHostToView(m)) return;
  if (m.type === 'trace') {
    document.title = m.title ?? 'Task View';
    app.setTrace(parseTrace(m.trace), !!m.live, m.code);
  } else if (m.type === 'append') app.append(m.events, m.done);
  else app.setTrace({ version: 1, events: [] });
});
post({ type: 'ready' });
