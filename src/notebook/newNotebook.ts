// `Asyncio Lab: New Notebook`: an untitled .ipynb that prefers the Asyncio Lab kernel.
import * as vscode from 'vscode';
import { CONTROLLER_ID, KERNEL_NAME, NOTEBOOK_TYPE } from './settings';

export function newNotebookData(): vscode.NotebookData {
  const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import asyncio\n\nawait asyncio.sleep(1)\nprint("hello")', 'python');
  const data = new vscode.NotebookData([cell]);
  data.metadata = {
    metadata: {
      kernelspec: { name: KERNEL_NAME, display_name: 'Asyncio Lab', language: 'python' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return data;
}

export function registerNewNotebook(deps: { extensionId: string }): vscode.Disposable {
  return vscode.commands.registerCommand('asyncio-lab.newNotebook', async () => {
    const doc = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, newNotebookData());
    const editor = await vscode.window.showNotebookDocument(doc);
    try {
      await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, id: CONTROLLER_ID, extension: deps.extensionId });
    } catch { /* affinity still prefers us */ }
    return doc;
  });
}
