// hello, warm: one cell through a kept-alive SandboxSession (src/sandbox/session.ts) running
// a bundled worker (argv[2], default dist/worker.js). Prints {"outputs": [...], "ms": [...]}:
// one warm-up run, then `n` timed runs (argv[3], default 1).
'use strict';
const path = require('path');
const root = path.join(__dirname, '..', '..');
require(path.join(root, 'test', 'register.js'));
const { SandboxSession } = require(path.join(root, 'src', 'sandbox', 'session.ts'));

async function main() {
  const n = Number(process.argv[3] || 1);
  let out = '';
  const session = new SandboxSession({
    workerPath: path.resolve(process.argv[2] || path.join(root, 'dist', 'worker.js')),
    onOutput: (_id, _stream, text) => { out += text; },
  });
  const cell = { source: "print('hi')", filename: '<cell 1>', mode: 'cell', clock: 'virtual' };
  const outputs = [], ms = [];
  const first = await session.run(cell);
  outputs.push(out);
  if (first.status !== 0) throw new Error(`warm-up run failed: ${JSON.stringify(first)}`);
  for (let i = 0; i < n; i++) {
    out = '';
    const t0 = process.hrtime.bigint();
    const r = await session.run(cell);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    outputs.push(r.status === 0 ? out : `status ${r.status}`);
  }
  session.dispose();
  process.stdout.write(JSON.stringify({ outputs, ms }) + '\n');
}
main().catch(e => { console.error(e); process.exitCode = 1; });
