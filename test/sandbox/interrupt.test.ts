// Interrupting runaway code: translated loops and function entries call `$.tick()`, so a
// KeyboardInterrupt requested by the host stops `while True: pass` and the session stays usable.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SandboxSession, type RunResult } from '../../src/sandbox/session';

const WORKER = path.resolve('dist/worker.js');

function session() {
  let out = '';
  const s = new SandboxSession({ workerPath: WORKER, onOutput: (_i, st, t) => { if (st === 'stdout') out += t; } });
  return { s, out: () => out };
}

/**
 * Starts `source` in a started worker (an interrupt before the run is pending does nothing), waits
 * `afterMs`, interrupts; returns the interrupt outcome and the run result.
 */
async function interrupted(s: SandboxSession, source: string, afterMs = 300): Promise<[string, RunResult]> {
  const warm = await s.run({ source: 'pass\n', filename: 'warm.py', mode: 'cell' });
  assert.strictEqual(warm.status, 0, JSON.stringify(warm));
  const p = s.run({ source, filename: 'loop.py', mode: 'cell' });
  await new Promise((r) => setTimeout(r, afterMs));
  const how = await s.interrupt(2000);
  return [how, await p];
}

describe('sandbox interrupt', function () {
  this.timeout(30000);
  before(() => {
    if (!fs.existsSync(WORKER)) throw new Error('dist/worker.js is missing: run npm run build first');
  });

  let open: SandboxSession | undefined;
  afterEach(() => { open?.dispose(); open = undefined; });

  // Each program calls `$.tick()` from one place only: the loop body, or the function entry.
  const cases: [string, string][] = [
    ['a while loop', 'while True:\n    pass\n'],
    ['a for loop', 'import itertools\nfor i in itertools.count():\n    pass\n'],
    ['a comprehension', 'import itertools\n[x for x in itertools.count() if x < 0]\n'],
    ['calls from a builtin loop', 'import itertools\ndef f(x):\n    pass\nany(map(f, itertools.count()))\n'],
  ];
  for (const [what, source] of cases) {
    it(`stops ${what} with KeyboardInterrupt, and the session keeps working`, async () => {
      const { s, out } = session();
      open = s;
      try {
        const [how, r] = await interrupted(s, source);
        assert.strictEqual(how, 'interrupted');
        assert.strictEqual(r.killed, undefined);
        assert.strictEqual(r.error?.ename, 'KeyboardInterrupt', JSON.stringify(r));
        const next = await s.run({ source: 'print("still alive")\n', filename: 'next.py', mode: 'cell' });
        assert.strictEqual(next.status, 0, next.error?.traceback);
        assert.strictEqual(out(), 'still alive\n');
      } finally {
        s.dispose();
      }
    });
  }
});
