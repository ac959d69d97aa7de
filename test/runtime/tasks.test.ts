// Task scheduling, cancellation, reprs and the tasks.py functions, against CPython.
import { same, adef, pdef, p, aw, A, repr } from './_asyncio';
import { None, tuple } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { callMethod, getattr } from '../../src/runtime/py/attrs';
import { isCancelledError } from '../../src/runtime/asyncioExceptions';
import { isPyException, pyErr, E } from '../../src/runtime/py/exceptions';

describe('asyncio tasks', function () {
  this.timeout(20000);

  it('create_task order, sleep(0) round robin, names', () => {
    same('rr', `import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i, asyncio.current_task().get_name())
        await asyncio.sleep(0)
    return name * 2
async def main():
    ts = [asyncio.create_task(worker(c, 3)) for c in "abc"]
    named = asyncio.create_task(worker("z", 1), name="zed")
    print(await asyncio.gather(*ts, named))
    print("t", asyncio.get_running_loop().time())
asyncio.run(main())
`, () => {
      const worker = adef('worker', function* (_c, name, n) {
        for (let i = 0; i < n; i++) {
          p(name, i, A.current_task().get_name());
          yield* aw(A.sleep(0));
        }
        return name + name;
      });
      const main = adef('main', function* () {
        const ts = ['a', 'b', 'c'].map(c => A.create_task(worker(c, 3)));
        const named = callKw(A.create_task, [worker('z', 1)], kw({ name: 'zed' }));
        p(yield* aw(A.gather(...ts, named)));
        p('t', A.get_running_loop().time());
      });
      A.run(main());
    });
  });

  it('equal deadlines fire FIFO; sleep results; clock', () => {
    same('timers', `import asyncio
async def s(d, tag):
    r = await asyncio.sleep(d, tag)
    print(r, asyncio.get_running_loop().time())
async def main():
    await asyncio.gather(s(1, "a"), s(0.5, "b"), s(1, "c"), s(1.5, "d"), s(1, "e"))
asyncio.run(main())
`, () => {
      const s = adef('s', function* (_c, d, tag) {
        const r = yield* aw(A.sleep(d, tag));
        p(r, A.get_running_loop().time());
      });
      A.run(adef('main', function* () {
        yield* aw(A.gather(s(1, 'a'), s(0.5, 'b'), s(1, 'c'), s(1.5, 'd'), s(1, 'e')));
      })());
    });
  });

  it('cancel: before start, while sleeping, with message, cancelling/uncancel', () => {
    same('cancel', `import asyncio
async def job(tag):
    try:
        print("start", tag)
        await asyncio.sleep(10)
    finally:
        print("finally", tag)
async def main():
    a = asyncio.create_task(job("a"))
    a.cancel()
    b = asyncio.create_task(job("b"))
    await asyncio.sleep(0)
    print(b.cancel("stop it"), b.cancelling(), b.cancel(), b.cancelling())
    try:
        await b
    except asyncio.CancelledError as e:
        print("caught", repr(e), b.cancelled(), b.uncancel(), b.uncancel(), b.uncancel())
    try:
        await a
    except asyncio.CancelledError as e:
        print("a", repr(e), a.cancelled(), a.done(), a.cancel())
    print(repr(a))
asyncio.run(main())
`, () => {
      const job = adef('job', function* (_c, tag) {
        try {
          p('start', tag);
          yield* aw(A.sleep(10));
        } finally {
          p('finally', tag);
        }
      }, 2);
      A.run(adef('main', function* () {
        const a = A.create_task(job('a'));
        call(getattr(a, 'cancel'));
        const b = A.create_task(job('b'));
        yield* aw(A.sleep(0));
        p(call(getattr(b, 'cancel'), 'stop it'), b.cancelling(), call(getattr(b, 'cancel')), b.cancelling());
        try { yield* aw(b); } catch (e: any) {
          if (!isCancelledError(e)) throw e;
          p('caught', repr(e), b.cancelled(), b.uncancel(), b.uncancel(), b.uncancel());
        }
        try { yield* aw(a); } catch (e: any) {
          if (!isCancelledError(e)) throw e;
          p('a', repr(e), a.cancelled(), a.done(), call(getattr(a, 'cancel')));
        }
        p(repr(a));
      }, 6)());
    });
  });

  it('reprs of futures and tasks', () => {
    same('reprs', `import asyncio
def on_done(f):
    pass
async def sleeper():
    await asyncio.sleep(1)
    return "slept"
async def failer():
    raise ValueError("nope")
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(on_done)
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(repr(t))
    await t
    print(repr(t))
    g = asyncio.create_task(failer())
    await asyncio.sleep(0)
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h), repr("x" * 100))
    k = loop.create_future()
    k.set_result("y" * 100)
    print(repr(k))
asyncio.run(main())
`, () => {
      const onDone = pdef('on_done', () => None, 2);
      const sleeper = adef('sleeper', function* () { yield* aw(A.sleep(1)); return 'slept'; }, 4);
      const failer = adef('failer', function* (): Generator<any, any, any> { throw pyErr(E.ValueError, 'nope'); }, 7);
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        const f = loop.create_future();
        p(repr(f));
        call(getattr(f, 'add_done_callback'), onDone);
        p(repr(f));
        f.set_result([1, 2]);
        p(repr(f));
        const t = callKw(A.create_task, [sleeper()], kw({ name: 'sleepy' }));
        p(repr(t));
        yield* aw(t);
        p(repr(t));
        const g = A.create_task(failer());
        yield* aw(A.sleep(0));
        p(repr(g));
        g.exception();
        const h = loop.create_future();
        call(getattr(h, 'cancel'));
        p(repr(h), repr('x'.repeat(100)));
        const k = loop.create_future();
        k.set_result('y'.repeat(100));
        p(repr(k));
      }, 9)());
    });
  });

  it('wait_for timeout and success, shield, wait, as_completed', () => {
    same('waits', `import asyncio
async def slow(d, v):
    await asyncio.sleep(d)
    return v
async def main():
    try:
        await asyncio.wait_for(slow(5, "x"), 1)
    except TimeoutError as e:
        print("timeout", type(e.__cause__).__name__, asyncio.get_running_loop().time())
    print(await asyncio.wait_for(slow(1, "ok"), 2), asyncio.get_running_loop().time())
    t = asyncio.create_task(slow(1, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.5)
    except TimeoutError:
        print("shield timeout", t.done(), t.cancelled())
    print(await t)
    ts = [asyncio.create_task(slow(d, d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(len(done), len(pending))
    for c in asyncio.as_completed([slow(2, "two"), slow(1, "one")]):
        print(await c)
    print(asyncio.get_running_loop().time())
asyncio.run(main())
`, () => {
      const slow = adef('slow', function* (_c, d, v) { yield* aw(A.sleep(d)); return v; });
      const now = () => A.get_running_loop().time();
      A.run(adef('main', function* () {
        try { yield* aw(A.wait_for(slow(5, 'x'), 1)); } catch (e: any) {
          p('timeout', e.__cause__.$cls.$name, now());
        }
        p(yield* aw(A.wait_for(slow(1, 'ok'), 2)), now());
        const t = A.create_task(slow(1, 'shielded'));
        try { yield* aw(A.wait_for(A.shield(t), 0.5)); } catch (e: any) {
          p('shield timeout', t.done(), t.cancelled());
        }
        p(yield* aw(t));
        const ts = [3, 1, 2].map(d => A.create_task(slow(d, d)));
        let [done, pending] = yield* aw(callKw(A.wait, [ts], kw({ return_when: A.FIRST_COMPLETED })));
        p(call(getattr(done, '__len__')), call(getattr(pending, '__len__')), [...(done as any)].map((x: any) => x.result()));
        [done, pending] = yield* aw(callKw(A.wait, [ts], kw({ timeout: require('../../src/runtime/py/object').float(0.5) })));
        p(call(getattr(done, '__len__')), call(getattr(pending, '__len__')));
        for (const c of A.as_completed([slow(2, 'two'), slow(1, 'one')]) as any) p(yield* aw(c));
        p(now());
      })());
    });
  });

  it('gather: return_exceptions, child cancelled, outer cancelled', () => {
    same('gather', `import asyncio
async def ok(d, v):
    await asyncio.sleep(d)
    return v
async def bad(d):
    await asyncio.sleep(d)
    raise KeyError(d)
async def main():
    print(await asyncio.gather(ok(1, "a"), bad(0.5), ok(0.2, "c"), return_exceptions=True))
    try:
        await asyncio.gather(ok(1, "a"), bad(0.5))
    except KeyError as e:
        print("KeyError", e)
    c = asyncio.create_task(ok(1, "c"))
    g = asyncio.gather(c, ok(2, "d"), return_exceptions=True)
    await asyncio.sleep(0.1)
    c.cancel("why")
    print(await g)
    g2 = asyncio.gather(ok(1, "x"), ok(2, "y"))
    await asyncio.sleep(0.1)
    print(g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("outer cancelled", g2.cancelled(), asyncio.get_running_loop().time())
asyncio.run(main())
`, () => {
      const { E, pyErr } = require('../../src/runtime/py/exceptions');
      const ok = adef('ok', function* (_c, d, v) { yield* aw(A.sleep(d)); return v; });
      const bad = adef('bad', function* (_c, d) { yield* aw(A.sleep(d)); throw pyErr(E.KeyError, d); });
      const { float } = require('../../src/runtime/py/object');
      A.run(adef('main', function* () {
        p(yield* aw(callKw(A.gather, [ok(1, 'a'), bad(float(0.5)), ok(float(0.2), 'c')], kw({ return_exceptions: true }))));
        try { yield* aw(A.gather(ok(1, 'a'), bad(float(0.5)))); } catch (e: any) { p('KeyError', e); }
        const c = A.create_task(ok(1, 'c'));
        const g = callKw(A.gather, [c, ok(2, 'd')], kw({ return_exceptions: true }));
        yield* aw(A.sleep(float(0.1)));
        call(getattr(c, 'cancel'), 'why');
        p(yield* aw(g));
        const g2 = A.gather(ok(1, 'x'), ok(2, 'y'));
        yield* aw(A.sleep(float(0.1)));
        p(call(getattr(g2, 'cancel')));
        try { yield* aw(g2); } catch (e: any) {
          if (!isCancelledError(e)) throw e;
          p('outer cancelled', g2.cancelled(), A.get_running_loop().time());
        }
      })());
    });
  });

  it('bad yields and awaiting itself', () => {
    same('selfawait', `import asyncio
async def main():
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print(str(e).split(":")[0])
asyncio.run(main())
`, () => {
      A.run(adef('main', function* () {
        const t = A.current_task();
        try { yield* aw(t); } catch (e: any) { if (!isPyException(e)) throw e; p(String(e.args[0]).split(':')[0]); }
      })());
    });
  });
});
export { tuple, callMethod };
