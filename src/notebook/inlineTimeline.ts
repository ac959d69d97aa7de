// Inline timelines: after a cell runs, the kernel appends its trace as an output item of MIME
// application/vnd.asyncio-lab.trace+json, which the notebook renderer (dist/renderer.js) shows
// as a compact timeline. On per cell (cell metadata `asyncioLab.inlineTimeline`, toggled by
// "Asyncio Lab: Toggle Inline Timeline" in the cell toolbar) or for every cell (setting
// `asyncioLab.inlineTimeline`); a cell's own choice wins over the setting.
import * as vscode from 'vscode';

export const TRACE_MIME = 'application/vnd.asyncio-lab.trace+json';
export const TOGGLE_INLINE_TIMELINE = 'asyncio-lab.toggleInlineTimeline';
/** Bigger traces are cut to their first events in the output (the task view has the whole run). */
export const INLINE_MAX_EVENTS = 50_000;

function cellChoice(cell: vscode.NotebookCell): boolean | undefined {
  const v = (cell.metadata as any)?.asyncioLab?.inlineTimeline;
  return typeof v === 'boolean' ? v : undefined;
}

export function inlineTimelineOn(cell: vscode.NotebookCell): boolean {
  return cellChoice(cell) ?? vscode.workspace.getConfiguration('asyncioLab', cell.notebook.uri).get<boolean>('inlineTimeline', false);
}

/** The output item for a cell run's trace. */
export function traceOutput(events: unknown[], file: string): vscode.NotebookCellOutput {
  const cut = events.length > INLINE_MAX_EVENTS;
  const trace = { version: 1, file, events: cut ? events.slice(0, INLINE_MAX_EVENTS) : events, truncated: cut || undefined };
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.json(trace, TRACE_MIME)], { asyncioLabTrace: true });
}

/** The cell a cell-toolbar command was invoked on, else the active notebook's selected cell. */
function targetCell(arg: any): vscode.NotebookCell | undefined {
  if (arg && typeof arg.index === 'number' && arg.notebook && arg.document) return arg as vscode.NotebookCell;
  const ed = vscode.window.activeNotebookEditor;
  const sel = ed?.selection;
  return ed && sel && !sel.isEmpty ? ed.notebook.cellAt(sel.start) : undefined;
}

export function registerInlineTimeline(): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_INLINE_TIMELINE, async (arg?: any) => {
    const cell = targetCell(arg);
    if (!cell) { void vscode.window.showInformationMessage('Asyncio Lab: select a notebook cell to toggle its inline timeline.'); return undefined; }
    const on = !inlineTimelineOn(cell);
    const meta = { ...(cell.metadata ?? {}) } as any;
    meta.asyncioLab = { ...(meta.asyncioLab ?? {}), inlineTimeline: on };
    const edit = new vscode.WorkspaceEdit();
    edit.set(cell.notebook.uri, [vscode.NotebookEdit.updateCellMetadata(cell.index, meta)]);
    await vscode.workspace.applyEdit(edit);
    vscode.window.setStatusBarMessage(`Asyncio Lab: inline timeline ${on ? 'on' : 'off'} for cell ${cell.index + 1} (run the cell to see it)`, 4000);
    return on;
  });
}
