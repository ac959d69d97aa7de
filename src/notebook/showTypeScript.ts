// "Asyncio Lab: Show TypeScript": a cell's (or .py file's) translation in a read-only side
// editor, a virtual document of the `asyncio-lab-ts` scheme. It follows edits of the cell, and
// moving the cursor in the Python reveals and highlights the matching lines. The text and the
// line mapping come from the pure tsView.ts.
import * as path from 'path';
import * as vscode from 'vscode';
import { buildTsView, tsLinesFor, type TsView, type TsViewOptions } from './tsView';

export const TS_SCHEME = 'asyncio-lab-ts';
export const SHOW_TS_COMMAND = 'asyncio-lab.showTypeScript';
const REFRESH_MS = 150;

/** The Python document behind a view: its uri travels in the view's query. */
function sourceUriOf(view: vscode.Uri): string { return view.query; }

function findCell(uri: vscode.Uri): vscode.NotebookCell | undefined {
  const key = uri.toString();
  for (const nb of vscode.workspace.notebookDocuments) {
    const cell = nb.getCells().find(c => c.document.uri.toString() === key);
    if (cell) return cell;
  }
  return undefined;
}

function optionsFor(doc: vscode.TextDocument): TsViewOptions {
  const cell = findCell(doc.uri);
  if (cell) {
    const n = cell.index + 1;
    return { filename: `<cell ${n}>`, mode: 'cell', title: `${path.basename(cell.notebook.uri.path)}, cell ${n}` };
  }
  const name = path.basename(doc.uri.path);
  return { filename: name, mode: 'module', title: name };
}

class TypeScriptViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** view uri -> what it shows now */
  private views = new Map<string, TsView>();
  /** source uri -> view uri */
  private bySource = new Map<string, vscode.Uri>();
  private timers = new Map<string, NodeJS.Timeout>();
  private deco = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
  });
  private subs: vscode.Disposable[] = [];

  constructor() {
    this.subs.push(
      this.changed, this.deco,
      vscode.workspace.onDidChangeTextDocument(e => this.sourceChanged(e.document)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.document.uri.scheme === TS_SCHEME) this.highlightFromSource(e.document.uri); }),
      vscode.window.onDidChangeTextEditorSelection(e => this.selectionMoved(e.textEditor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.bySource.forEach(v => this.highlightFromSource(v))),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.scheme === TS_SCHEME) this.forget(d.uri); }),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === sourceUriOf(uri));
    if (!doc) return '// Asyncio Lab: the Python source of this view is closed.\n';
    const view = buildTsView(doc.getText(), optionsFor(doc));
    this.views.set(uri.toString(), view);
    return view.text;
  }

  /** Opens (or reveals) the view of `doc` beside it and highlights the current Python lines. */
  async show(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
    const key = doc.uri.toString();
    let uri = this.bySource.get(key);
    if (!uri) {
      const label = optionsFor(doc).title.replace(/[\\/]/g, '_');
      uri = vscode.Uri.from({ scheme: TS_SCHEME, path: `/${label}.ts`, query: key });
      this.bySource.set(key, uri);
    }
    let tsDoc = await vscode.workspace.openTextDocument(uri);
    if (tsDoc.languageId !== 'typescript') tsDoc = await vscode.languages.setTextDocumentLanguage(tsDoc, 'typescript');
    const editor = await vscode.window.showTextDocument(tsDoc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    this.highlightFromSource(uri);
    return editor;
  }

  private sourceChanged(doc: vscode.TextDocument) {
    const uri = this.bySource.get(doc.uri.toString());
    if (!uri) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.changed.fire(uri); }, REFRESH_MS));
  }

  private selectionMoved(editor: vscode.TextEditor) {
    const uri = this.bySource.get(editor.document.uri.toString());
    if (uri) this.highlight(uri, editor.selections);
  }

  /** Re-highlights a view from the selection of its source editor, if one is visible. */
  private highlightFromSource(uri: vscode.Uri) {
    const src = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === sourceUriOf(uri));
    if (src) this.highlight(uri, src.selections);
  }

  private highlight(uri: vscode.Uri, selections: readonly vscode.Selection[]) {
    const view = this.views.get(uri.toString());
    if (!view) return;
    const ranges = selections.flatMap(s => tsLinesFor(view, s.start.line + 1, s.end.line + 1))
      .map(r => new vscode.Range(r.start, 0, r.end, 0));
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document.uri.toString() !== uri.toString()) continue;
      ed.setDecorations(this.deco, ranges);
      if (!ranges.length) continue;
      const first = ranges[0];
      ed.selection = new vscode.Selection(first.start, first.start);
      ed.revealRange(new vscode.Range(first.start, ranges[ranges.length - 1].end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  private forget(uri: vscode.Uri) {
    this.views.delete(uri.toString());
    this.bySource.delete(sourceUriOf(uri));
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
  }

  dispose() {
    this.timers.forEach(t => clearTimeout(t));
    this.subs.forEach(d => d.dispose());
  }
}

/** The Python document a command applies to: a toolbar cell, a uri, the focused cell or editor. */
function targetDocument(arg: unknown): vscode.TextDocument | undefined {
  const a = arg as any;
  if (a?.document && typeof a.index === 'number') return a.document as vscode.TextDocument;
  if (a instanceof vscode.Uri) return vscode.workspace.textDocuments.find(d => d.uri.toString() === a.toString());
  const ed = vscode.window.activeTextEditor;
  if (ed?.document.languageId === 'python') return ed.document;
  const nb = vscode.window.activeNotebookEditor;
  const cell = nb && nb.notebook.cellCount ? nb.notebook.cellAt(nb.selection.start) : undefined;
  return cell?.kind === vscode.NotebookCellKind.Code ? cell.document : undefined;
}

export function registerShowTypeScript(): vscode.Disposable {
  const views = new TypeScriptViews();
  return vscode.Disposable.from(
    views,
    vscode.workspace.registerTextDocumentContentProvider(TS_SCHEME, views),
    vscode.commands.registerCommand(SHOW_TS_COMMAND, async (arg?: unknown) => {
      const doc = targetDocument(arg);
      if (!doc) {
        void vscode.window.showInformationMessage('Asyncio Lab: select a Python cell (or open a .py file) to see its translation.');
        return undefined;
      }
      return views.show(doc);
    }),
  );
}
