// Coroutine/generator plumbing: await of runtime iterators, Python iterators driven from JS,
// async-generator firstiter hooks, and the suspended-line record used by Task reprs.
import * as assert from 'assert';
import { sameAsCPython } from '../lib/_programs';
import { coroutine, await_, yieldFrom, setAsyncgenFirstIterHook, asyncGenerator } from '../../../src/runtime/py/generators';
import { None } from '../../../src/runtime/py/object';
import { host } from '../../../src/runtime/eventsHost';
import { asyncgenFirstIter } from '../../../src/runtime/eventsLoopHooks';

describe('generators: await and yield from', () => {
  it('unstarted coroutines: thousands created, most closed or awaited, the rest warned at exit in creation order', () => {
    sameAsCPython('unstarted_many', [
      'import asyncio',
      'async def f(n):',
      '    return n',
      'async def g():',
      '    pass',
      'keep = [f(i) for i in range(3000)]',
      'for c in keep[:2000]:',
      '    c.close()',
      'other = g()',
      'async def main():',
      '    print(sum([await c for c in keep[2000:2990]]))',
      'asyncio.run(main())',
      '',
    ].join('\n'));
  });
  it('await of an __await__ returning a runtime iterator gives None when exhausted (fixture 092)', () => {
    sameAsCPython('await_iter_none', [
      'import asyncio',
      'class Instant:',
      '    def __await__(self):',
      '        return iter(())',
      'class L:',
      '    def __await__(self):',
      '        return iter([])',
      'async def main():',
      '    print(await Instant(), await L())',
      'asyncio.run(main())',
    ].join('\n') + '\n');
  });

  it('yield from a list or a runtime iterator evaluates to None', () => {
    sameAsCPython('yield_from_none', [
      'def h():',
      '    x = yield from [1, 2]',
      '    y = yield from iter("ab")',
      '    z = yield from (i for i in [3])',
      '    print(x, y, z)',
      'print(list(h()))',
    ].join('\n') + '\n');
  });

  it('a Python iterator adapted for yield from is itself iterable', () => {
    sameAsCPython('yield_from_user_iter', [
      'class It:',
      '    def __init__(self): self.n = 0',
      '    def __iter__(self): return self',
      '    def __next__(self):',
      '        self.n += 1',
      '        if self.n > 2: raise StopIteration("r")',
      '        return self.n',
      'def g():',
      '    r = yield from It()',
      '    print("r =", r)',
      'print(list(g()))',
    ].join('\n') + '\n');
    const it = yieldFrom([1]) as any;
    assert.strictEqual(typeof it[Symbol.iterator], 'function');
  });

  it('await_(x, coro, line) records the line the coroutine is suspended at', () => {
    const fn: any = { $name: 'f', $qualname: 'f', $filename: 'p.py', $firstlineno: 3 };
    const c: any = coroutine(fn, function* (self: any) {
      yield* (await_(coroutine(fn, function* () { return None; }), self, 5) as any);
      return None;
    });
    c.$send(undefined);
    assert.strictEqual(c.$lineno, 5);
    assert.deepStrictEqual(host.coroLocation(c), { filename: 'p.py', firstlineno: 3, lineno: undefined });
  });
});

describe('generators: where a suspended coroutine is', () => {
  it('task reprs show the line each pending coroutine is suspended at (fixture 031)', () => {
    sameAsCPython('suspended_lines', [
      'import asyncio',
      'async def inner():',
      '    await asyncio.sleep(1)',
      'async def outer():',
      '    await asyncio.sleep(0)',
      '    for i in range(2):',
      '        await inner()',
      'async def main():',
      '    t = asyncio.create_task(outer())',
      '    print(t)',
      '    await asyncio.sleep(0)',
      '    print(t)',
      '    await asyncio.sleep(0.5)',
      '    print(t)',
      '    await asyncio.sleep(1)',
      '    print(t)',
      '    t.cancel()',
      '    await asyncio.sleep(0)',
      '    print(t)',
      'asyncio.run(main())',
    ].join('\n') + '\n');
  });
});

describe('generators: async generator hooks', () => {
  it('the first __anext__/asend/athrow/aclose calls the firstiter hook once', () => {
    const seen: any[] = [];
    setAsyncgenFirstIterHook((ag) => { if (!(ag as any).$seen) { (ag as any).$seen = 1; seen.push(ag); } });
    try {
      const ag = asyncGenerator({ $name: 'a', $qualname: 'a' }, function* () { return None; });
      ag.__anext__(); ag.aclose();
      assert.deepStrictEqual(seen, [ag]);
    } finally {
      setAsyncgenFirstIterHook(asyncgenFirstIter);
    }
  });

  it('an abandoned async generator is finalized by shutdown_asyncgens (fixture 094)', () => {
    sameAsCPython('asyncgen_shutdown', [
      'import asyncio',
      'async def ticks():',
      '    try:',
      '        for i in range(10):',
      '            yield i',
      '            await asyncio.sleep(0.1)',
      '    finally:',
      '        print("finally at", asyncio.get_running_loop().time())',
      'async def main():',
      '    async for i in ticks():',
      '        if i == 1:',
      '            break',
      '    print("main returns")',
      'asyncio.run(main())',
    ].join('\n') + '\n');
  });
});
