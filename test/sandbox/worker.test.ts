// The worker's output batching: a cell that prints and then spins still shows its output live
// (buffered output older than 50 ms goes out at the next interrupt poll), not only at the end.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SandboxSession } from '../../src/sandbox/session';

const WORKER = path.resolve('dist/worker.js');

describe('sandbox worker output', function () {
  this.timeout(30000);
  before(() => {
    if (!fs.existsSync(WORKER)) throw new Error('dist/worker.js is missing: run npm run build first');
  });

  it('a busy cell\'s output arrives while it is still running', async () => {
    let out = '';
    let gotOutput!: () => void;
    const arrived = new Promise<void>(r => { gotOutput = r; });
    const s = new SandboxSession({ workerPath: WORKER, onOutput: (_i, st, t) => { if (st === 'stdout') { out += t; gotOutput(); } } });
    try {
      const run = s.run({ source: 'print("spinning")\nwhile True:\n    pass\n', filename: '<cell 1>', mode: 'cell' });
      let done = false;
      void run.then(() => { done = true; });
      await Promise.race([arrived, new Promise((_, rej) => setTimeout(() => rej(new Error('no live output within 10 s')), 10000))]);
      assert.strictEqual(out, 'spinning\n');
      assert.strictEqual(done, false, 'the output came before the cell ended');
      assert.strictEqual(await s.interrupt(2000), 'interrupted');
      assert.strictEqual((await run).error?.ename, 'KeyboardInterrupt');
    } finally {
      s.dispose();
    }
  });
});
