// After-run hovers in the real extension host: a cell runs on the Asyncio Lab kernel, then
// `vscode.executeHoverProvider` on that cell tells what really happened (src/language/runFacts.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';

import { EXT_ID, runCell, scratch, streamText } from './helpers';

const CELL = [
  'import asyncio',
  'async def fetch():',
  '    await asyncio.sleep(2)',
  '    return 42',
  't = asyncio.create_task(fetch())',
  'fetch()',
  'print(await t)',
].join('\n');

async function hoverText(doc: vscode.TextDocument, line: number, needle: string): Promise<string> {
  const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf(needle) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

suite('after-run hovers', () => {
  test('a hover in a cell that ran on the kernel tells what really happened', async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    const editor = await scratch(CELL);
    const doc = editor.notebook.cellAt(0).document;

    const before = await hoverText(doc, 4, 'fetch()');
    assert.match(before, /coroutine object/);
    assert.doesNotMatch(before, /In the last run/);

    const cell = await runCell(editor, 0);
    assert.strictEqual(streamText(cell), '42\n');
    assert.match(streamText(cell, 'application/vnd.code.notebook.stderr'), /<cell 1>:6: RuntimeWarning: coroutine 'fetch' was never awaited/);

    const task = await hoverText(doc, 4, 'fetch()');
    console.log(`[after-run] hover on the task's fetch():\n${task.slice(task.indexOf('**In the last run**'))}`);
    assert.match(task, /\*\*In the last run\*\*/);
    assert.match(task, /Task-\d+ 'fetch': created t=0\.0, waited on sleep\(2\) until t=2\.0, done t=2\.0, result 42/);
    assert.doesNotMatch(task, /this coroutine object was never awaited/);

    const dropped = await hoverText(doc, 5, 'fetch()');
    assert.match(dropped, /this coroutine object was never awaited, so the body of `fetch` never ran \(RuntimeWarning at t=0\.0\)/);

    const def = await hoverText(doc, 1, 'fetch');
    assert.match(def, /a coroutine object was never awaited \(RuntimeWarning at line 6\)/);
    assert.match(def, /Task-\d+ 'fetch': created t=0\.0/);

    // After an edit the lines may have moved: no call is blamed any more, the def still tells.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# edited\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.doesNotMatch(await hoverText(doc, 6, 'fetch()'), /this coroutine object was never awaited/);
    assert.match(await hoverText(doc, 2, 'fetch'), /- a coroutine object was never awaited\n- Task-\d+ 'fetch'/);
  });
});
