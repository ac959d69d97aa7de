// asyncio.sleep's iterator bodies (src/runtime/tasksSleep.ts) against CPython under the
// virtual-clock oracle: results, clock, wrong delay types and the frames of a cancelled sleep.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ORACLE = path.join(__dirname, '..', 'oracle', 'oracle.py');

/** stdout + stderr (stdlib paths made comparable) of a program, from the oracle and from us. */
function both(source: string): { py: string; ours: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sleep-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, source);
  const r = spawnSync('python3', [ORACLE, 'prog.py'], { encoding: 'utf8', cwd: dir });
  const stdlib = (s: string) => s.replace(/File "[^"]*\/asyncio\//g, 'File "<stdlib>/asyncio/');
  require('../../src/runtime/wiring');
  const { runCode } = require('../../src/runtime/session');
  let out = '', err = '';
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    runCode(source, 'prog.py', { mode: 'module', stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } });
  } finally { process.chdir(cwd); }
  fs.rmSync(dir, { recursive: true, force: true });
  return { py: stdlib(r.stdout + r.stderr), ours: stdlib(out + err) };
}

describe('tasksSleep: asyncio.sleep', () => {
  it('results, the virtual clock, delays of every type, and a delay that is not a number', () => {
    const { py, ours } = both(`import asyncio, traceback
async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0), await asyncio.sleep(0, 'zero'), loop.time())
    print(await asyncio.sleep(1.5, 'f'), await asyncio.sleep(2, 'i'), loop.time())
    print(await asyncio.sleep(True, 'b'), await asyncio.sleep(2**70 - 2**70), await asyncio.sleep(-3, 'n'), loop.time())
    c = asyncio.sleep(1)
    print(type(c).__name__, c.__qualname__)
    await c
    try:
        await asyncio.sleep('x')
    except TypeError:
        traceback.print_exc()
asyncio.run(main())
`);
    assert.strictEqual(ours, py);
  });

  it('cancelled while sleeping: the frames of sleep() and __sleep0, and the timer is dropped', () => {
    const { py, ours } = both(`import asyncio, traceback
async def napper(d):
    await asyncio.sleep(d)
async def main():
    loop = asyncio.get_running_loop()
    for d in (0, 5):
        t = asyncio.create_task(napper(d))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            traceback.print_exc()
    print(len(loop._scheduled), loop.time())
    try:
        await asyncio.wait_for(napper(10), 1)
    except TimeoutError:
        print('timeout at', loop.time())
asyncio.run(main())
`);
    assert.strictEqual(ours, py);
  });
});
