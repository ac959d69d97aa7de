// Language features in the real extension host: hover, quick fixes, diagnostics (files and
// notebook cells) and snippets. Fixture: test/fixtures/language/vscode.py, `<|>` marks the cursor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import { EXT_ID, waitFor } from './helpers';

const MARK = '<|>';

async function fixture(): Promise<{ doc: vscode.TextDocument; cursor: vscode.Position }> {
  const ext = vscode.extensions.getExtension(EXT_ID)!;
  await ext.activate();
  const text = fs.readFileSync(path.join(ext.extensionPath, 'test', 'fixtures', 'language', 'vscode.py'), 'utf8');
  const at = text.indexOf(MARK);
  const content = text.replace(MARK, '');
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content });
  return { doc, cursor: doc.positionAt(at) };
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`${needle} not found`);
}

suite('language features', () => {
  test('hover on asyncio.gather explains it, with a demo link', async () => {
    const { doc, cursor } = await fixture();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, cursor);
    const text = hoverText(hovers);
    assert.match(text, /asyncio\.gather/);
    assert.match(text, /Runs the awaitables concurrently/);
    assert.match(text, /command:asyncio-lab\.openDemo/);
  });

  test('hover on a coroutine call says nothing runs yet', async () => {
    const { doc } = await fixture();
    const line = lineOf(doc, 'print(fetch(3))');
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('fetch') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    assert.match(hoverText(hovers), /coroutine object/);
  });

  test('diagnostics appear in a Python file', async () => {
    const { doc } = await fixture();
    const diags = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'asyncio-lab');
      return d.length >= 2 ? d : undefined;
    });
    const codes = diags.map((d) => String(d.code)).sort();
    assert.deepStrictEqual(codes, ['ALAB001', 'ALAB002']);
  });

  test('a rule is switched off by its setting', async () => {
    const { doc } = await fixture();
    const codes = () => vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'asyncio-lab').map((d) => String(d.code)).sort().join(',');
    await waitFor('both diagnostics', () => codes() === 'ALAB001,ALAB002' || undefined);
    const cfg = vscode.workspace.getConfiguration('asyncioLab');
    await cfg.update('diagnostics.ALAB002.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('ALAB002 to go away', () => codes() === 'ALAB001' || undefined);
    } finally {
      await cfg.update('diagnostics.ALAB002.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('ALAB002 to come back', () => codes() === 'ALAB001,ALAB002' || undefined);
  });

  test('quick fix replaces time.sleep with await asyncio.sleep', async () => {
    const { doc } = await fixture();
    const line = lineOf(doc, 'time.sleep(1)');
    const range = new vscode.Range(line, 6, line, 6);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const fix = actions.find((a) => a.title.includes('asyncio.sleep'));
    assert.ok(fix && fix.edit, `no asyncio.sleep fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(line).text, '    await asyncio.sleep(1)');
  });

  test('quick fix adds await to an un-awaited coroutine call', async () => {
    const { doc } = await fixture();
    const line = lineOf(doc, 'print(fetch(3))');
    const col = doc.lineAt(line).text.indexOf('fetch');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(line, col, line, col + 5));
    const fix = actions.find((a) => a.title.includes('await'));
    assert.ok(fix && fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(line).text, '    print(await fetch(3))');
  });

  test('a notebook cell gets the cell rules (asyncio.run while the loop runs)', async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import asyncio\nasync def main():\n    return 1\nawait main()\nasyncio.run(main())\n', 'python'),
    ]);
    const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', data);
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(0).document;
    const diags = await waitFor('cell diagnostics', () => {
      const d = vscode.languages.getDiagnostics(cell.uri).filter((x) => x.source === 'asyncio-lab');
      return d.length ? d : undefined;
    });
    assert.deepStrictEqual(diags.map((d) => String(d.code)), ['ALAB004']);
    assert.strictEqual(diags[0].range.start.line, 4);
  });

  test('a notebook cell knows what the cells above it define', async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import asyncio\nasync def fetch():\n    return 1\n', 'python'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, 'Calling it:', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'x = 1\nfetch()\n', 'python'),
    ]);
    const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', data);
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(2).document;
    const diags = await waitFor('diagnostics from the cell above', () => {
      const d = vscode.languages.getDiagnostics(cell.uri).filter((x) => x.source === 'asyncio-lab');
      return d.length ? d : undefined;
    });
    assert.deepStrictEqual(diags.map((d) => [String(d.code), d.range.start.line]), [['ALAB001', 1]]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.uri, new vscode.Position(1, 2));
    assert.match(hoverText(hovers), /`fetch\(\.\.\.\)` makes a coroutine object/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', cell.uri, new vscode.Range(1, 0, 1, 5));
    const fix = actions.find((a) => a.title.includes('await'));
    assert.ok(fix && fix.edit, `no await fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(cell.lineAt(1).text, 'await fetch()');
  });

  test('snippets are offered for python', async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'atask' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 5));
    const labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
      .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ataskgroup'), `snippets offered: ${labels.join(', ')}`);
    // every snippet of snippets/asyncio.code-snippets is offered
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    const defs = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'snippets', 'asyncio.code-snippets'), 'utf8')) as Record<string, { prefix: string }>;
    const all = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', (await vscode.workspace.openTextDocument({ language: 'python', content: 'a' })).uri, new vscode.Position(0, 1));
    const offered = all.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    for (const { prefix } of Object.values(defs)) {
      const item = offered.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === prefix);
      assert.ok(item, `snippet ${prefix} not offered`);
    }
  });
});
