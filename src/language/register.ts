// VS Code glue for the language features (thin: all logic is in the pure modules beside it).
// Python files and notebook cells (language `python`): diagnostics with quick fixes, hovers.
// Settings: `asyncioLab.diagnostics.<CODE>.enabled` (default true).
import * as vscode from 'vscode';
import { checkSource, RULE_CODES, type LabDiagnostic, type TextEdit } from './diagnostics';
import { checkCell, checkCells, contextPart } from './cells';
import { hoverAt } from './hover';
import { withoutLines } from './runFacts';
import type { TraceEvent } from '../runtime/trace';

const SELECTOR: vscode.DocumentSelector = [{ language: 'python' }];
const SOURCE = 'asyncio-lab';

/** Trace of the last kernel run, per cell document URI (set by the kernel through setRunTrace),
 *  with the file name the cell ran under and the document version that ran. */
const runTraces = new Map<string, { events: readonly TraceEvent[]; file?: string; version?: number }>();

/** The kernel calls this after running a cell, so hovers in that cell tell what really happened. */
export function setRunTrace(cellUri: vscode.Uri, events: readonly TraceEvent[] | undefined): void {
  const cell = cellOf(cellUri);
  // `<cell N>`: the file name the kernel (src/notebook/controller.ts) runs the cell under.
  if (events) runTraces.set(cellUri.toString(), { events, file: cell && `<cell ${cell.index + 1}>`, version: cell?.document.version });
  else runTraces.delete(cellUri.toString());
}

/** The last run's trace for hovers in `doc`; without line facts once the cell was edited. */
function runTraceFor(doc: vscode.TextDocument): { events: readonly TraceEvent[]; file?: string } | undefined {
  const run = runTraces.get(doc.uri.toString());
  if (!run || run.version === doc.version) return run;
  return { events: withoutLines(run.events), file: run.file };
}

function cellOf(uri: vscode.Uri): vscode.NotebookCell | undefined {
  const key = uri.toString();
  for (const nb of vscode.workspace.notebookDocuments) {
    const cell = nb.getCells().find((c) => c.document.uri.toString() === key);
    if (cell) return cell;
  }
  return undefined;
}

function isCell(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'vscode-notebook-cell';
}

function pythonCells(nb: vscode.NotebookDocument): vscode.NotebookCell[] {
  return nb.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'python');
}

/** Each cell's `contextPart`, kept per document version: a hover parses each cell once per edit. */
const parts = new Map<string, { version: number; part: string }>();
function partOf(doc: vscode.TextDocument): string {
  const key = doc.uri.toString();
  const hit = parts.get(key);
  if (hit?.version === doc.version) return hit.part;
  const part = contextPart(doc.getText());
  parts.set(key, { version: doc.version, part });
  return part;
}

/** The Python code cells above a cell: they share its namespace (src/language/cells.ts). */
function contextOf(doc: vscode.TextDocument): string {
  const cell = isCell(doc) ? cellOf(doc.uri) : undefined;
  if (!cell) return '';
  return pythonCells(cell.notebook).filter((c) => c.index < cell.index).map((c) => partOf(c.document)).join('');
}

function disabledCodes(doc: vscode.TextDocument): string[] {
  const cfg = vscode.workspace.getConfiguration('asyncioLab', doc.uri);
  return RULE_CODES.filter((c) => cfg.get<boolean>(`diagnostics.${c}.enabled`, true) === false);
}

/** The last whole-notebook check of each cell, with the cell's document version then. */
const cellResults = new Map<string, { version: number; found: LabDiagnostic[] }>();

function check(doc: vscode.TextDocument): LabDiagnostic[] {
  const last = cellResults.get(doc.uri.toString());
  if (last && last.version === doc.version) return last.found;
  if (isCell(doc)) return checkCell(doc.getText(), contextOf(doc), { disabled: disabledCodes(doc) });
  return checkSource(doc.getText(), doc.fileName, { cell: false, disabled: disabledCodes(doc) });
}

function toRange(d: { line: number; col: number; endLine: number; endCol: number }): vscode.Range {
  return new vscode.Range(d.line - 1, d.col, d.endLine - 1, d.endCol);
}

function toDiagnostic(d: LabDiagnostic): vscode.Diagnostic {
  const sev = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const out = new vscode.Diagnostic(toRange(d), d.message, sev);
  out.source = SOURCE;
  out.code = d.code;
  return out;
}

class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of check(doc)) {
      if (!d.fix || !toRange(d).intersection(range)) continue;
      [d.fix, ...(d.moreFixes ?? [])].forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title.replace(/`/g, ''), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(doc.uri, toRange(e as TextEdit), e.newText);
        action.diagnostics = [toDiagnostic(d)];
        action.isPreferred = i === 0;
        actions.push(action);
      });
    }
    return actions;
  }
}

/** Registers diagnostics, quick fixes and hovers; dispose the result to remove them all. */
export function registerLanguageFeatures(_context?: vscode.ExtensionContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const debounce = (key: string, ms: number, f: () => void) => {
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); f(); }, ms));
  };
  // A cell's diagnostics depend on the other cells: the whole notebook is checked in one pass
  // (coalesced, so opening a notebook or editing a cell checks it once).
  const checkNotebook = (nb: vscode.NotebookDocument) => {
    const cells = pythonCells(nb);
    const found = cells.length ? checkCells(cells.map((c) => c.document.getText()), { disabled: disabledCodes(cells[0].document) }) : [];
    for (const c of nb.getCells()) { collection.delete(c.document.uri); cellResults.delete(c.document.uri.toString()); }
    cells.forEach((c, i) => {
      cellResults.set(c.document.uri.toString(), { version: c.document.version, found: found[i] });
      collection.set(c.document.uri, found[i].map(toDiagnostic));
    });
  };
  const refresh = (doc: vscode.TextDocument, ms = 0) => {
    const cell = isCell(doc) ? cellOf(doc.uri) : undefined;
    if (cell) debounce(cell.notebook.uri.toString(), ms, () => checkNotebook(cell.notebook));
    else if (doc.languageId === 'python') debounce(doc.uri.toString(), ms, () => { if (!doc.isClosed) collection.set(doc.uri, check(doc).map(toDiagnostic)); });
  };
  vscode.workspace.textDocuments.forEach((d) => refresh(d));
  const hover: vscode.HoverProvider = {
    provideHover(doc, pos) {
      const run = runTraceFor(doc);
      const h = hoverAt(doc.getText(), { line: pos.line + 1, col: pos.character },
        { cell: isCell(doc), context: contextOf(doc), trace: run?.events, traceFile: run?.file });
      if (!h) return undefined;
      const md = new vscode.MarkdownString(h.markdown);
      md.isTrusted = { enabledCommands: ['asyncio-lab.openDemo'] };
      return new vscode.Hover(md, toRange(h.range));
    },
  };
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => refresh(d)),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document, 250)),
    vscode.workspace.onDidOpenNotebookDocument((nb) => debounce(nb.uri.toString(), 0, () => checkNotebook(nb))),
    vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.contentChanges.length) debounce(e.notebook.uri.toString(), 0, () => checkNotebook(e.notebook));
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      collection.delete(doc.uri);
      runTraces.delete(key);
      parts.delete(key);
      cellResults.delete(key);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('asyncioLab.diagnostics')) vscode.workspace.textDocuments.forEach((d) => refresh(d));
    }),
    vscode.languages.registerHoverProvider(SELECTOR, hover),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new QuickFixes(), { providedCodeActionKinds: QuickFixes.kinds }),
    { dispose: () => { for (const t of timers.values()) clearTimeout(t); } },
  );
}
