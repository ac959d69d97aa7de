// What may cross into a process pool worker, and what the worker gets: checked against CPython's
// pickle through a real ProcessPoolExecutor (test/oracle/plain.py).
import * as assert from 'assert';
import { sameAsPlainCPython } from './_plain';
import { runOurs } from './lib/_programs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const prelude = `import asyncio, functools, threading, collections
from concurrent.futures import ProcessPoolExecutor

def echo(x):
    return x

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2

Pair = collections.namedtuple("Pair", "a b")

async def attempt(pool, label, fn, *args):
    try:
        r = await asyncio.get_running_loop().run_in_executor(pool, fn, *args)
        print(label, "ok", type(r).__name__, r == (args[-1] if args else None))
        return r
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0])
`;

describe('process pool pickling (executorPickle)', function () {
  this.timeout(60_000);

  it('values that pickle arrive as copies, with identity kept inside one payload', () => {
    sameAsPlainCPython('pickle_values', prelude + `
async def main():
    shared = [1, 2]
    with ProcessPoolExecutor(max_workers=1) as pool:
        for label, value in [("int", 10**30), ("float", 2.5), ("str", "h\\u00e9"), ("bytes", b"\\x00\\xff"),
                             ("tuple", (1, (2, 3))), ("dict", {"k": [1, {2}]}), ("set", {3, 1}), ("frozenset", frozenset({1})),
                             ("range", range(2, 9, 3)), ("none", None), ("bool", True),
                             ("namedtuple", Pair(1, "b")), ("instance", Point(3, 4)), ("exception", ValueError("v", 2)),
                             ("builtin", len), ("class", Point), ("function", echo)]:
            await attempt(pool, label, echo, value)
        t = await attempt(pool, "aliases", echo, (shared, shared))
        print(t[0] is t[1], t[0] is shared)
        print(await attempt(pool, "method", Point(1, 2).norm2))
        print(await attempt(pool, "partial", functools.partial(echo, "p")))
        p = await attempt(pool, "instance state", echo, Point(5, 6))
        print(p.x, p.y, p.norm2())

asyncio.run(main())
`);
  });

  it("what pickle refuses fails with CPython's error types and messages", () => {
    sameAsPlainCPython('pickle_refused', prelude + `
square = lambda x: x * x
renamed = echo
def echo2(x):
    return x
later = echo2
def echo2(x):
    return -x

async def coro():
    pass

async def main():
    loop = asyncio.get_running_loop()
    def local():
        pass
    class Local:
        pass
    with ProcessPoolExecutor(max_workers=1) as pool:
        await attempt(pool, "module lambda", square, 1)
        await attempt(pool, "local function", local)
        await attempt(pool, "local class instance", echo, Local())
        await attempt(pool, "rebound name", later, 1)
        await attempt(pool, "generator", echo, (i for i in []))
        await attempt(pool, "module", echo, asyncio)
        await attempt(pool, "future", echo, loop.create_future())
        await attempt(pool, "bound future method", loop.create_future().set_result, 1)
        await attempt(pool, "thread lock", echo, threading.Lock())

asyncio.run(main())
`);
  });

  it('objects whose pickling is not modelled raise a clear NotImplementedError, not a wrong copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alab-pickle-'));
    const file = path.join(dir, 'custom.py');
    fs.writeFileSync(file, `import asyncio
from concurrent.futures import ProcessPoolExecutor
class Custom:
    def __reduce__(self):
        return (Custom, ())
def echo(x):
    return x
async def main():
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            await asyncio.get_running_loop().run_in_executor(pool, echo, Custom())
        except NotImplementedError as e:
            print(e)
asyncio.run(main())
`);
    const r = runOurs(file);
    assert.strictEqual(r.out, "Asyncio Lab cannot send 'Custom' objects to a process pool worker: custom pickling (__reduce__/__reduce_ex__/__getstate__/__setstate__) is not modelled\n");
  });
});
