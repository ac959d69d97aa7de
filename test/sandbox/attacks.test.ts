// Hostile cells against the sandbox worker: none may reach JS internals, the host, the disk or
// the network; runaway code is stopped with a clear message and the host stays responsive.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SandboxSession, RunResult } from '../../src/sandbox/session';

const WORKER = path.resolve('dist/worker.js');

function session(maxMemoryMb?: number) {
  let out = '', err = '';
  const s = new SandboxSession({ workerPath: WORKER, maxMemoryMb, onOutput: (_i, st, t) => { if (st === 'stdout') out += t; else err += t; } });
  return { s, out: () => out, err: () => err, reset: () => { out = ''; err = ''; } };
}
async function run(s: SandboxSession, source: string, timeoutMs?: number): Promise<RunResult> {
  const p = s.run({ source, filename: 'attack.py', mode: 'module' });
  if (!timeoutMs) return p;
  const t = setTimeout(() => s.kill(`stopped after ${timeoutMs} ms`), timeoutMs);
  try { return await p; } finally { clearTimeout(t); }
}

describe('sandbox attacks', function () {
  this.timeout(60000);
  before(() => { if (!fs.existsSync(WORKER)) throw new Error('dist/worker.js is missing: run `npm run build` first'); });

  it('prototype and constructor chains do not reach JS', async () => {
    const { s, out } = session();
    const r = await run(s, [
      'for probe in ["constructor", "__proto__", "prototype", "toString", "$gen", "call"]:',
      '    for obj in [print, 1, "s", [], {}, None, object(), type]:',
      '        try:',
      '            getattr(obj, probe)',
      '            print("LEAK", probe, type(obj))',
      '        except AttributeError:',
      '            pass',
      'print("ok")',
    ].join('\n'));
    s.dispose();
    assert.strictEqual(r.status, 0, r.error?.traceback);
    assert.strictEqual(out(), 'ok\n');
  });

  it('no file system, no network, no process', async () => {
    const { s, out } = session();
    const r = await run(s, [
      'import os',
      'try:\n    open("/etc/passwd").read()\nexcept FileNotFoundError as e:\n    print("fs:", e)',
      'for name in ["system", "popen", "fork", "execv"]:\n    print(name, hasattr(os, name))',
      'try:\n    os.remove("/etc/passwd")\nexcept FileNotFoundError as e:\n    print("rm:", e)',
      'try:\n    import socket\nexcept ImportError as e:\n    print("net:", e)',
      'try:\n    import subprocess\nexcept ImportError as e:\n    print("proc:", e)',
    ].join('\n'));
    s.dispose();
    assert.strictEqual(r.status, 0, r.error?.traceback);
    assert.strictEqual(out(), "fs: [Errno 2] No such file or directory: '/etc/passwd'\nsystem False\npopen False\nfork False\nexecv False\nrm: [Errno 2] No such file or directory: '/etc/passwd'\nnet: No module named 'socket'\nproc: No module named 'subprocess'\n");
  });

  it('exec/eval are refused with a clear error', async () => {
    const { s } = session();
    const r = await run(s, 'eval("1+1")');
    s.dispose();
    assert.strictEqual(r.error?.ename, 'NotImplementedError');
    assert.match(r.error!.evalue, /eval\(\) is not supported/);
  });

  it('deep recursion is a Python RecursionError', async () => {
    const { s } = session();
    const r = await run(s, 'def f(n):\n    return f(n + 1)\nf(0)\n');
    s.dispose();
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.error?.ename, 'RecursionError');
    assert.match(r.error!.traceback, /RecursionError: maximum recursion depth exceeded/);
  });

  it('an infinite loop is stopped by the kill switch and the host stays responsive', async () => {
    const { s } = session();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const t0 = Date.now();
    const r = await run(s, 'while True:\n    pass\n', 1000);
    clearInterval(timer);
    s.dispose();
    assert.ok(r.killed, 'killed');
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(ticks >= 50, `host event loop kept running (${ticks} ticks of 10 ms in ~1 s)`);
  });

  it('a memory bomb ends with a clear MemoryError message', async () => {
    const { s } = session(64);
    const r = await run(s, 'x = []\nwhile True:\n    x.append("a" * 100000 + str(len(x)))\n', 30000);
    s.dispose();
    assert.ok(r.killed, 'killed');
    assert.match(r.killed!, /MemoryError|memory/);
  });

  it('huge output is delivered in batches without losing any', async () => {
    const { s, out } = session();
    const r = await run(s, 'for i in range(200000):\n    print(i)\n');
    s.dispose();
    assert.strictEqual(r.status, 0);
    const lines = out().split('\n');
    assert.strictEqual(lines.length, 200001);
    assert.strictEqual(lines[199999], '199999');
  });

  it('a hundred thousand tasks run to completion', async () => {
    const { s, out } = session();
    const r = await run(s, 'import asyncio\nasync def w(i):\n    await asyncio.sleep(0)\n    return i\nasync def main():\n    r = await asyncio.gather(*[w(i) for i in range(100000)])\n    print(len(r), sum(r))\nasyncio.run(main())\n');
    s.dispose();
    assert.strictEqual(r.status, 0, r.error?.traceback);
    assert.strictEqual(out(), '100000 4999950000\n');
  });
});
