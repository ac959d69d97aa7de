// "Asyncio Lab: Show TypeScript": the cell's translation in a read-only virtual document beside
// the notebook, following the cell's edits and the cursor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { translate } from '../../src/translator/translate';
import { EXT_ID, scratch, waitFor } from './helpers';

const CELL = 'import asyncio\n\nasync def fetch(i):\n    await asyncio.sleep(0.5)\n    return i * 10\n\nawait fetch(2)';

const tsEditor = () => vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === 'asyncio-lab-ts');
const lineOf = (doc: vscode.TextDocument, needle: string) => doc.getText().split('\n').findIndex(l => l.includes(needle));

suite('Show TypeScript', () => {
  suiteSetup(async () => { await vscode.extensions.getExtension(EXT_ID)!.activate(); });

  test('opens the translation beside the cell, follows the cursor and the edits', async () => {
    const t0 = Date.now();
    const phases: string[] = [];
    const phase = (name: string) => phases.push(`${name} ${Date.now() - t0} ms`);
    const nbEditor = await scratch(CELL);
    phase('notebook open');
    const cell = nbEditor.notebook.cellAt(0);
    const cellEditor = await vscode.window.showTextDocument(cell.document);
    cellEditor.selection = new vscode.Selection(0, 0, 0, 0);
    phase('cell editor');

    const opened = await vscode.commands.executeCommand<vscode.TextEditor>('asyncio-lab.showTypeScript', cell);
    phase('view open');
    assert.ok(opened, 'the command returns the editor');
    const doc = opened.document;
    assert.strictEqual(doc.uri.scheme, 'asyncio-lab-ts');
    assert.strictEqual(doc.languageId, 'typescript');
    assert.notStrictEqual(opened.viewColumn, nbEditor.viewColumn, 'opens beside the notebook');
    const body = translate(CELL, '<cell 1>', { mode: 'cell' }).code.trimEnd();
    assert.ok(doc.getText().includes(body), `the view holds the translation:\n${doc.getText()}`);
    assert.match(doc.getText(), /translation of .*, cell 1/);

    // Cursor on `await asyncio.sleep(0.5)` (line 4 of the cell) -> the `"sleep"` line of the view.
    const sleepLine = lineOf(doc, '"sleep"');
    assert.ok(sleepLine > 0);
    cellEditor.selection = new vscode.Selection(3, 6, 3, 6);
    await waitFor('the view to reveal the sleep line', () => tsEditor()?.selection.active.line === sleepLine || undefined);
    phase('cursor followed');
    const ts = tsEditor()!;
    assert.ok(ts.visibleRanges.some(r => r.start.line <= sleepLine && sleepLine <= r.end.line), 'the line is scrolled into view');

    // Cursor on `return i * 10` -> the `$.mul` line.
    cellEditor.selection = new vscode.Selection(4, 0, 4, 0);
    const mulLine = lineOf(doc, '$.mul(i, 10)');
    await waitFor('the view to reveal the return line', () => tsEditor()?.selection.active.line === mulLine || undefined);
    phase('second cursor move followed');

    // Editing the cell updates the view.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(cell.document.uri, new vscode.Position(cell.document.lineCount, 0), '\nprint("edited")');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the view to follow the edit', () => tsEditor()?.document.getText().includes('"edited"') || undefined);
    phase('edit followed');
    console.log(`[show-ts] view ${doc.uri.toString()} (${tsEditor()!.document.lineCount} lines): ${phases.join(', ')}`);
  });

  test('from the palette: the focused cell; a cell that does not translate shows the error', async () => {
    const nbEditor = await scratch('def f(:\n    pass');
    await vscode.window.showTextDocument(nbEditor.notebook.cellAt(0).document);
    const opened = await vscode.commands.executeCommand<vscode.TextEditor>('asyncio-lab.showTypeScript');
    assert.ok(opened, 'the focused cell is used');
    assert.match(opened.document.getText(), /does not translate:\n\/\/ {3}line 1: SyntaxError: /);
  });
});
