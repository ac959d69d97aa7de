// The event loop (base_events.py / events.py) against CPython.
import * as assert from 'assert';
import { same, adef, pdef, p, aw, A, repr, runJs, runOracle } from './_asyncio';
import { None, float } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { callMethod, getattr } from '../../src/runtime/py/attrs';
import { pyErr, E, isPyException } from '../../src/runtime/py/exceptions';
import { sleepBlocking } from '../../src/runtime/eventsClock';
import { getitem } from '../../src/runtime/py/protocols';

describe('asyncio event loop', function () {
  this.timeout(20000);

  it('call_soon / call_later / call_at order, handles, cancel, when', () => {
    same('callbacks', `import asyncio
def hello(*a):
    print("hello", *a, asyncio.get_running_loop().time())
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(hello, "soon")
    t = loop.call_later(1, hello, "later")
    loop.call_later(0, hello, "later0")
    loop.call_at(0.5, hello, "at")
    loop.call_soon(hello, "soon2")
    x = loop.call_later(2, hello, "never")
    print(repr(h), type(t).__name__.replace("Stable", ""), t.when(), h.cancelled())
    x.cancel()
    print(repr(x).replace("Stable", ""), x.cancelled())
    await asyncio.sleep(3)
    print(loop.time(), repr(loop).replace("VirtualEventLoop", "_UnixSelectorEventLoop"))
asyncio.run(main())
`, () => {
      const hello = pdef('hello', (...a: any[]) => { p('hello', ...a, A.get_running_loop().time()); return None; }, 2);
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        const h = call(getattr(loop, 'call_soon'), hello, 'soon');
        const t = call(getattr(loop, 'call_later'), 1, hello, 'later');
        call(getattr(loop, 'call_later'), 0, hello, 'later0');
        call(getattr(loop, 'call_at'), float(0.5), hello, 'at');
        call(getattr(loop, 'call_soon'), hello, 'soon2');
        const x = call(getattr(loop, 'call_later'), 2, hello, 'never');
        p(repr(h), t.$cls.$name, t.when(), h.cancelled());
        x.cancel();
        p(repr(x), x.cancelled());
        yield* aw(A.sleep(3));
        p(loop.time(), repr(loop));
      })());
    });
  });

  it('manual loop: run_until_complete, run_forever/stop, close', () => {
    same('manual', `import asyncio
async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
fut = loop.create_future()
loop.call_later(1, fut.set_result, "x")
print(loop.run_until_complete(fut), loop.time())
count = 0
def tick():
    global count
    count += 1
    print("tick", count, loop.time(), loop.is_running())
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.5, tick)
loop.call_soon(tick)
loop.run_forever()
print(asyncio.get_event_loop() is loop)
loop.close()
loop.close()
try:
    loop.call_soon(tick)
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
`, () => {
      const add = adef('add', function* (_c, a, b) { yield* aw(A.sleep(float(0.5))); return a + b; });
      const loop = A.new_event_loop();
      A.set_event_loop(loop);
      p(loop.is_running(), loop.is_closed());
      p(loop.run_until_complete(add(1, 2)));
      const fut = loop.create_future();
      call(getattr(loop, 'call_later'), 1, getattr(fut, 'set_result'), 'x');
      p(loop.run_until_complete(fut), loop.time());
      let count = 0;
      const tick = pdef('tick', () => {
        count += 1;
        p('tick', count, loop.time(), loop.is_running());
        if (count === 3) loop.stop(); else call(getattr(loop, 'call_later'), float(0.5), tick);
        return None;
      });
      call(getattr(loop, 'call_soon'), tick);
      loop.run_forever();
      p(A.get_event_loop() === loop);
      loop.close(); loop.close();
      try { call(getattr(loop, 'call_soon'), tick); } catch (e: any) { p(e.args[0]); }
      try { A.get_running_loop(); } catch (e: any) { p(e.args[0]); }
      A.set_event_loop(None);
      try { A.get_event_loop(); } catch (e: any) { p(e.args[0]); }
    });
  });

  it('exception handlers: custom, reset, call_exception_handler', () => {
    same('handlers', `import asyncio
def broken():
    raise ZeroDivisionError("boom")
def handler(loop, context):
    print("got:", context["message"], type(context.get("exception")).__name__, sorted(context))
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
asyncio.run(main())
`, () => {
      const broken = pdef('broken', () => { throw pyErr(E.ZeroDivisionError, 'boom'); }, 2);
      const sorted = (d: any) => [...callMethod(d, 'keys')].sort();
      const handler = pdef('handler', (_loop: any, ctx: any) => {
        const exc = callMethod(ctx, 'get', 'exception');
        p('got:', getitem(ctx, 'message'), exc === None ? 'NoneType' : exc.$cls.$name, sorted(ctx));
        return None;
      });
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        p(loop.get_exception_handler());
        loop.set_exception_handler(handler);
        call(getattr(loop, 'call_soon'), broken);
        yield* aw(A.sleep(0));
        loop.call_exception_handler(require('../../src/runtime/py/dict').dict([['message', 'custom']]));
        p(loop.get_exception_handler() === handler);
        loop.set_exception_handler(None);
        try { loop.set_exception_handler(42); } catch (e: any) { p(e.args[0]); }
      })());
    });
  });

  it('default handler logs "Exception in callback" and the loop goes on', () => {
    const py = `import asyncio
def bad(x):
    return 1 / x
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 0)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    print("main finished")
asyncio.run(main())
`;
    const want = runOracle('cb', py);
    const got = runJs(() => {
      const bad = pdef('bad', () => { throw pyErr(E.ZeroDivisionError, 'division by zero'); }, 2);
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        call(getattr(loop, 'call_soon'), bad, 0);
        call(getattr(loop, 'call_soon'), pdef('print', (s: any) => { p(s); return None; }), 'next callback still runs');
        yield* aw(A.sleep(float(0.1)));
        p('main finished');
      })());
    });
    assert.strictEqual(got.out, want.out);
    const head = (s: string) => s.split('\n').slice(0, 2).join('\n').replace(/<built-in function print>/, 'print');
    assert.strictEqual(head(got.err), head(want.err));
    assert.match(got.err, /ZeroDivisionError: division by zero\n$/);
  });

  it('time.sleep on the loop thread blocks the loop and advances the clock', () => {
    same('block', `import asyncio, time
async def ticker():
    for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
async def blocker():
    await asyncio.sleep(0.1)
    time.sleep(2)
    print("unblocked", asyncio.get_running_loop().time())
async def main():
    await asyncio.gather(ticker(), blocker())
asyncio.run(main())
`, () => {
      const ticker = adef('ticker', function* () {
        for (let i = 0; i < 3; i++) { p('tick', i, A.get_running_loop().time()); yield* aw(A.sleep(float(0.5))); }
      });
      const blocker = adef('blocker', function* () {
        yield* aw(A.sleep(float(0.1)));
        sleepBlocking(2);
        p('unblocked', A.get_running_loop().time());
      });
      A.run(adef('main', function* () { yield* aw(A.gather(ticker(), blocker())); })());
    });
  });

  it('asyncio.run: fresh loops, errors, Runner', () => {
    same('run', `import asyncio
async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop().time(), asyncio.current_task().get_name()
print(asyncio.run(step(1)))
print(asyncio.run(step(2)))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
async def nested():
    c = step(3)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(nested())
with asyncio.Runner() as r:
    print(r.run(step(1)), r.run(step(1)))
    loop = r.get_loop()
print(loop.is_closed())
try:
    r.run(step(1))
except RuntimeError as e:
    print(e)
`, () => {
      const step = adef('step', function* (_c, n) {
        yield* aw(A.sleep(n));
        return require('../../src/runtime/py/object').tuple([A.get_running_loop().time(), A.current_task().get_name()]);
      });
      p(A.run(step(1)));
      p(A.run(step(2)));
      try { A.run(42); } catch (e: any) { p(e.args[0]); }
      A.run(adef('nested', function* () {
        const c = step(3);
        try { A.run(c); } catch (e: any) { p(e.args[0]); }
        c.close();
      })());
      const r = A.Runner();
      r.__enter__();
      p(call(getattr(r, 'run'), step(1)), call(getattr(r, 'run'), step(1)));
      const loop = r.get_loop();
      r.__exit__(None, None, None);
      p(loop.is_closed());
      const c = step(1);
      try { call(getattr(r, 'run'), c); } catch (e: any) { p(e.args[0]); }
      c.close();
    }, { stderr: false });
  });
});
export { callKw, kw, isPyException };
