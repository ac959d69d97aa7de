// "Asyncio Lab: Run File" / "Run Selection": send code of a .py editor to an Interactive Window
// served by the Asyncio Lab kernel (its `interactive` controller: same sessions and logic as the
// notebook one). All runs go to one window, so they share one namespace and one event loop, as
// cells of a notebook do; `asyncio.run(main())` at the end of a file works there too.
import * as vscode from 'vscode';
import { selectionCode } from './selectionCode';
import { INTERACTIVE_CONTROLLER_ID, INTERACTIVE_NOTEBOOK_TYPE } from './settings';

export const RUN_FILE_COMMAND = 'asyncio-lab.runFile';
export const RUN_SELECTION_COMMAND = 'asyncio-lab.runSelection';

/** What the commands return (the tests wait on the cell's outputs). */
export interface InteractiveRun { notebook: vscode.NotebookDocument; cell: vscode.NotebookCell; }

interface OpenResult { notebookUri: vscode.Uri; inputUri?: vscode.Uri; notebookEditor?: vscode.NotebookEditor; }

class InteractiveRunner {
  /** The Interactive Window we opened last (reused while it is open). */
  private window: vscode.Uri | undefined;

  constructor(private controller: vscode.NotebookController, private extensionId: string) {}

  async run(code: string): Promise<InteractiveRun> {
    const nb = await this.open();
    const index = nb.cellCount;
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.insertCells(index, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, code, 'python')])]);
    if (!await vscode.workspace.applyEdit(edit)) throw new Error('could not add a cell to the Interactive Window');
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: nb.uri });
    return { notebook: nb, cell: nb.cellAt(index) };
  }

  private async open(): Promise<vscode.NotebookDocument> {
    const fullId = `${this.extensionId}/${INTERACTIVE_CONTROLLER_ID}`;
    const reuse = this.window && vscode.workspace.notebookDocuments.some(d => d.uri.toString() === this.window!.toString()) ? this.window : undefined;
    const r = await vscode.commands.executeCommand<OpenResult>('interactive.open',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, reuse, fullId, 'Asyncio Lab');
    this.window = r.notebookUri;
    const nb = vscode.workspace.notebookDocuments.find(d => d.uri.toString() === r.notebookUri.toString())
      ?? await vscode.workspace.openNotebookDocument(r.notebookUri);
    if (nb.notebookType !== INTERACTIVE_NOTEBOOK_TYPE) throw new Error(`unexpected notebook type ${nb.notebookType}`);
    this.controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
    if (r.notebookEditor) {
      // interactive.open preselects the kernel; make sure, without prompting if it did.
      await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: r.notebookEditor, id: INTERACTIVE_CONTROLLER_ID, extension: this.extensionId })
        .then(undefined, () => undefined);
    }
    return nb;
  }
}

function pythonEditor(uri?: unknown): vscode.TextEditor | undefined {
  const ed = vscode.window.activeTextEditor;
  if (uri instanceof vscode.Uri) {
    return vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
  }
  return ed?.document.languageId === 'python' ? ed : undefined;
}

async function pythonDocument(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return pythonEditor()?.document;
}

const NO_EDITOR = 'Asyncio Lab: open a Python file to run it in the Interactive Window.';

export function registerRunCommands(deps: { controller: vscode.NotebookController; extensionId: string }): vscode.Disposable {
  const runner = new InteractiveRunner(deps.controller, deps.extensionId);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(RUN_FILE_COMMAND, async (uri?: unknown) => {
      const doc = await pythonDocument(uri);
      if (!doc) { void vscode.window.showInformationMessage(NO_EDITOR); return undefined; }
      return runner.run(doc.getText());
    }),
    vscode.commands.registerCommand(RUN_SELECTION_COMMAND, async (uri?: unknown) => {
      const ed = pythonEditor(uri) ?? pythonEditor();
      if (!ed) { void vscode.window.showInformationMessage(NO_EDITOR); return undefined; }
      const code = selectionCode(ed.document.getText(), ed.selection);
      if (!code.trim()) return undefined;
      return runner.run(code);
    }),
  );
}
