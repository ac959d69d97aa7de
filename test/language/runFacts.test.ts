// "After a run" hover lines, from the runtime's trace events.
import * as assert from 'assert';
import { hoverAt } from '../../src/language/hover';
import { lastRunSection, taskStories } from '../../src/language/runFacts';
import type { TraceEvent } from '../../src/runtime/trace';

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
});
