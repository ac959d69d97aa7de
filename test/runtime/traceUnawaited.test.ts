// The trace event for CPython's "coroutine 'f' was never awaited" warning (src/runtime/traceUnawaited.ts):
// recorded in notebook cells (with and without top-level await) and in module runs.
import * as assert from 'assert';
import { runCode, resetSession } from '../../src/runtime/session';
import type { TraceEvent } from '../../src/runtime/trace';
import '../../src/runtime/wiring';

function cell(source: string, file: string): { events: TraceEvent[]; stderr: string } {
  let stderr = '';
  const r = runCode(source, file, { mode: 'cell', trace: true, stdout: () => undefined, stderr: (s) => { stderr += s; } });
  return { events: (r.trace ?? []) as TraceEvent[], stderr };
}

const unawaited = (events: TraceEvent[]) => events.filter((e) => e.k === 'unawaited');

describe('runtime: never-awaited trace event', () => {
  beforeEach(() => resetSession());

  it('is recorded in a cell without top-level await, at the line of the dropped call', () => {
    const r = cell('async def fetch():\n    return 1\nfetch()\nx = 2\n', '<cell 1>');
    assert.match(r.stderr, /^<cell 1>:3: RuntimeWarning: coroutine 'fetch' was never awaited/);
    assert.deepStrictEqual(unawaited(r.events), [{ k: 'unawaited', t: 0, coro: 'fetch', file: '<cell 1>', line: 3 }]);
  });

  it('is recorded while the session loop runs a cell with top-level await, with the loop time', () => {
    cell('import asyncio\nclass W:\n    async def step(self):\n        return 1\n', '<cell 1>');
    const r = cell('await asyncio.sleep(1.5)\nW().step()\nawait asyncio.sleep(0)\n', '<cell 2>');
    assert.deepStrictEqual(unawaited(r.events), [{ k: 'unawaited', t: 1.5, coro: 'W.step', file: '<cell 2>', line: 2 }]);
  });

  it('goes to a module run\'s own sink, also at program end (no line known)', () => {
    const src = 'import asyncio\nasync def main():\n    await asyncio.sleep(2)\nasync def f():\n    pass\nasyncio.run(main())\nf()\nkept = f()\n';
    const r = runCode(src, 'm.py', { mode: 'module', trace: true, stdout: () => undefined, stderr: () => undefined });
    assert.deepStrictEqual(unawaited(r.trace as TraceEvent[]), [
      { k: 'unawaited', t: 2, coro: 'f', file: 'm.py', line: 7 },
      { k: 'unawaited', t: 2, coro: 'f' },
    ]);
  });

  it('records nothing when tracing is off', () => {
    let stderr = '';
    const r = runCode('async def f():\n    pass\nf()\nNone\n', '<cell 1>', { mode: 'cell', stdout: () => undefined, stderr: (s) => { stderr += s; } });
    assert.strictEqual(r.trace, undefined);
    assert.match(stderr, /never awaited/);
  });
});
