// PLACEHOLDER written by the build/release engineer so the VS Code end-to-end runner
// (scripts/e2e/run.sh) has something to run. The real extension entry replaces this file.
// It registers a notebook controller for .ipynb that only echoes a fixed line for the first
// cell; it does NOT run Python.
import * as vscode from 'vscode';

const KERNEL_NAME = 'asyncio-lab';

function kernelspecName(nb: vscode.NotebookDocument): string | undefined {
  const m = nb.metadata as any;
  return (m?.metadata?.kernelspec ?? m?.custom?.metadata?.kernelspec ?? m?.kernelspec)?.name;
}

export function activate(context: vscode.ExtensionContext) {
  const controller = vscode.notebooks.createNotebookController('asyncio-lab.kernel', 'jupyter-notebook', 'Asyncio Lab');
  controller.supportedLanguages = ['python'];
  controller.supportsExecutionOrder = true;
  controller.description = 'placeholder kernel';
  let order = 0;
  controller.executeHandler = async cells => {
    for (const cell of cells) {
      const exec = controller.createNotebookCellExecution(cell);
      exec.executionOrder = ++order;
      exec.start(Date.now());
      const text = cell.index === 0 ? 'hello from asyncio lab\n' : '(placeholder kernel: cell not executed)\n';
      await exec.replaceOutput([new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stdout(text)])]);
      exec.end(true, Date.now());
    }
  };
  const prefer = (nb: vscode.NotebookDocument) => {
    if (nb.notebookType === 'jupyter-notebook' && kernelspecName(nb) === KERNEL_NAME) {
      controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
    }
  };
  vscode.workspace.notebookDocuments.forEach(prefer);
  context.subscriptions.push(controller, vscode.workspace.onDidOpenNotebookDocument(prefer));
}

export function deactivate() { /* nothing */ }
