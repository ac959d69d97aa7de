// The trace's `step` events carry the Python line a task resumes at (its coroutine's def on the
// first step, then the line of the await it was suspended at), including a notebook cell's own
// top-level-await task, whose `task` event names its cell.
import * as assert from 'assert';
import { runCode, resetSession } from '../../src/runtime/session';
import '../../src/runtime/wiring';

describe('trace step lines', () => {
  after(() => resetSession());
  it('gives each step the line the task resumes at, in tasks and in the cell task', () => {
    const source = [
      'import asyncio',
      'async def cook(dish, minutes):',
      '    await asyncio.sleep(minutes)',
      '    return dish',
      '',
      'print(await asyncio.gather(cook("a", 1), cook("b", 2)))',
      'await asyncio.sleep(1)',
    ].join('\n') + '\n';
    let out = '';
    const r = runCode(source, '<cell 4>', { mode: 'cell', trace: true, stdout: s => { out += s; }, stderr: s => { out += s; } });
    assert.strictEqual(out, "['a', 'b']\n");
    const events = r.trace as any[];
    const tasks = events.filter(e => e.k === 'task');
    assert.deepStrictEqual(tasks.map(t => [t.coro.replace(/ running at .*/, ''), t.file]), [['<cell>()', '<cell 4>'], ['cook()', undefined], ['cook()', undefined]]);
    const lines = (id: number) => events.filter(e => e.k === 'step' && e.id === id).map(e => e.line);
    assert.deepStrictEqual(lines(tasks[1].id), [2, 3]);
    assert.deepStrictEqual(lines(tasks[2].id), [2, 3]);
    assert.deepStrictEqual(lines(tasks[0].id), [undefined, 6, 7], 'the cell task: not started yet, then at each top-level await');
  });
});
