// Frames recorded for tracebacks, compared with CPython 3.11 (the oracle): library frames of the
// asyncio mirror (virtual frames and their carets, `raise` lines of library functions), frames of
// exceptions crossing tasks, and method-lookup failures reported at `o.m`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { runOracle, runOurs } from '../lib/_programs';
import { virtualSegment, STDLIB_PREFIX } from '../../../src/runtime/py/traceback';

/** CPython's own library directory, shown in its tracebacks where ours shows STDLIB_PREFIX. */
const cpythonStdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();

function sameAsCPython(name: string, src: string): void {
  const file = path.join(os.tmpdir(), `alab-tb-${name}.py`);
  fs.writeFileSync(file, src);
  const want = runOracle(file);
  const got = runOurs(file);
  assert.strictEqual(got.out, want.out, `stdout of ${name}`);
  assert.strictEqual(got.err, want.err.split(cpythonStdlib).join(STDLIB_PREFIX), `stderr of ${name}`);
  assert.strictEqual(got.status, want.status, `status of ${name}`);
}

describe('py/traceback (programs)', () => {
  it('asyncio.run frames with their carets, and a task failing in a comprehension', () => sameAsCPython('tb_run', `
import asyncio
async def parse(text):
    await asyncio.sleep(0)
    return int(text)
async def main():
    return [await parse(t) for t in ("1", "x")]
asyncio.run(main())
`));

  // Runtime errors caught by a translated except get their frames only when someone looks
  // (raise.ts caught, traceback.ts noteCaughtLazily): every way of looking must see them trimmed
  // to the catch, with the implicit __context__ set at the catch.
  it('a caught runtime error: traceback, __context__, chaining and re-raise after a lazy catch', () => sameAsCPython('tb_lazy_catch', `
import sys, traceback
def lookup(d):
    return d["k"]
def keep():
    try:
        lookup({})
    except KeyError as e:
        saved = e
    return saved
e = keep()
print(e.__traceback__ is not None, repr(e.__context__))
traceback.print_exception(e)
try:
    try:
        {}["a"]
    except KeyError:
        [][1]
except IndexError as e2:
    print(repr(e2.__context__))
    traceback.print_exc()
def chained():
    try:
        lookup({})
    except KeyError as e:
        raise ValueError("bad") from e
try:
    chained()
except ValueError:
    traceback.print_exc(file=sys.stdout)
def bare():
    try:
        int("x")
    except ValueError:
        raise
try:
    bare()
except ValueError as e3:
    print("".join(traceback.format_tb(e3.__traceback__)))
n = 0
for i in range(1000):
    try:
        {}[i]
    except KeyError:
        n += 1
print(n)
lookup({})
`));

  it('raise lines of asyncio library functions', () => sameAsCPython('tb_lib_raise', `
import asyncio, traceback
async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    for f in (lambda: q.put_nowait(2), q.task_done, q.task_done, asyncio.Lock().release,
              asyncio.Condition().notify, asyncio.BoundedSemaphore(1).release):
        try:
            f()
        except Exception:
            traceback.print_exc()
    try:
        await asyncio.Condition().wait()
    except RuntimeError:
        traceback.print_exc()
    asyncio.PriorityQueue().get_nowait()
asyncio.run(main())
`));

  it('wait_for timeout: the CancelledError cause starts at wait_for', () => sameAsCPython('tb_wait_for', `
import asyncio, traceback
async def slow():
    await asyncio.sleep(5)
async def main():
    try:
        await asyncio.wait_for(slow(), 0.1)
    except TimeoutError:
        traceback.print_exc()
asyncio.run(main())
`));

  it('a failed method lookup is reported at the attribute; a callback error logs its frames', () => sameAsCPython('tb_method', `
import asyncio
def bad(x):
    return 1 / x
class Svc:
    conn = None
    async def fetch(self, k):
        await asyncio.sleep(0.1)
        return self.conn.get(k)
async def main():
    asyncio.get_running_loop().call_soon(bad, 0)
    t = asyncio.create_task(Svc().fetch("a"))
    try:
        await t
    except AttributeError as e:
        raise RuntimeError("fetch failed") from e
asyncio.run(main())
`));
});

describe('py/traceback virtualSegment', () => {
  // What CPython 3.11 underlines in its own library lines (seen in its tracebacks).
  it('underlines the value of return and assignments, not raise or whole statements', () => {
    assert.deepStrictEqual(virtualSegment('return runner.run(main)'), [7, 23]);
    assert.deepStrictEqual(virtualSegment('f = await done.get()'), [4, 20]);
    assert.deepStrictEqual(virtualSegment('return (yield from awaitable.__await__())'), [8, 40]);
    assert.deepStrictEqual(virtualSegment('return f.result()  # May raise f.exception().'), [7, 17]);
    assert.strictEqual(virtualSegment('raise exceptions.TimeoutError() from exc'), undefined);
    assert.strictEqual(virtualSegment('self._context.run(self._callback, *self._args)'), undefined);
    assert.strictEqual(virtualSegment('await self._cond.wait_for('), undefined);
  });
});
