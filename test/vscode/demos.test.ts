// Demos in the real extension host: the command opens a teaching notebook, which runs on the kernel.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { KERNEL, sleep, streamText } from './helpers';

suite('Asyncio Lab demos', () => {
  test('Open Demo opens the stew-and-salad notebook, and it runs to CPython\'s output', async () => {
    await vscode.commands.executeCommand('asyncio-lab.openDemo', 'stew-and-salad');
    const editor = vscode.window.activeNotebookEditor;
    assert.ok(editor, 'a notebook editor is open');
    const nb = editor!.notebook;
    assert.strictEqual(nb.notebookType, 'jupyter-notebook');
    await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, ...KERNEL });
    const code = nb.getCells().filter(c => c.kind === vscode.NotebookCellKind.Code);
    const last = code[code.length - 1];
    // Clear the saved outputs so what we read is what the kernel prints.
    await vscode.commands.executeCommand('notebook.clearAllCellsOutputs');
    assert.strictEqual(last.outputs.length, 0, 'saved outputs cleared');
    await vscode.commands.executeCommand('notebook.execute', nb.uri);
    const t0 = Date.now();
    let text = '';
    while (Date.now() - t0 < 60000) {
      text = streamText(last);
      if (text.includes('served')) break;
      await sleep(100);
    }
    assert.match(text, /served \['stew', 'salad'\] after 35 minutes/);
  });

  test('the walkthrough and the demo command are contributed', async () => {
    const pkg = vscode.extensions.getExtension('asyncio-lab.asyncio-lab')!.packageJSON;
    assert.strictEqual(pkg.contributes.walkthroughs[0].steps.length, 5);
    assert.ok((await vscode.commands.getCommands(true)).includes('asyncio-lab.openDemo'));
  });
});
