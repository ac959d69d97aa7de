// Shared by the newer extension-host suites (bundled into each *.test.js that imports it).
import * as vscode from 'vscode';

export const EXT_ID = 'asyncio-lab.asyncio-lab';
export const KERNEL = { id: 'asyncio-lab.kernel', extension: EXT_ID };
const dec = new TextDecoder();

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export async function waitFor<T>(what: string, f: () => T | undefined | false, timeoutMs = 20000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function streamText(cell: vscode.NotebookCell, mime = 'application/vnd.code.notebook.stdout'): string {
  return cell.outputs.flatMap(o => o.items).filter(i => i.mime === mime).map(i => dec.decode(i.data)).join('');
}

export function errorOf(cell: vscode.NotebookCell): { name: string; message: string; stack?: string } | undefined {
  const item = cell.outputs.flatMap(o => o.items).find(i => i.mime === 'application/vnd.code.notebook.error');
  return item && JSON.parse(dec.decode(item.data));
}

/** True once the cell's latest execution has ended. */
export const ended = (cell: vscode.NotebookCell) => cell.executionSummary?.success !== undefined && !!cell.executionSummary?.timing?.endTime;

/** The notebook open in an editor, with the Asyncio Lab kernel selected. */
export async function openEditor(doc: vscode.NotebookDocument): Promise<vscode.NotebookEditor> {
  const editor = await vscode.window.showNotebookDocument(doc);
  await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, ...KERNEL });
  return editor;
}

/** An untitled .ipynb that prefers the Asyncio Lab kernel, open in an editor with it selected. */
export async function scratch(...sources: string[]): Promise<vscode.NotebookEditor> {
  const data = new vscode.NotebookData(sources.map(s => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, s, 'python')));
  data.metadata = { metadata: { kernelspec: { name: 'asyncio-lab', display_name: 'Asyncio Lab', language: 'python' } } };
  return openEditor(await vscode.workspace.openNotebookDocument('jupyter-notebook', data));
}

/** Runs the cell and waits until its execution has ended (summary has a success flag). */
export async function runCell(editor: vscode.NotebookEditor, index: number): Promise<vscode.NotebookCell> {
  const nb = editor.notebook;
  const done = new Promise<void>(resolve => {
    const sub = vscode.workspace.onDidChangeNotebookDocument(e => {
      for (const c of e.cellChanges) {
        if (c.cell.index === index && c.executionSummary?.success !== undefined && c.cell.executionSummary?.timing?.endTime) {
          sub.dispose(); resolve();
        }
      }
    });
  });
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: nb.uri });
  await Promise.race([done, sleep(30000).then(() => { throw new Error(`cell ${index} did not finish`); })]);
  return nb.cellAt(index);
}

/** Starts cell `index` without waiting for it. */
export function startCell(nb: vscode.NotebookDocument, index: number): void {
  void vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: nb.uri });
}

/** Percentiles of a list of numbers (ms), for the test log. */
export function percentiles(xs: number[]): { p50: number; p99: number; max: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
  return { p50: at(0.5), p99: at(0.99), max: s.length ? s[s.length - 1] : NaN, n: s.length };
}
