// asyncio.queues against CPython.
import { same, adef, p, aw, A, repr } from './_asyncio';
import { None, float, tuple } from '../../src/runtime/py/object';
import { callKw, kw, call } from '../../src/runtime/py/call';
import { getattr, callMethod } from '../../src/runtime/py/attrs';
import { str } from '../../src/runtime/py/protocols';

const now = () => A.get_running_loop().time();

describe('asyncio queues', function () {
  this.timeout(20000);

  it('producer/consumer with backpressure, join/task_done, priority and lifo', () => {
    same('queues', `import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, asyncio.get_running_loop().time())
async def consumer(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.5)
        print(name, "got", item, asyncio.get_running_loop().time())
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.empty(), q.full())
    cs = [asyncio.create_task(consumer(q, n)) for n in "xy"]
    await producer(q, 5)
    print(str(q))
    await q.join()
    print("joined", asyncio.get_running_loop().time(), q.qsize())
    for c in cs:
        c.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*cs, return_exceptions=True)])
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in range(3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print("full", str(fq))
asyncio.run(main())
`, () => {
      const producer = adef('producer', function* (_c, q, n) {
        for (let i = 0; i < n; i++) { yield* aw(q.put(i)); p('put', i, now()); }
      });
      const consumer = adef('consumer', function* (_c, q, name) {
        for (;;) {
          const item = yield* aw(q.get());
          yield* aw(A.sleep(float(0.5)));
          p(name, 'got', item, now());
          q.task_done();
        }
      });
      A.run(adef('main', function* () {
        const q = callKw(A.Queue, [], kw({ maxsize: 2 }));
        p(str(q), q.maxsize, q.empty(), q.full());
        const cs = ['x', 'y'].map(n => A.create_task(consumer(q, n)));
        yield* aw(producer(q, 5));
        p(str(q));
        yield* aw(q.join());
        p('joined', now(), q.qsize());
        for (const c of cs) call(getattr(c, 'cancel'));
        const rs = yield* aw(callKw(A.gather, cs, kw({ return_exceptions: true })));
        p(rs.map((r: any) => r.$cls.$name));
        try { q.task_done(); } catch (e: any) { p(e.args[0]); }
        const pq = A.PriorityQueue();
        for (const x of [[3, 'c'], [1, 'a'], [2, 'b'], [1, 'A']]) pq.put_nowait(tuple(x));
        p([0, 1, 2, 3].map(() => pq.get_nowait()));
        const lq = A.LifoQueue();
        for (const x of [0, 1, 2]) lq.put_nowait(x);
        p([0, 1, 2].map(() => lq.get_nowait()));
        try { lq.get_nowait(); } catch (e: any) { if (e.$cls === A.QueueEmpty) p('empty'); else throw e; }
        const fq = A.Queue(1);
        fq.put_nowait(1);
        try { fq.put_nowait(2); } catch (e: any) { if (e.$cls === A.QueueFull) p('full', str(fq)); else throw e; }
      })());
    });
  });
});
export { None, repr, callMethod };
