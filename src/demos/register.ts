// `Asyncio Lab: Open Demo…`: a quick pick of the demo catalog; the chosen notebook opens as an
// untitled copy (so the user's edits never touch the extension's own files), with its saved
// outputs, and the Asyncio Lab kernel selected.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DEMOS, DemoEntry, findDemo } from './catalog';
import { CONTROLLER_ID, NOTEBOOK_TYPE } from '../notebook/settings';

export const OPEN_DEMO_COMMAND = 'asyncio-lab.openDemo';

const text = (s: unknown): string => (Array.isArray(s) ? s.join('') : typeof s === 'string' ? s : '');

function toOutput(o: any): vscode.NotebookCellOutput | undefined {
  if (o?.output_type !== 'stream') return undefined;
  const t = text(o.text);
  const item = o.name === 'stderr' ? vscode.NotebookCellOutputItem.stderr(t) : vscode.NotebookCellOutputItem.stdout(t);
  return new vscode.NotebookCellOutput([item]);
}

/** An .ipynb (nbformat 4) as NotebookData, keeping metadata and saved stream outputs. */
export function demoNotebookData(json: string): vscode.NotebookData {
  const nb = JSON.parse(json);
  const cells = (Array.isArray(nb.cells) ? nb.cells : []).map((c: any) => {
    const code = c.cell_type === 'code';
    const cell = new vscode.NotebookCellData(code ? vscode.NotebookCellKind.Code : vscode.NotebookCellKind.Markup,
      text(c.source), code ? 'python' : 'markdown');
    if (code) {
      cell.outputs = (c.outputs ?? []).map(toOutput).filter((o: vscode.NotebookCellOutput | undefined): o is vscode.NotebookCellOutput => !!o);
      if (typeof c.execution_count === 'number') cell.executionSummary = { executionOrder: c.execution_count };
    }
    return cell;
  });
  const data = new vscode.NotebookData(cells);
  data.metadata = { metadata: nb.metadata ?? {}, nbformat: nb.nbformat ?? 4, nbformat_minor: nb.nbformat_minor ?? 5 };
  return data;
}

async function pickDemo(): Promise<DemoEntry | undefined> {
  const items = DEMOS.map((d, i) => ({ label: `${i + 1}. ${d.title}`, detail: d.description, demo: d }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Asyncio Lab: Open Demo', placeHolder: 'Choose a demo notebook', matchOnDetail: true });
  return pick?.demo;
}

export async function openDemo(context: vscode.ExtensionContext, demo: DemoEntry): Promise<vscode.NotebookDocument> {
  const file = path.join(context.extensionPath, 'demos', demo.file);
  const json = await fs.promises.readFile(file, 'utf8');
  const doc = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, demoNotebookData(json));
  const editor = await vscode.window.showNotebookDocument(doc);
  try {
    await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, id: CONTROLLER_ID, extension: context.extension.id });
  } catch { /* the kernelspec affinity still prefers our kernel */ }
  return doc;
}

/** Registers `asyncio-lab.openDemo`. Called with a demo id (e.g. from tests), it skips the quick pick. */
export function registerDemos(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_DEMO_COMMAND, async (id?: unknown) => {
    const demo = typeof id === 'string' ? findDemo(id) : await pickDemo();
    if (typeof id === 'string' && !demo) {
      void vscode.window.showErrorMessage(`Asyncio Lab: there is no demo called "${id}".`);
      return undefined;
    }
    if (!demo) return undefined;
    try {
      return await openDemo(context, demo);
    } catch (e: any) {
      void vscode.window.showErrorMessage(`Asyncio Lab: could not open the demo ${demo.file}: ${e?.message ?? e}`);
      return undefined;
    }
  });
}
