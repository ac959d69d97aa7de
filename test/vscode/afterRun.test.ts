// After-run hovers in the real extension host: a cell runs on the Asyncio Lab kernel, then
// `vscode.executeHoverProvider` on that cell tells what really happened (src/language/runFacts.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXT_ID = 'asyncio-lab.asyncio-lab';
const KERNEL = { id: 'asyncio-lab.kernel', extension: EXT_ID };
const dec = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CELL = [
  'import asyncio',
  'async def fetch():',
  '    await asyncio.sleep(2)',
  '    return 42',
  't = asyncio.create_task(fetch())',
  'fetch()',
  'print(await t)',
].join('\n');

function output(cell: vscode.NotebookCell, mime: string): string {
  return cell.outputs.flatMap((o) => o.items).filter((i) => i.mime === mime).map((i) => dec.decode(i.data)).join('');
}

async function runFirstCell(editor: vscode.NotebookEditor): Promise<vscode.NotebookCell> {
  const nb = editor.notebook;
  const done = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.cellChanges.some((c) => c.cell.index === 0 && c.executionSummary?.success !== undefined && c.cell.executionSummary?.timing?.endTime)) {
        sub.dispose();
        resolve();
      }
    });
  });
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 0, end: 1 }], document: nb.uri });
  await Promise.race([done, sleep(30000).then(() => { throw new Error('the cell did not finish'); })]);
  return nb.cellAt(0);
}

async function hoverText(doc: vscode.TextDocument, line: number, needle: string): Promise<string> {
  const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf(needle) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

suite('after-run hovers', () => {
  test('a hover in a cell that ran on the kernel tells what really happened', async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    const data = new vscode.NotebookData([new vscode.NotebookCellData(vscode.NotebookCellKind.Code, CELL, 'python')]);
    data.metadata = { metadata: { kernelspec: { name: 'asyncio-lab', display_name: 'Asyncio Lab', language: 'python' } } };
    const editor = await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument('jupyter-notebook', data));
    await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, ...KERNEL });
    const doc = editor.notebook.cellAt(0).document;

    const before = await hoverText(doc, 4, 'fetch()');
    assert.match(before, /coroutine object/);
    assert.doesNotMatch(before, /In the last run/);

    const cell = await runFirstCell(editor);
    assert.strictEqual(output(cell, 'application/vnd.code.notebook.stdout'), '42\n');
    assert.match(output(cell, 'application/vnd.code.notebook.stderr'), /<cell 1>:6: RuntimeWarning: coroutine 'fetch' was never awaited/);

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
