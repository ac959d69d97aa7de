// Hover texts: one entry per asyncio concept, as data. Each is short and exact, with a two-line
// example and the demo (issue 6, "Asyncio Lab: Open Demo…") that shows it running.

export interface HoverEntry {
  /** Heading: what the thing is. */
  title: string;
  /** One or two sentences of Markdown. */
  text: string;
  /** Exactly two lines of Python. */
  example: [string, string];
  /** Demo slug for `asyncio-lab.openDemo`. */
  demo: string;
}

export const DEMO_TITLES: Record<string, string> = {
  coroutines: 'Coroutine function, coroutine object and Task', sleep0: '`sleep(0)` and giving up control',
  gather: 'Sequential versus `gather`', futures: 'Futures', callbacks: '`call_soon`, `call_later`, `call_at`',
  'sync-async': 'Mixing sync and async', cancellation: 'Cancellation and timeouts', queues: 'Queues',
  taskgroup: 'TaskGroup and exception groups', 'call-table': 'Call from / call to / how',
};

const e = (title: string, text: string, example: [string, string], demo: string): HoverEntry => ({ title, text, example, demo });

/** Keyed by qualified name (`asyncio.gather`), method (`Future.set_result`) or concept (`await`). */
export const HOVERS: Record<string, HoverEntry> = {
  'async def': e('coroutine function', 'Calling it runs none of its body: it returns a coroutine object. The body runs when that object is awaited or wrapped in a Task.',
    ['coro = fetch()         # nothing runs yet', 'result = await coro    # now the body runs'], 'coroutines'),
  'coroutine call': e('coroutine object', 'Calling a coroutine function only creates a coroutine object: nothing runs yet. It runs when awaited or scheduled with `asyncio.create_task`; never awaited, it never runs (and Python warns).',
    ['coro = fetch()', 'await coro             # the body of fetch runs here'], 'coroutines'),
  await: e('await', 'Runs the awaitable here. This coroutine suspends only if that ends up waiting on a Future that is not done yet (as inside `asyncio.sleep`); awaiting a coroutine that never waits gives no other task a turn.',
    ['await asyncio.sleep(1)  # suspends: other tasks run', 'await compute()         # no suspension if compute never waits'], 'sleep0'),
  'asyncio.create_task': e('asyncio.create_task', 'Wraps the coroutine in a **Task** and schedules it: it starts at the next loop turn, not now. The loop keeps only a weak reference, so keep the Task in a variable or set, and await it.',
    ['task = asyncio.create_task(fetch())', 'result = await task'], 'coroutines'),
  'asyncio.ensure_future': e('asyncio.ensure_future', 'A coroutine is wrapped in a **Task** and scheduled (like `create_task`); a Future or Task is returned unchanged. Keep a reference to the result.',
    ['fut = asyncio.ensure_future(fetch())', 'result = await fut'], 'call-table'),
  'TaskGroup.create_task': e('TaskGroup.create_task', 'Schedules a **Task** owned by the group: the `async with` block waits for it, and when one task fails the others are cancelled. The group keeps the reference for you.',
    ['async with asyncio.TaskGroup() as tg:', '    t = tg.create_task(fetch())'], 'taskgroup'),
  'loop.create_task': e('loop.create_task', 'Wraps the coroutine in a **Task** scheduled on this loop, like `asyncio.create_task`. Keep a reference to it.',
    ['task = loop.create_task(fetch())', 'result = await task'], 'call-table'),
  'asyncio.Future': e('asyncio.Future', 'A **Future** stands for a result that arrives later. It changes state once, from pending to done (a result, an exception, or cancelled); `await fut` suspends until then.',
    ['fut = loop.create_future()', 'loop.call_later(1, fut.set_result, 42)'], 'futures'),
  'loop.create_future': e('loop.create_future', 'Creates a pending **Future** bound to this loop. Some other code must call `set_result` or `set_exception`, or awaiting it waits forever.',
    ['fut = loop.create_future()', 'value = await fut       # waits for set_result'], 'futures'),
  'Future.set_result': e('Future.set_result', 'Marks the Future done with this result and schedules its callbacks with `call_soon`; awaiting coroutines resume at a later loop turn. Raises `InvalidStateError` if it is already done.',
    ['fut.set_result(42)', 'print(fut.result())     # 42'], 'futures'),
  'Future.set_exception': e('Future.set_exception', 'Marks the Future done with this exception: `await fut` and `fut.result()` raise it. Callbacks are scheduled with `call_soon`.',
    ['fut.set_exception(ValueError("no"))', 'await fut               # raises ValueError'], 'futures'),
  'Future.add_done_callback': e('Future.add_done_callback', 'Calls `fn(fut)` once the Future is done, through `call_soon`: never immediately, even when it is already done.',
    ['fut.add_done_callback(lambda f: print(f.result()))', 'fut.set_result(1)       # prints 1 on the next loop turn'], 'futures'),
  'Future.result': e('Future.result', 'Returns the result of a done Future, or raises its exception. It never waits: on a pending Future it raises `InvalidStateError`. To wait, `await fut`.',
    ['if fut.done():', '    print(fut.result())'], 'futures'),
  'Future.done': e('Future.done', 'True once the Future has a result or an exception, or was cancelled. It never waits.',
    ['fut.set_result(1)', 'fut.done()              # True'], 'futures'),
  'Future.cancel': e('Future.cancel', 'Requests cancellation. A pending Future is cancelled at once; a Task gets `CancelledError` thrown in at its next suspension point, and may catch it. Returns False when already done.',
    ['task.cancel()', 'await task              # raises CancelledError'], 'cancellation'),
  'asyncio.gather': e('asyncio.gather', 'Runs the awaitables concurrently (coroutines become Tasks) and returns a Future of their results, in argument order. The first exception propagates unless `return_exceptions=True`; the others keep running.',
    ['a, b = await asyncio.gather(fetch(1), fetch(2))', '# both run at once: total time = the slower one'], 'gather'),
  'asyncio.wait': e('asyncio.wait', 'Waits for Tasks/Futures and returns two sets, `(done, pending)`; it raises none of their exceptions. Since 3.11 bare coroutines are a TypeError: wrap them with `create_task`.',
    ['tasks = [asyncio.create_task(fetch(i)) for i in range(3)]', 'done, pending = await asyncio.wait(tasks, timeout=1)'], 'cancellation'),
  'asyncio.wait_for': e('asyncio.wait_for', 'Awaits one awaitable with a time limit: at the deadline it cancels it and raises `TimeoutError`.',
    ['try: await asyncio.wait_for(fetch(), timeout=1)', 'except TimeoutError: print("too slow")'], 'cancellation'),
  'asyncio.timeout': e('asyncio.timeout', 'An async context manager (3.11+): when the deadline passes it cancels the current task, and turns that cancellation into `TimeoutError` at the end of the block.',
    ['async with asyncio.timeout(1):', '    await fetch()       # cancelled after 1 s'], 'cancellation'),
  'asyncio.shield': e('asyncio.shield', 'Protects the inner awaitable from cancellation: cancelling the outer `await` raises `CancelledError` there, but the inner Task keeps running.',
    ['task = asyncio.create_task(save())', 'await asyncio.shield(task)'], 'cancellation'),
  'asyncio.as_completed': e('asyncio.as_completed', 'Returns an iterator of awaitables in the order the results complete; `await` each one to get the next result.',
    ['for next_done in asyncio.as_completed(tasks):', '    print(await next_done)'], 'gather'),
  'asyncio.sleep': e('asyncio.sleep', 'A coroutine function: awaiting it suspends this coroutine for `delay` seconds while other tasks run. Unlike `time.sleep`, it does not block the loop.',
    ['await asyncio.sleep(1)  # other tasks run meanwhile', 'await asyncio.sleep(0)  # just yield one loop turn'], 'sleep0'),
  'asyncio.sleep(0)': e('asyncio.sleep(0)', 'Suspends for exactly one loop iteration, with no timer: the standard way to let other ready tasks and callbacks run. A loop can never interrupt a coroutine that does not await.',
    ['for chunk in chunks:', '    work(chunk); await asyncio.sleep(0)'], 'sleep0'),
  'asyncio.run': e('asyncio.run', 'Creates an event loop, runs the coroutine to completion, cancels leftover tasks and closes the loop. Call it once, from synchronous code; with a loop already running (inside `async def`, in a notebook) it raises `RuntimeError`.',
    ['if __name__ == "__main__":', '    asyncio.run(main())'], 'coroutines'),
  'loop.run_in_executor': e('loop.run_in_executor', 'Runs a plain function in a thread pool (or the executor given) and returns a **Future** of its result; `await` it. For blocking or CPU-bound calls.',
    ['loop = asyncio.get_running_loop()', 'data = await loop.run_in_executor(None, blocking_read)'], 'sync-async'),
  'asyncio.to_thread': e('asyncio.to_thread', 'A coroutine function: runs a blocking function in a worker thread (with the current contextvars); `await` it for the result without blocking the loop.',
    ['text = await asyncio.to_thread(read_file, path)', 'await asyncio.to_thread(time.sleep, 1)  # loop stays free'], 'sync-async'),
  'loop.call_soon': e('loop.call_soon', 'Schedules a plain callback for the next loop iteration, in FIFO order. Returns a `Handle` you can `cancel()`.',
    ['loop.call_soon(print, "first")', 'loop.call_soon(print, "second")'], 'callbacks'),
  'loop.call_later': e('loop.call_later', 'Schedules a callback to run `delay` seconds of loop time from now. Returns a `TimerHandle`.',
    ['loop.call_later(2, print, "after 2 s")', 'loop.call_later(1, print, "after 1 s")  # runs first'], 'callbacks'),
  'loop.call_at': e('loop.call_at', 'Schedules a callback at an absolute `loop.time()` value.',
    ['t = loop.time()', 'loop.call_at(t + 5, print, "at t+5")'], 'callbacks'),
  'asyncio.Queue': e('asyncio.Queue', 'A FIFO queue between tasks: `await q.get()` waits while it is empty, `await q.put(x)` while it is full (with `maxsize`). `q.task_done()` plus `await q.join()` waits until every item is processed.',
    ['q = asyncio.Queue(maxsize=10)', 'await q.put(item); item = await q.get()'], 'queues'),
  'asyncio.Lock': e('asyncio.Lock', 'A mutex for tasks: `async with lock:` lets one task in at a time; the others wait there. Not thread-safe.',
    ['async with lock:', '    balance += await fetch_amount()'], 'call-table'),
  'asyncio.Event': e('asyncio.Event', 'A flag tasks can wait on: `await event.wait()` suspends until some code calls `event.set()`.',
    ['await ready.wait()      # in one task', 'ready.set()             # in another: wakes all waiters'], 'call-table'),
  'asyncio.Semaphore': e('asyncio.Semaphore', 'Lets at most N tasks in at once: `async with sem:`. The usual way to limit a fan-out.',
    ['sem = asyncio.Semaphore(3)', 'async with sem: return await fetch(url)'], 'gather'),
  'asyncio.TaskGroup': e('asyncio.TaskGroup', 'Structured concurrency (3.11+): the `async with` block waits for all tasks created in the group; the first failure cancels the rest and raises an `ExceptionGroup`.',
    ['async with asyncio.TaskGroup() as tg:', '    tg.create_task(fetch(1)); tg.create_task(fetch(2))'], 'taskgroup'),
  'asyncio.get_event_loop': e('asyncio.get_event_loop', 'Inside a coroutine or callback it returns the running loop. From synchronous code with no running loop it is deprecated (3.10+) and may create a loop. Prefer `get_running_loop()`.',
    ['loop = asyncio.get_event_loop()     # old style', 'loop = asyncio.get_running_loop()   # inside async code'], 'call-table'),
  'asyncio.get_running_loop': e('asyncio.get_running_loop', 'Returns the loop running in this thread, or raises `RuntimeError` when none is running. Use it inside coroutines and callbacks.',
    ['loop = asyncio.get_running_loop()', 'fut = loop.create_future()'], 'callbacks'),
  'time.sleep (async)': e('time.sleep blocks the loop', 'Here, inside `async def`, it **blocks the whole event loop**: the thread sleeps, so no other task or callback runs. Use `await asyncio.sleep(...)`.',
    ['time.sleep(1)            # every task freezes for 1 s', 'await asyncio.sleep(1)   # only this coroutine waits'], 'sync-async'),
  'time.sleep': e('time.sleep', 'Blocks the current thread. Fine in synchronous code; never inside `async def`, where it would freeze the event loop.',
    ['time.sleep(1)                            # in sync code', 'await asyncio.to_thread(time.sleep, 1)  # from async code'], 'sync-async'),
};

/** Other spellings of the same concept. */
export const HOVER_ALIASES: Record<string, string> = {
  'asyncio.futures.Future': 'asyncio.Future', 'asyncio.TimeoutError': 'asyncio.wait_for',
  'asyncio.BoundedSemaphore': 'asyncio.Semaphore', 'asyncio.LifoQueue': 'asyncio.Queue', 'asyncio.PriorityQueue': 'asyncio.Queue',
  'Task.cancel': 'Future.cancel', 'Task.result': 'Future.result', 'Task.done': 'Future.done',
  'Task.add_done_callback': 'Future.add_done_callback',
};
