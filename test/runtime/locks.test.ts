// asyncio.locks against CPython.
import { same, adef, p, aw, A, repr, awith } from './_asyncio';
import { None, float, tuple } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { callMethod, getattr } from '../../src/runtime/py/attrs';
import { truthy } from '../../src/runtime/py/protocols';
import { isCancelledError } from '../../src/runtime/asyncioExceptions';

const now = () => A.get_running_loop().time();
const gatherX = (...a: any[]) => callKw(A.gather, a, kw({ return_exceptions: true }));

describe('asyncio locks', function () {
  this.timeout(20000);

  it('Lock fairness and cancellation, Event', () => {
    same('lock', `import asyncio
async def worker(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.1)
        log.append(name + " out")
async def waiter(ev, i):
    await ev.wait()
    print("woke", i)
async def main():
    lock = asyncio.Lock()
    log = []
    print(repr(lock)[-11:], lock.locked())
    ts = [asyncio.create_task(worker(n, lock, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(lock.locked(), repr(lock)[-22:])
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, asyncio.get_running_loop().time())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev)[-19:])
    ev.set()
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
`, () => {
      const worker = adef('worker', function* (_c, name, lock, log) {
        yield* awith(lock, function* () {
          log.push(name + ' in');
          yield* aw(A.sleep(float(0.1)));
          log.push(name + ' out');
        });
      });
      const waiter = adef('waiter', function* (_c, ev, i) { yield* aw(ev.wait()); p('woke', i); });
      A.run(adef('main', function* () {
        const lock = A.Lock();
        const log: any[] = [];
        p(repr(lock).slice(-11), lock.locked());
        const ts = ['a', 'b', 'c'].map(n => A.create_task(worker(n, lock, log)));
        yield* aw(A.sleep(0));
        p(lock.locked(), repr(lock).slice(-22));
        call(getattr(ts[1], 'cancel'));
        yield* aw(gatherX(...ts));
        p(log, now());
        try { lock.release(); } catch (e: any) { p(e.args[0]); }
        const ev = A.Event();
        const ws = [0, 1, 2].map(i => A.create_task(waiter(ev, i)));
        yield* aw(A.sleep(0));
        p(repr(ev).slice(-19));
        ev.set(); ev.set();
        yield* aw(A.gather(...ws));
        p(ev.is_set(), yield* aw(ev.wait()));
        ev.clear();
        p(ev.is_set());
      })());
    });
  });

  it('Condition, Semaphore, BoundedSemaphore, Barrier', () => {
    same('cond', `import asyncio
async def consumer(cond, items, i):
    async with cond:
        await cond.wait_for(lambda: items)
        print("consumer", i, items.pop())
async def limited(sem, i):
    async with sem:
        print("enter", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)
async def party(b, i):
    await asyncio.sleep(i * 0.25)
    idx = await b.wait()
    print("party", i, idx, asyncio.get_running_loop().time())
async def main():
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print(repr(sem)[-21:])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, i) for i in range(3)))
    print(repr(b)[-22:], b.broken, b.n_waiting, b.parties)
asyncio.run(main())
`, () => {
      const consumer = adef('consumer', function* (_c, cond, items, i) {
        yield* awith(cond, function* () {
          yield* aw(cond.wait_for(() => items.length > 0));
          p('consumer', i, items.pop());
        });
      });
      const limited = adef('limited', function* (_c, sem, i) {
        yield* awith(sem, function* () { p('enter', i, now()); yield* aw(A.sleep(1)); });
      });
      const party = adef('party', function* (_c, b, i) {
        yield* aw(A.sleep(float(i * 0.25)));
        const idx = yield* aw(b.wait());
        p('party', i, idx, now());
      });
      A.run(adef('main', function* () {
        const cond = A.Condition();
        const items: any[] = [];
        const cs = [0, 1, 2].map(i => A.create_task(consumer(cond, items, i)));
        yield* aw(A.sleep(0));
        yield* awith(cond, function* () { items.push(1, 2); cond.notify(2); });
        yield* aw(A.sleep(0));
        yield* awith(cond, function* () { items.push(3); cond.notify_all(); });
        yield* aw(A.gather(...cs));
        try { cond.notify(); } catch (e: any) { p(e.args[0]); }
        const sem = A.Semaphore(2);
        yield* aw(A.gather(...[0, 1, 2, 3, 4].map(i => limited(sem, i))));
        p(repr(sem).slice(-21));
        const bs = A.BoundedSemaphore(1);
        yield* aw(bs.acquire());
        bs.release();
        try { bs.release(); } catch (e: any) { p(e.args[0]); }
        const b = A.Barrier(3);
        yield* aw(A.gather(...[0, 1, 2].map(i => party(b, i))));
        p(repr(b).slice(-22), b.broken, b.n_waiting, b.parties);
      })());
    });
  });
});
export { None, tuple, callMethod, truthy, isCancelledError };
