// "Asyncio Lab: Run File" / "Run Selection": code from a .py editor runs in an Interactive Window
// served by the Asyncio Lab kernel; both runs share one session.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXT_ID, ended, errorOf, streamText, waitFor } from './helpers';

interface InteractiveRun { notebook: vscode.NotebookDocument; cell: vscode.NotebookCell; }

async function outputOf(run: InteractiveRun): Promise<string> {
  const cell = await waitFor('the interactive cell to finish', () => {
    const c = run.notebook.cellAt(run.cell.index);
    return ended(c) ? c : undefined;
  }, 30000);
  const err = errorOf(cell);
  assert.ok(!err, `error in the interactive cell: ${err?.name}: ${err?.message}`);
  return streamText(cell);
}

suite('Run File / Run Selection', () => {
  suiteSetup(async () => { await vscode.extensions.getExtension(EXT_ID)!.activate(); });

  test('Run File sends the file to an Interactive Window on Asyncio Lab; Run Selection reuses its namespace', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'interactive.py'));
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'python');

    const t0 = Date.now();
    const first = await vscode.commands.executeCommand<InteractiveRun>('asyncio-lab.runFile', doc.uri);
    assert.ok(first, 'Run File returns the interactive cell');
    assert.strictEqual(first.notebook.notebookType, 'interactive');
    // CPython 3.11 prints this for interactive.py (python3 oracle.py interactive.py).
    assert.strictEqual(await outputOf(first), 'main ran, answer 42\n');
    console.log(`[interactive] Run File: output in ${Date.now() - t0} ms in ${first.notebook.uri.toString()}`);

    // The cursor on the indented print inside main(): the line alone, dedented, in the same session.
    const line = doc.getText().split('\n').findIndex(l => l.includes('print("main ran'));
    editor.selection = new vscode.Selection(line, 2, line, 2);
    await vscode.window.showTextDocument(doc);
    const second = await vscode.commands.executeCommand<InteractiveRun>('asyncio-lab.runSelection');
    assert.ok(second, 'Run Selection returns the interactive cell');
    assert.strictEqual(second.notebook.uri.toString(), first.notebook.uri.toString(), 'the same Interactive Window');
    assert.strictEqual(second.cell.document.getText(), 'print("main ran, answer", answer)');
    assert.strictEqual(await outputOf(second), 'main ran, answer 42\n');
    assert.ok((second.cell.executionSummary?.executionOrder ?? 0) > (first.cell.executionSummary?.executionOrder ?? 0), 'execution order goes on');
  });
});
