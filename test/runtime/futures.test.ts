// asyncio.Future (the C implementation's behaviour) against CPython.
import * as assert from 'assert';
import { same, adef, pdef, p, aw, A, repr, runJs, runOracle } from './_asyncio';
import { None, float } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { getattr } from '../../src/runtime/py/attrs';
import { pyErr, E } from '../../src/runtime/py/exceptions';
import { isCancelledError } from '../../src/runtime/asyncioExceptions';
import { emit, TraceEvent } from '../../src/runtime/trace';
import { setDefaultTrace } from '../../src/runtime/trace';
import { resetClock } from '../../src/runtime/eventsClock';

const msg = (e: any) => `${e.$cls.$name}: ${e.args.length ? e.args[0] : ''}`;

describe('asyncio futures', function () {
  this.timeout(20000);

  it('states, errors, callbacks, await from many tasks', () => {
    same('futures', `import asyncio
def cb(f):
    print("cb", f.done(), f.cancelled())
def other(f):
    print("other")
async def waiter(f, i):
    try:
        print("waiter", i, await f)
    except Exception as e:
        print("waiter", i, type(e).__name__, e)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for op in (f.result, f.exception):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(cb)
    f.add_done_callback(other)
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb), repr(f))
    ws = [asyncio.create_task(waiter(f, i)) for i in range(3)]
    await asyncio.sleep(0)
    f.set_result(7)
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.cancel(), f.result(), f.exception())
    await asyncio.gather(*ws)
    g = loop.create_future()
    for bad in (StopIteration(), 42):
        try:
            g.set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)
    ws = [asyncio.create_task(waiter(g, i)) for i in range(2)]
    await asyncio.sleep(0)
    g.set_exception(KeyError)
    await asyncio.gather(*ws)
    print(repr(g.exception()))
    h = loop.create_future()
    h.add_done_callback(cb)
    print(h.cancel("because"), h.cancel())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    await asyncio.sleep(0)
    k = asyncio.Future()
    print(k.get_loop() is loop, asyncio.isfuture(k), asyncio.isfuture(42))
asyncio.run(main())
`, () => {
      const cb = pdef('cb', (f: any) => { p('cb', f.done(), f.cancelled()); return None; });
      const other = pdef('other', () => { p('other'); return None; }, 4);
      const waiter = adef('waiter', function* (_c, f, i) {
        try { p('waiter', i, yield* aw(f)); } catch (e: any) {
          if (!e.$cls.$mro.includes(E.Exception)) throw e;
          p('waiter', i, e.$cls.$name, e);
        }
      });
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        const f = loop.create_future();
        for (const op of ['result', 'exception']) { try { call(getattr(f, op)); } catch (e: any) { p('InvalidStateError:', e.args[0]); } }
        const add = getattr(f, 'add_done_callback');
        call(add, cb); call(add, other); call(add, cb);
        p(f.remove_done_callback(cb), repr(f));
        let ws = [0, 1, 2].map(i => A.create_task(waiter(f, i)));
        yield* aw(A.sleep(0));
        f.set_result(7);
        try { f.set_result(8); } catch (e: any) { p('InvalidStateError:', e.args[0]); }
        p(call(getattr(f, 'cancel')), f.result(), f.exception());
        yield* aw(A.gather(...ws));
        const g = loop.create_future();
        for (const bad of [pyErr(E.StopIteration), 42]) { try { g.set_exception(bad); } catch (e: any) { p('TypeError:', e.args[0]); } }
        ws = [0, 1].map(i => A.create_task(waiter(g, i)));
        yield* aw(A.sleep(0));
        g.set_exception(E.KeyError);
        yield* aw(A.gather(...ws));
        p(repr(g.exception()));
        const h = loop.create_future();
        call(getattr(h, 'add_done_callback'), cb);
        p(call(getattr(h, 'cancel'), 'because'), call(getattr(h, 'cancel')));
        try { h.result(); } catch (e: any) { if (!isCancelledError(e)) throw e; p('CancelledError', e.args); }
        yield* aw(A.sleep(0));
        const k = A.Future();
        p(k.get_loop() === loop, A.isfuture(k), A.isfuture(42));
      })());
    });
  });

  it('"exception was never retrieved" when main() returns, and at exit', () => {
    const py = `import asyncio
async def bad():
    raise ValueError("lost")
async def forever():
    await asyncio.sleep(100)
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print("main end", t.done())
asyncio.run(main())
loop = asyncio.new_event_loop()
keep = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("end")
`;
    const want = runOracle('lost', py);
    const got = runJs(() => {
      const bad = adef('bad', function* (): Generator<any, any, any> { throw pyErr(E.ValueError, 'lost'); }, 2);
      const forever = adef('forever', function* () { yield* aw(A.sleep(100)); }, 4);
      A.run(adef('main', function* () {
        const t = A.create_task(bad());
        yield* aw(A.sleep(0));
        p('main end', t.done());
      })());
      const loop = A.new_event_loop();
      loop.create_task(forever());
      loop.run_until_complete(A.sleep(0));
      loop.close();
      p('end');
      require('../../src/runtime/asyncioModule').reportAtExit();
    });
    assert.strictEqual(got.out, want.out);
    const lines = (s: string) => s.split('\n').filter(l => !l.startsWith(' ') && !l.startsWith('Traceback'));
    assert.deepStrictEqual(lines(got.err), lines(want.err));
  });

  it('trace: typed events for tasks, waits, timers', () => {
    const events: TraceEvent[] = [];
    setDefaultTrace(events);
    try {
      runJs(() => {
        const child = adef('child', function* () { yield* aw(A.sleep(1)); return 5; });
        A.run(adef('main', function* () {
          const t = A.create_task(child());
          yield* aw(t);
        })());
      });
    } finally { setDefaultTrace(undefined); }
    const kinds = events.map(e => e.k);
    assert.ok(kinds.includes('task') && kinds.includes('step') && kinds.includes('wait') && kinds.includes('done') && kinds.includes('timer') && kinds.includes('fire'));
    const waits = events.filter(e => e.k === 'wait') as any[];
    assert.deepStrictEqual(waits.slice(0, 2).map(w => w.on.kind), ['task', 'sleep']);
    assert.strictEqual(waits[1].on.until, 1);
    const done = events.find(e => e.k === 'done' && (e as any).result === '5') as any;
    assert.strictEqual(done.t, 1);
  });

  it('real clock: waits really pass, loop.time() follows the wall clock', () => {
    resetClock('real');
    try {
      const t0 = Date.now();
      let lt: any;
      const r = runJsReal(() => {
        A.run(adef('main', function* () { yield* aw(A.sleep(float(0.05))); lt = A.get_running_loop().time(); })());
      });
      assert.strictEqual(r, undefined);
      assert.ok(Date.now() - t0 >= 45, 'slept for real');
      assert.ok(lt.v >= 0.045 && lt.v < 5, `loop time ${lt.v}`);
    } finally { resetClock('virtual'); }
  });
});

/** Runs without resetting the clock (runJs would switch back to virtual time). */
function runJsReal(body: () => void): any {
  try { body(); } catch (e) { return e; }
  return undefined;
}
export { callKw, kw, emit, msg, repr };
