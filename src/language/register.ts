// VS Code glue for the language features (thin: all logic is in the pure modules beside it).
// Python files and notebook cells (language `python`): diagnostics with quick fixes, hovers.
// Settings: `asyncioLab.diagnostics.<CODE>.enabled` (default true).
import * as vscode from 'vscode';
import { checkSource, RULE_CODES, type LabDiagnostic, type TextEdit } from './diagnostics';
import { hoverAt } from './hover';
import type { TraceEvent } from '../runtime/trace';

const SELECTOR: vscode.DocumentSelector = [{ language: 'python' }];
const SOURCE = 'asyncio-lab';

/** Trace of the last kernel run, per cell document URI (set by the kernel through setRunTrace). */
const runTraces = new Map<string, readonly TraceEvent[]>();

/** The kernel calls this after running a cell, so hovers in that cell tell what really happened. */
export function setRunTrace(cellUri: vscode.Uri, events: readonly TraceEvent[] | undefined): void {
  if (events) runTraces.set(cellUri.toString(), events);
  else runTraces.delete(cellUri.toString());
}

function isCell(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'vscode-notebook-cell';
}

function disabledCodes(doc: vscode.TextDocument): string[] {
  const cfg = vscode.workspace.getConfiguration('asyncioLab', doc.uri);
  return RULE_CODES.filter((c) => cfg.get<boolean>(`diagnostics.${c}.enabled`, true) === false);
}

function check(doc: vscode.TextDocument): LabDiagnostic[] {
  return checkSource(doc.getText(), doc.fileName, { cell: isCell(doc), disabled: disabledCodes(doc) });
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
      const action = new vscode.CodeAction(d.fix.title.replace(/`/g, ''), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      for (const e of d.fix.edits) action.edit.replace(doc.uri, toRange(e as TextEdit), e.newText);
      action.diagnostics = [toDiagnostic(d)];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}

/** Registers diagnostics, quick fixes and hovers; dispose the result to remove them all. */
export function registerLanguageFeatures(_context?: vscode.ExtensionContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const refresh = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'python') return;
    collection.set(doc.uri, check(doc).map(toDiagnostic));
  };
  const later = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); refresh(doc); }, 250));
  };
  vscode.workspace.textDocuments.forEach(refresh);
  const hover: vscode.HoverProvider = {
    provideHover(doc, pos) {
      const h = hoverAt(doc.getText(), { line: pos.line + 1, col: pos.character }, { cell: isCell(doc), trace: runTraces.get(doc.uri.toString()) });
      if (!h) return undefined;
      const md = new vscode.MarkdownString(h.markdown);
      md.isTrusted = { enabledCommands: ['asyncio-lab.openDemo'] };
      return new vscode.Hover(md, toRange(h.range));
    },
  };
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => later(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => { collection.delete(doc.uri); runTraces.delete(doc.uri.toString()); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('asyncioLab.diagnostics')) vscode.workspace.textDocuments.forEach(refresh);
    }),
    vscode.languages.registerHoverProvider(SELECTOR, hover),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new QuickFixes(), { providedCodeActionKinds: QuickFixes.kinds }),
    { dispose: () => { for (const t of timers.values()) clearTimeout(t); } },
  );
}
