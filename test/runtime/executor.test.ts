// run_in_executor / to_thread / concurrent.futures on virtual threads, against the oracle's
// thread-pool model (one thread at a time, worker time.sleep costs virtual time).
//
// Known limitation (documented in executor.ts): a worker body is a plain function and runs to
// completion at its first step. Output it writes between time.sleep() calls is replayed at the
// virtual times the oracle prints it (so interleaving with the loop matches); other side effects
// of later segments (appending to a shared list, calling loop.call_soon_threadsafe, reading
// time after the loop was blocked by time.sleep on the loop thread) happen at the job's start.
import { same, adef, pdef, p, aw, A } from './_asyncio';
import { None, float, tuple } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { getattr, callMethod } from '../../src/runtime/py/attrs';
import { importModule } from '../../src/runtime/py/modules';
import { sleepBlocking, monotonic, currentThreadName } from '../../src/runtime/eventsClock';
import { pyErr, E } from '../../src/runtime/py/exceptions';

const now = () => A.get_running_loop().time();
const CF: any = () => importModule('concurrent.futures');

describe('asyncio executors (virtual threads)', function () {
  this.timeout(20000);

  it('default executor: worker prints interleave with the loop', () => {
    same('default', `import asyncio, threading, time
def blocking(name, seconds):
    print(name, "starts in", threading.current_thread().name)
    time.sleep(seconds)
    print(name, "ends", time.monotonic())
    return name.upper()
async def heartbeat():
    for _ in range(3):
        await asyncio.sleep(0.4)
        print("heartbeat", asyncio.get_running_loop().time())
async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, "a", 1.0), loop.run_in_executor(None, blocking, "b", 0.5), heartbeat())
    print(r, loop.time(), threading.current_thread().name)
    print(await asyncio.to_thread(blocking, "c", 0.25))
asyncio.run(main())
`, () => {
      const blocking = pdef('blocking', (name: string, seconds: any) => {
        p(name, 'starts in', currentThreadName());
        sleepBlocking(seconds.v ?? seconds);
        p(name, 'ends', float(monotonic()));
        return name.toUpperCase();
      });
      const heartbeat = adef('heartbeat', function* () {
        for (let i = 0; i < 3; i++) { yield* aw(A.sleep(float(0.4))); p('heartbeat', now()); }
      });
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        const rie = getattr(loop, 'run_in_executor');
        const r = yield* aw(A.gather(call(rie, None, blocking, 'a', float(1)), call(rie, None, blocking, 'b', float(0.5)), heartbeat()));
        p(r, loop.time(), currentThreadName());
        p(yield* aw(A.to_thread(blocking, 'c', float(0.25))));
      })());
    });
  });

  it('ThreadPoolExecutor max_workers, names, errors, submit', () => {
    same('pool', `import asyncio, concurrent.futures, threading, time
def job(n):
    start = time.monotonic()
    time.sleep(1)
    if n == 3:
        raise ValueError("three")
    return f"job{n} in {threading.current_thread().name} from {start:.0f}s"
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(5)), return_exceptions=True)
    for r in rs:
        print(r)
    print("elapsed", loop.time())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as pool:
        print(await loop.run_in_executor(pool, job, 9))
    try:
        loop.run_in_executor(pool, job, 1)
    except RuntimeError as e:
        print(e)
asyncio.run(main())
`, () => {
      const job = pdef('job', (n: number) => {
        const start = monotonic();
        sleepBlocking(1);
        if (n === 3) throw pyErr(E.ValueError, 'three');
        return `job${n} in ${currentThreadName()} from ${start.toFixed(0)}s`;
      });
      A.run(adef('main', function* () {
        const loop = A.get_running_loop();
        const rie = getattr(loop, 'run_in_executor');
        let pool = callKw(CF().ThreadPoolExecutor, [], kw({ max_workers: 2 }));
        const rs = yield* aw(callKw(A.gather, [0, 1, 2, 3, 4].map(n => call(rie, pool, job, n)), kw({ return_exceptions: true })));
        pool.shutdown();
        for (const r of rs) p(r);
        p('elapsed', loop.time());
        pool = callKw(CF().ThreadPoolExecutor, [], kw({ max_workers: 1, thread_name_prefix: 'solo' }));
        p(yield* aw(call(rie, pool, job, 9)));
        pool.shutdown();
        try { call(rie, pool, job, 1); } catch (e: any) { p(e.args[0]); }
      })());
    });
  });
});
export { tuple, callMethod };
