// "After a run" hover lines, from the runtime's trace events.
import * as assert from 'assert';
import { hoverAt } from '../../src/language/hover';
import { lastRunSection, neverAwaitedStories, taskStories, withoutLines } from '../../src/language/runFacts';
import type { TraceEvent } from '../../src/runtime/trace';
import { runCode, resetSession } from '../../src/runtime/session';
import '../../src/runtime/wiring';

const EVENTS: TraceEvent[] = [
  { k: 'loop', t: 0, phase: 'start' },
  { k: 'task', id: 1, name: 'Task-1', coro: 'main() running at cell.py:7', t: 0 },
  { k: 'task', id: 3, name: 'Task-3', coro: 'fetch() running at cell.py:3', t: 0, parent: 1 },
  { k: 'step', id: 3, t: 0 },
  { k: 'wait', id: 3, t: 0, on: { kind: 'sleep', desc: 'sleep(2)', until: 2 } },
  { k: 'wake', id: 3, t: 2 },
  { k: 'done', id: 3, t: 2, result: '42' },
  { k: 'task', id: 4, name: 'Task-4', coro: 'fetch()', t: 0.5 },
  { k: 'wait', id: 4, t: 0.5, on: { kind: 'future', desc: '<Future pending>' } },
  { k: 'cancelled', id: 4, t: 1.25 },
];

describe('language: after a run', () => {
  it('tells each task of a coroutine function', () => {
    assert.deepStrictEqual(taskStories(EVENTS, 'fetch'), [
      "Task-3 'fetch': created t=0.0, waited on sleep(2) until t=2.0, done t=2.0, result 42",
      "Task-4 'fetch': created t=0.5, cancelled t=1.25",
    ]);
    assert.deepStrictEqual(taskStories(EVENTS, 'other'), []);
    assert.strictEqual(lastRunSection(EVENTS, null), '');
  });
  it('is added to hovers on the def, a call and a task variable', () => {
    const src = 'import asyncio\nasync def fetch():\n    return 42\nasync def main():\n    t = asyncio.create_task(fetch())\n    return await t\n';
    const def = hoverAt(src, { line: 2, col: 0 }, { trace: EVENTS })!;
    assert.match(def.markdown, /\*\*In the last run\*\*\n\n- Task-3 'fetch': created t=0\.0, waited on sleep\(2\) until t=2\.0, done t=2\.0, result 42\n- Task-4/);
    assert.match(hoverAt(src, { line: 5, col: 29 }, { trace: EVENTS })!.markdown, /Task-3 'fetch'/);
    assert.match(hoverAt(src, { line: 6, col: 17 }, { trace: EVENTS })!.markdown, /Task-4 'fetch'/);
    assert.doesNotMatch(hoverAt(src, { line: 2, col: 0 })!.markdown, /last run/);
  });
  it('uses the name a task was given', () => {
    const renamed: TraceEvent[] = [...EVENTS.slice(0, 3), { k: 'name', id: 3, t: 0, name: 'fetcher' }, ...EVENTS.slice(3, 7)];
    assert.deepStrictEqual(taskStories(renamed, 'fetch'), ["fetcher 'fetch': created t=0.0, waited on sleep(2) until t=2.0, done t=2.0, result 42"]);
  });
  it('tells a never-awaited coroutine object on the call that made it', () => {
    const ev: TraceEvent[] = [
      { k: 'unawaited', t: 0, coro: 'fetch', file: '<cell 2>', line: 4 },
      { k: 'unawaited', t: 1, coro: 'Worker.fetch', file: '<cell 2>', line: 6 },
      { k: 'unawaited', t: 1, coro: 'Worker.fetch', file: '<cell 2>', line: 6 },
      { k: 'unawaited', t: 2, coro: 'fetch', file: '<cell 1>', line: 4 },
      { k: 'unawaited', t: 3, coro: 'fetch' },
    ];
    const site = (line: number) => ({ file: '<cell 2>', line });
    assert.deepStrictEqual(neverAwaitedStories(ev, 'fetch', site(4)),
      ['this coroutine object was never awaited, so the body of `fetch` never ran (RuntimeWarning at t=0.0)']);
    assert.deepStrictEqual(neverAwaitedStories(ev, 'fetch', site(5)), []);
    assert.deepStrictEqual(neverAwaitedStories(ev, 'fetch', { file: '<cell 3>', line: 4 }), []);
    assert.deepStrictEqual(neverAwaitedStories(ev, 'fetch', site(6)),
      ['this coroutine object was never awaited (2 times), so the body of `fetch` never ran (RuntimeWarning at t=1.0)']);
    assert.deepStrictEqual(neverAwaitedStories(ev, 'fetch', { file: '<cell 2>' }), [
      'a coroutine object was never awaited (RuntimeWarning at line 4)',
      '2 coroutine objects were never awaited (RuntimeWarning at line 6)',
      'a coroutine object was never awaited (RuntimeWarning at <cell 1> line 4)',
      'a coroutine object was never awaited',
    ]);
    assert.deepStrictEqual(neverAwaitedStories(ev, 'other'), []);
    // once the cell was edited, lines may have moved: no call is blamed, the def still tells
    assert.deepStrictEqual(neverAwaitedStories(withoutLines(ev), 'fetch', site(4)), []);
    assert.deepStrictEqual(neverAwaitedStories(withoutLines(ev), 'fetch', { file: '<cell 2>' }), ['5 coroutine objects were never awaited']);
    assert.deepStrictEqual(withoutLines(EVENTS), EVENTS);
  });
  it('comes from a real cell run: hovers on the calls say what happened', () => {
    resetSession();
    const src = [
      'import asyncio',
      'async def fetch():',
      '    await asyncio.sleep(2)',
      '    return 42',
      't = asyncio.create_task(fetch())',
      'fetch()',
      'print(await t)',
    ].join('\n') + '\n';
    const r = runCode(src, '<cell 1>', { mode: 'cell', trace: true, stdout: () => undefined, stderr: () => undefined });
    const trace = r.trace as TraceEvent[];
    const opts = { cell: true, trace, traceFile: '<cell 1>' };
    const onTask = hoverAt(src, { line: 5, col: 26 }, opts)!.markdown;
    assert.match(onTask, /- Task-\d+ 'fetch': created t=0\.0, waited on sleep\(2\) until t=2\.0, done t=2\.0, result 42/);
    assert.doesNotMatch(onTask, /this coroutine object was never awaited/);
    const onDropped = hoverAt(src, { line: 6, col: 1 }, opts)!.markdown;
    assert.match(onDropped, /- this coroutine object was never awaited, so the body of `fetch` never ran \(RuntimeWarning at t=0\.0\)/);
    assert.match(hoverAt(src, { line: 2, col: 0 }, opts)!.markdown, /- a coroutine object was never awaited \(RuntimeWarning at line 6\)\n- Task-/);
  });
});
