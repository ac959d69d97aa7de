// Live trace streaming: the batching rules (pure, with a fake clock), and a real-clock cell in a
// real sandbox worker whose events reach the host while it runs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TraceBatcher } from '../../src/sandbox/traceStream';
import { SandboxSession } from '../../src/sandbox/session';
import type { TraceEvent } from '../../src/runtime/trace';

const ev = (t: number): TraceEvent => ({ k: 'cb', t, desc: `cb ${t}` });

describe('live trace batching', () => {
  it('sends a batch once the interval has passed, and the rest on flush', () => {
    let now = 0;
    const sent: TraceEvent[][] = [];
    const b = new TraceBatcher(e => sent.push(e), () => now, 50, 1000);
    b.push(ev(1)); now = 20; b.push(ev(2));
    assert.strictEqual(sent.length, 0, 'nothing before 50 ms');
    now = 55; b.push(ev(3));
    assert.deepStrictEqual(sent.map(s => s.map(e => e.t)), [[1, 2, 3]]);
    now = 60; b.push(ev(4));
    b.flush();
    b.flush(); // nothing pending: no empty message
    assert.deepStrictEqual(sent.map(s => s.map(e => e.t)), [[1, 2, 3], [4]]);
  });

  it('caps a message at maxEvents and drops nothing in a burst', () => {
    const sent: TraceEvent[][] = [];
    const b = new TraceBatcher(e => sent.push(e), () => 0, 50, 100);
    for (let i = 0; i < 1050; i++) b.push(ev(i));
    b.flush();
    assert.ok(sent.every(s => s.length <= 100));
    assert.deepStrictEqual(sent.flat().map(e => e.t), Array.from({ length: 1050 }, (_, i) => i));
  });
});

describe('live trace from a real-clock cell in the sandbox', function () {
  this.timeout(30_000);
  const WORKER = path.resolve('dist/worker.js');
  before(() => { if (!fs.existsSync(WORKER)) throw new Error('dist/worker.js is missing: run npm run build first'); });

  // The batching interval itself is tested above without a clock; here only that batches really
  // arrive while a real-clock cell runs (timings are logged, not asserted: see npm run bench).
  it('streams every event, in order, in several batches while the cell runs', async () => {
    const batches: { at: number; events: unknown[] }[] = [];
    const s = new SandboxSession({ workerPath: WORKER, onTrace: (_id, events) => batches.push({ at: Date.now(), events }) });
    try {
      const source = [
        'import asyncio',
        'async def tick(n):',
        '    for i in range(8):',
        '        await asyncio.sleep(0.05)',
        'await asyncio.gather(*(tick(n) for n in range(3)))',
      ].join('\n') + '\n';
      const t0 = Date.now();
      const r = await s.run({ source, filename: '<cell 1>', mode: 'cell', clock: 'real', trace: true });
      const t1 = Date.now();
      assert.strictEqual(r.status, 0, JSON.stringify(r.error));
      assert.ok(t1 - t0 >= 400, 'the cell ran on the real clock');
      // (the final trace crosses as JSON, so compare as JSON: keys holding undefined drop out)
      const asJson = (v: unknown) => JSON.parse(JSON.stringify(v));
      assert.deepStrictEqual(asJson(batches.flatMap(b => b.events)), r.trace, 'the batches are the whole trace, in order');
      const during = batches.filter(b => b.at < t1 - 20);
      assert.ok(during.length >= 4, `${during.length} batches arrived while the cell ran`);
      const gaps = during.slice(1).map((b, i) => b.at - during[i].at);
      console.log(`      ${during.length} live batches; gaps between them: ${gaps.join(', ')} ms`);
      const virtual = await s.run({ source, filename: '<cell 2>', mode: 'cell', clock: 'virtual', trace: true });
      assert.strictEqual(virtual.status, 0);
      assert.strictEqual(batches.flatMap(b => b.events).length, r.trace!.length, 'virtual-clock runs are not streamed');
    } finally {
      s.dispose();
    }
  });
});
