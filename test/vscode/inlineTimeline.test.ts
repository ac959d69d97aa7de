// Inline timelines in the real extension host: with the `asyncioLab.inlineTimeline` setting on,
// or a cell toggled by "Asyncio Lab: Toggle Inline Timeline", running the cell appends an output
// item of MIME application/vnd.asyncio-lab.trace+json holding that run's trace.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { EXT_ID, runCell as runCellOnly, scratch, sleep, streamText } from './helpers';

const TRACE_MIME = 'application/vnd.asyncio-lab.trace+json';
const dec = new TextDecoder();

const KITCHEN = [
  'import asyncio',
  'async def cook(dish, minutes):',
  '    await asyncio.sleep(minutes)',
  '    return dish',
  'stew = asyncio.create_task(cook("stew", 3), name="stew")',
  'salad = asyncio.create_task(cook("salad", 2), name="salad")',
  'print(await asyncio.gather(stew, salad))',
].join('\n');

/** Runs the cell; the trace output is appended after the cell's other outputs, so wait a little. */
async function runCell(editor: vscode.NotebookEditor, index: number): Promise<vscode.NotebookCell> {
  const cell = await runCellOnly(editor, index);
  await sleep(200);
  return cell;
}

function traceItem(cell: vscode.NotebookCell): { file?: string; events: any[] } | undefined {
  const item = cell.outputs.flatMap(o => o.items).find(i => i.mime === TRACE_MIME);
  return item && JSON.parse(dec.decode(item.data));
}

suite('inline timeline', () => {
  suiteSetup(async () => { await vscode.extensions.getExtension(EXT_ID)!.activate(); });
  const config = () => vscode.workspace.getConfiguration('asyncioLab');
  teardown(async () => { await config().update('inlineTimeline', undefined, vscode.ConfigurationTarget.Global); });

  test('the asyncioLab.inlineTimeline setting adds the trace output under each cell', async () => {
    await config().update('inlineTimeline', true, vscode.ConfigurationTarget.Global);
    const editor = await scratch(KITCHEN);
    const cell = await runCell(editor, 0);
    const stdout = streamText(cell);
    assert.strictEqual(stdout, "['stew', 'salad']\n");
    const trace = traceItem(cell);
    assert.ok(trace, `a ${TRACE_MIME} output: ${cell.outputs.flatMap(o => o.items.map(i => i.mime)).join(', ')}`);
    assert.strictEqual(trace!.file, '<cell 1>');
    const names = trace!.events.filter(e => e.k === 'name').map(e => e.name);
    assert.deepStrictEqual(names, ['stew', 'salad']);
    assert.ok(trace!.events.some(e => e.k === 'wait' && e.on?.desc === 'sleep(3)'));
  });

  test('Toggle Inline Timeline switches it per cell, over the setting', async () => {
    const editor = await scratch('import asyncio\nawait asyncio.sleep(1)', 'print("no timeline")');
    assert.strictEqual(traceItem(await runCell(editor, 0)), undefined, 'off by default');
    const on = await vscode.commands.executeCommand('asyncio-lab.toggleInlineTimeline', editor.notebook.cellAt(0));
    assert.strictEqual(on, true);
    assert.strictEqual(editor.notebook.cellAt(0).metadata?.asyncioLab?.inlineTimeline, true);
    const cell = await runCell(editor, 0);
    assert.ok(traceItem(cell)?.events.some(e => e.k === 'wait' && e.on?.desc === 'sleep(1)'), 'the toggled cell has its timeline');
    assert.strictEqual(traceItem(await runCell(editor, 1)), undefined, 'other cells do not');
    await config().update('inlineTimeline', true, vscode.ConfigurationTarget.Global);
    assert.strictEqual(await vscode.commands.executeCommand('asyncio-lab.toggleInlineTimeline', editor.notebook.cellAt(0)), false);
    assert.strictEqual(traceItem(await runCell(editor, 0)), undefined, 'a cell switched off stays off under the setting');
  });
});
