// Process pool workers as virtual processes (executorProcess.ts): forked module state, copies in
// and out, worker exceptions with their remote traceback, and time.sleep in a worker costing
// that worker's virtual time. Reference: CPython with a real ProcessPoolExecutor (plain.py).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sameAsPlainCPython, runPlainCPython } from './_plain';
import { runCode } from '../../src/runtime/session';

describe('process pool workers (executorProcess)', function () {
  this.timeout(60_000);

  it('a worker keeps its own module state across jobs; the parent never sees it', () => {
    sameAsPlainCPython('proc_state', `import asyncio
from concurrent.futures import ProcessPoolExecutor
totals = {"n": 0}
def add(k):
    totals["n"] += k
    return totals["n"]
async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        for k in (1, 2, 3):
            print(await loop.run_in_executor(pool, add, k))
    print("parent", totals)
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("new pool", await loop.run_in_executor(pool, add, 10))
asyncio.run(main())
`);
  });

  it('submit(), map() and the exception of a failed job, without an event loop', () => {
    sameAsPlainCPython('proc_sync', `from concurrent.futures import ProcessPoolExecutor
def div(a, b):
    return a // b
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(div, 7, 2).result())
        print(list(pool.map(div, [10, 20], [3, 4])))
        f = pool.submit(div, 1, 0)
        e = f.exception()
        print(type(e).__name__, e, type(e.__cause__).__name__)
        print(e.__cause__.tb.splitlines()[-2].strip())
`);
  });

  it('a worker that prints and sleeps: output in order, the loop carries on meanwhile', () => {
    sameAsPlainCPython('proc_sleep', `import asyncio, time
from concurrent.futures import ProcessPoolExecutor
def slow(name):
    print("worker", name, "starts")
    time.sleep(0.3)
    print("worker", name, "done")
    return name
async def ticker():
    await asyncio.sleep(0.1)
    print("tick while the worker sleeps")
async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(await asyncio.gather(loop.run_in_executor(pool, slow, "a"), ticker()))
asyncio.run(main())
`);
  });

  it('works from notebook cells: functions defined in a cell pickle by reference to __main__', () => {
    const cells = [
      'from concurrent.futures import ProcessPoolExecutor\ncalls = []\ndef twice(x):\n    calls.append(x)\n    return 2 * x\n',
      'with ProcessPoolExecutor(max_workers=1) as pool:\n    print(pool.submit(twice, 21).result())\nprint(calls)\n',
    ];
    let out = '', err = '';
    const o = { mode: 'cell' as const, stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } };
    cells.forEach((c, i) => runCode(c, `<cell ${i + 1}>`, o));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alab-cells-')), 'cells.py');
    fs.writeFileSync(file, cells.join(''));
    const want = runPlainCPython(file);
    assert.deepStrictEqual({ out, err }, { out: want.out, err: want.err });
  });
});
