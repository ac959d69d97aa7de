// asyncio.timeout / timeout_at / Timeout and TaskGroup against CPython.
import { same, adef, p, aw, A, repr, awith } from './_asyncio';
import { None, float } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { getattr } from '../../src/runtime/py/attrs';
import { pyErr, E, isPyException } from '../../src/runtime/py/exceptions';
import { isCancelledError } from '../../src/runtime/asyncioExceptions';

const now = () => A.get_running_loop().time();

describe('asyncio timeouts and task groups', function () {
  this.timeout(20000);

  it('timeout, reschedule, timeout_at, nested', () => {
    same('timeouts', `import asyncio
async def main():
    try:
        async with asyncio.timeout(1) as cm:
            print(repr(cm))
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out", asyncio.get_running_loop().time(), cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 3)
        await asyncio.sleep(1)
    print("ok", cm.expired(), repr(cm), cm.when())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired at once", asyncio.get_running_loop().time())
    try:
        async with asyncio.timeout(2):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner", asyncio.get_running_loop().time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer", asyncio.get_running_loop().time())
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print(e)
asyncio.run(main())
`, () => {
      const catchTimeout = function* (g: () => Generator<any, any, any>, then: () => void) {
        try { yield* g(); } catch (e: any) { if (e.$cls === E.TimeoutError) then(); else throw e; }
      };
      A.run(adef('main', function* () {
        let cm: any;
        yield* catchTimeout(function* () {
          yield* awith(A.timeout(1), function* (c) { cm = c; p(repr(c)); yield* aw(A.sleep(5)); });
        }, () => p('timed out', now(), cm.expired(), repr(cm)));
        yield* awith(A.timeout(None), function* (c) {
          cm = c; c.reschedule(float(now().v + 3));
          yield* aw(A.sleep(1));
        });
        p('ok', cm.expired(), repr(cm), cm.when());
        yield* catchTimeout(function* () {
          yield* awith(A.timeout_at(float(now().v - 1)), function* () { yield* aw(A.sleep(1)); });
        }, () => p('expired at once', now()));
        yield* catchTimeout(function* () {
          yield* awith(A.timeout(2), function* () {
            yield* catchTimeout(function* () {
              yield* awith(A.timeout(1), function* () { yield* aw(A.sleep(5)); });
            }, () => p('inner', now()));
            yield* aw(A.sleep(5));
          });
        }, () => p('outer', now()));
        const t = A.timeout(1);
        try { t.reschedule(2); } catch (e: any) { p(e.args[0]); }
      })());
    });
  });

  const groupsWork = (() => {
    try { return call(E.BaseExceptionGroup, 'x', [pyErr(E.ValueError)]).exceptions !== undefined; } catch { return false; }
  })();
  (groupsWork ? it : it.skip)('TaskGroup: results, error aborts siblings, parent cancel (needs the kernel ExceptionGroup)', () => {
    same('tg', `import asyncio
async def ok(d, v):
    await asyncio.sleep(d)
    print("ok", v, asyncio.get_running_loop().time())
    return v
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad {d}")
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled", asyncio.get_running_loop().time())
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1, "a"))
        b = tg.create_task(ok(0.5, "b"), name="bee")
        print(repr(tg), b.get_name())
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(bad(1))
            tg.create_task(bad(1))
            await asyncio.sleep(5)
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions], asyncio.get_running_loop().time())
    try:
        tg.create_task(ok(0, "late"))
    except RuntimeError as e:
        print(e)
    c = asyncio.create_task(ok(0, "x"))
    await c
asyncio.run(main())
`, () => {
      const ok = adef('ok', function* (_c, d, v) { yield* aw(A.sleep(d)); p('ok', v, now()); return v; });
      const bad = adef('bad', function* (_c, d) { yield* aw(A.sleep(d)); throw pyErr(E.ValueError, `bad ${d}`); });
      const slow = adef('slow', function* () {
        try { yield* aw(A.sleep(10)); } catch (e: any) { if (isCancelledError(e)) p('slow cancelled', now()); throw e; }
      });
      A.run(adef('main', function* () {
        let a: any, b: any, tg: any;
        yield* awith(A.TaskGroup(), function* (g) {
          tg = g;
          a = call(getattr(g, 'create_task'), ok(1, 'a'));
          b = callKw(getattr(g, 'create_task'), [ok(float(0.5), 'b')], kw({ name: 'bee' }));
          p(repr(g), b.get_name());
        });
        p(a.result(), b.result(), repr(tg));
        try {
          yield* awith(A.TaskGroup(), function* (g) {
            tg = g;
            call(getattr(g, 'create_task'), slow());
            call(getattr(g, 'create_task'), bad(1));
            call(getattr(g, 'create_task'), bad(1));
            yield* aw(A.sleep(5));
          });
        } catch (eg: any) {
          if (!isPyException(eg) || !eg.$cls.$mro.includes(E.BaseExceptionGroup)) throw eg;
          p('caught', [...eg.exceptions].map((e: any) => e.args[0]), now());
        }
        try { call(getattr(tg, 'create_task'), ok(0, 'late')); } catch (e: any) { p(e.args[0]); }
        const c = A.create_task(ok(0, 'x'));
        yield* aw(c);
      })());
    }, { stderr: false });
  });
});
