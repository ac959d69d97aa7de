// The Asyncio Lab kernel in the real extension host: runs demo.ipynb, errors, interrupt, restart.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

import { EXT_ID, errorOf, openEditor, runCell, scratch, sleep, streamText, waitFor } from './helpers';

suite('kernel', () => {
  suiteSetup(async () => { await vscode.extensions.getExtension(EXT_ID)!.activate(); });

  test('runs demo.ipynb: stdout and the virtual clock', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const doc = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder, 'demo.ipynb'));
    const editor = await openEditor(doc);
    const t0 = Date.now();
    const c1 = await runCell(editor, 0);
    assert.strictEqual(streamText(c1), 'hello from asyncio lab\n');
    assert.strictEqual(c1.executionSummary?.success, true);
    const c2 = await runCell(editor, 1);
    assert.strictEqual(streamText(c2), 'slept 1.0\n');
    assert.strictEqual(c2.executionSummary?.success, true);
    assert.ok((c2.executionSummary?.executionOrder ?? 0) > (c1.executionSummary?.executionOrder ?? 0), 'execution order increments');
    console.log(`[kernel] demo.ipynb two cells in ${Date.now() - t0} ms (${path.basename(doc.uri.fsPath)})`);
  });

  test('a Python error becomes an error output', async () => {
    const editor = await scratch('1/0');
    const c = await runCell(editor, 0);
    const err = errorOf(c);
    assert.ok(err, 'no error output: ' + JSON.stringify(c.outputs.map(o => o.items.map(i => i.mime))));
    assert.strictEqual(err!.name, 'ZeroDivisionError');
    assert.match(err!.message, /division by zero/);
    assert.strictEqual(c.executionSummary?.success, false);
    assert.strictEqual(streamText(c, 'application/vnd.code.notebook.stderr'), '', 'traceback is not repeated on stderr');
  });

  test('trailing expression repr and the 1 MB output cap', async () => {
    const editor = await scratch('1 + 1', 'print("x" * 2_000_000)');
    const c1 = await runCell(editor, 0);
    assert.strictEqual(streamText(c1, 'text/plain'), '2');
    const c2 = await runCell(editor, 1);
    assert.strictEqual(streamText(c2).length, 1024 * 1024);
    assert.match(streamText(c2, 'application/vnd.code.notebook.stderr'), /\[output truncated: the cell printed more than 1 MB\]/);
  });

  test('interrupt stops a busy loop and the session survives', async () => {
    const editor = await scratch('while True:\n    pass', 'print(1+1)');
    const nb = editor.notebook;
    const t0 = Date.now();
    void vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 0, end: 1 }], document: nb.uri });
    await sleep(500);
    const r = await vscode.commands.executeCommand('asyncio-lab.interrupt', nb.uri);
    const err = await waitFor('an error output on the busy cell', () => errorOf(nb.cellAt(0)));
    console.log(`[kernel] interrupt -> ${r}, ${err.name}: ${err.message} after ${Date.now() - t0} ms`);
    assert.ok(err.name === 'KeyboardInterrupt' || /did not stop within 2 s of the interrupt, so the kernel was restarted/.test(err.message),
      `unexpected ${err.name}: ${err.message}`);
    await waitFor('the busy cell to end', () => nb.cellAt(0).executionSummary?.success === false || undefined);
    const c = await runCell(editor, 1);
    assert.strictEqual(streamText(c), '2\n');
  });

  test('restart gives a fresh namespace', async () => {
    const editor = await scratch('x = 41', 'print(x + 1)');
    await runCell(editor, 0);
    assert.strictEqual(streamText(await runCell(editor, 1)), '42\n');
    assert.strictEqual(await vscode.commands.executeCommand('asyncio-lab.restartKernel', editor.notebook.uri), true);
    const c = await runCell(editor, 1);
    assert.strictEqual(errorOf(c)?.name, 'NameError');
    assert.strictEqual(c.executionSummary?.executionOrder, 1, 'execution order restarts at 1');
  });

  test('new notebook command prefers the kernel', async () => {
    const doc = await vscode.commands.executeCommand<vscode.NotebookDocument>('asyncio-lab.newNotebook');
    assert.ok(doc);
    assert.strictEqual(doc.notebookType, 'jupyter-notebook');
    assert.strictEqual((doc.metadata as any).metadata?.kernelspec?.name, 'asyncio-lab');
    assert.strictEqual(doc.cellCount, 1);
  });
});
