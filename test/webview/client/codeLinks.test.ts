// The code pane's choices: which task's line to show at a moment, and the Python ↔ translation
// line links (from the translator's source map, via codeFiles.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recordTrace, FIXTURES } from '../record';
import { buildTimeline } from '../../../src/webview/client/model';
import { codeFocus, fromPython, fromTranslation } from '../../../src/webview/client/codeLinks';
import { codeFile } from '../../../src/webview/codeFiles';

describe('webview code pane: focus and line links', () => {
  const { events } = recordTrace('kitchen.py');
  const tl = buildTimeline(events);
  const stewLane = tl.lanes.findIndex(l => l.name === 'stew');
  const stewId = tl.lanes[stewLane].id;
  const source = fs.readFileSync(path.join(FIXTURES, 'kitchen.py'), 'utf8');
  const file = codeFile('kitchen.py', source, 'kitchen.py');
  const tsLines = file.translation.split('\n');

  it('focuses the selected task at its line: the def on its first run, its await while it waits', () => {
    const firstStep = events.findIndex(e => e.k === 'step' && e.id === stewId);
    const suspended = events.findIndex(e => e.k === 'stepEnd' && e.id === stewId);
    assert.deepStrictEqual(codeFocus(tl, stewLane, firstStep), { lane: stewLane, file: 'kitchen.py', line: 3 });
    assert.deepStrictEqual(codeFocus(tl, stewLane, suspended), { lane: stewLane, file: 'kitchen.py', line: 5 });
  });

  it('without a selection, follows the task the loop is running, else the one the event is about', () => {
    const mainId = tl.lanes.find(l => l.coro.startsWith('main'))!.id;
    const resumed = events.findIndex((e, i) => e.k === 'step' && e.id === mainId && i > 0 && events.slice(0, i).some(x => x.k === 'step' && x.id === mainId));
    const f = codeFocus(tl, -1, resumed)!;
    assert.strictEqual(tl.lanes[f.lane].id, mainId);
    assert.strictEqual(f.line, 12, 'main resumes at its await of gather');
    const between = events.findIndex(e => e.k === 'stepEnd');
    const about = codeFocus(tl, -1, between)!;
    assert.strictEqual(tl.lanes[about.lane].id, (events[between] as any).id, 'between steps: the task the event is about');
    const loopEvent = events.map(e => e.k).lastIndexOf('loop');
    assert.strictEqual(codeFocus(tl, -1, loopEvent), undefined, 'a loop event about no task: nothing to show');
  });

  it('links a Python line to the translation lines made from it, and back', () => {
    const h = fromPython(file, 5);
    assert.deepStrictEqual(h.python, [5]);
    assert.ok(h.translation.length >= 1);
    assert.ok(h.translation.some(l => /\$\.await\(/.test(tsLines[l - 1]) && /sleep/.test(tsLines[l - 1])), h.translation.map(l => tsLines[l - 1]).join('\n'));
    for (const l of h.translation) assert.deepStrictEqual(fromTranslation(file, l).python, [5]);
    const printLine = tsLines.findIndex(t => t.includes('ready')) + 1;
    assert.deepStrictEqual(fromTranslation(file, printLine).python, [6]);
  });

  it('leaves lines with no counterpart unlinked', () => {
    assert.deepStrictEqual(fromPython(file, undefined), { python: [], translation: [] });
    assert.deepStrictEqual(fromTranslation(file, 1), { python: [], translation: [1] }, 'the header comment');
    assert.deepStrictEqual(file.pyToTs[2], [], 'a blank Python line');
  });
});
