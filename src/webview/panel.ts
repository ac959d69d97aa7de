// The "Asyncio Lab: Show Task View" command: a WebviewPanel showing the active notebook's latest
// run trace (live while a cell runs). Strict CSP with a nonce; local resources limited to dist/
// (the bundle and its stylesheet); typed messages (protocol.ts).
import * as vscode from 'vscode';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { codeFile } from './codeFiles';
import { taskViewHtml, makeNonce } from './html';
import { CodeFile, HostToView, isViewToHost } from './protocol';
import type { TraceFile, TraceEvent } from './client/model';

export const SHOW_TASK_VIEW = 'asyncio-lab.showTaskView';

export interface TraceSnapshot { trace: TraceFile; title?: string; live?: boolean }

export interface TaskViewDeps {
  /** The latest recorded trace of the active notebook's kernel session, if any. */
  latestTrace(): TraceSnapshot | undefined;
  /** Fires when a run starts or ends (a new latest trace for the active notebook). */
  onDidChangeTrace?: vscode.Event<void>;
  /** Live mode: events of the run in progress, batched by the caller; `done` on the last batch. */
  onDidTraceEvents?: vscode.Event<{ events: TraceEvent[]; done?: boolean }>;
}

export function registerTaskView(context: vscode.ExtensionContext, deps: TaskViewDeps): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  const subs: vscode.Disposable[] = [];

  const send = (m: HostToView) => { void panel?.webview.postMessage(m); };
  const sendLatest = () => {
    const s = deps.latestTrace();
    if (s) send({ type: 'trace', trace: s.trace, title: s.title, live: s.live, code: notebookCode() });
    else send({ type: 'empty', reason: 'No run recorded yet: run a cell of an Asyncio Lab notebook.' });
  };

  const show = () => {
    if (panel) { panel.reveal(undefined, true); sendLatest(); return; }
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    panel = vscode.window.createWebviewPanel('asyncioLab.taskView', 'Asyncio Lab: Task View',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [dist] });
    const w = panel.webview;
    const monaco = vscode.Uri.joinPath(dist, 'monaco');
    const hasMonaco = fs.existsSync(vscode.Uri.joinPath(monaco, 'monaco.js').fsPath);
    w.html = taskViewHtml({
      monaco: hasMonaco ? {
        scriptUri: w.asWebviewUri(vscode.Uri.joinPath(monaco, 'monaco.js')).toString(),
        styleUri: w.asWebviewUri(vscode.Uri.joinPath(monaco, 'monaco.css')).toString(),
      } : undefined,
      scriptUri: w.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: w.asWebviewUri(vscode.Uri.joinPath(dist, 'taskview.css')).toString(),
      cspSource: w.cspSource,
      nonce: makeNonce(n => crypto.randomBytes(n)),
    });
    const own: vscode.Disposable[] = [];
    own.push(w.onDidReceiveMessage(m => {
      if (!isViewToHost(m)) return;
      if (m.type === 'ready') sendLatest();
      else if (m.type === 'reveal') revealLine(m.line);
    }));
    if (deps.onDidChangeTrace) own.push(deps.onDidChangeTrace(sendLatest));
    if (deps.onDidTraceEvents) own.push(deps.onDidTraceEvents(b => send({ type: 'append', events: b.events, done: b.done })));
    panel.onDidDispose(() => { panel = undefined; own.forEach(d => d.dispose()); }, undefined, own);
  };

  subs.push(vscode.commands.registerCommand(SHOW_TASK_VIEW, show));
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);
  item.text = '$(pulse) Tasks';
  item.tooltip = 'Asyncio Lab: Show Task View';
  item.command = SHOW_TASK_VIEW;
  const syncItem = () => {
    const nb = vscode.window.activeNotebookEditor;
    if (nb) item.show(); else item.hide();
  };
  syncItem();
  subs.push(item, vscode.window.onDidChangeActiveNotebookEditor(syncItem));
  const all = vscode.Disposable.from(...subs, { dispose: () => panel?.dispose() });
  context.subscriptions.push(all);
  return all;
}

/** Each code cell of the active notebook with its translation, for the code pane. */
function notebookCode(): CodeFile[] | undefined {
  const nb = vscode.window.activeNotebookEditor?.notebook;
  if (!nb) return undefined;
  const name = nb.uri.path.split('/').pop() ?? 'notebook';
  return nb.getCells().filter(c => c.kind === vscode.NotebookCellKind.Code)
    .map(c => codeFile(`<cell ${c.index + 1}>`, c.document.getText(), `${name}, cell ${c.index + 1}`));
}

/** Select a Python line in the active notebook's executing cell (best effort). */
function revealLine(line: number) {
  const editor = vscode.window.activeTextEditor;
  if (!editor || line < 1) return;
  const pos = new vscode.Position(Math.min(line - 1, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
