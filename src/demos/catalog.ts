// The demo notebooks offered by "Asyncio Lab: Open Demo…" (pure data: no vscode import).
// `file` is relative to the extension's `demos/` folder. `simulated` marks demos whose I/O runs on
// the documented aiohttp/aiofiles simulation instead of a real network and disk.

export interface DemoEntry {
  id: string;
  title: string;
  description: string;
  file: string;
  simulated?: boolean;
}

export const DEMOS: readonly DemoEntry[] = [
  { id: 'coroutines', title: 'Coroutine functions, objects and Tasks', file: '01-coroutines.ipynb',
    description: 'Calling an async def runs nothing; await runs it now, create_task schedules it.' },
  { id: 'sleep-zero', title: 'sleep(0) and giving up control', file: '02-sleep-zero.ipynb',
    description: 'The loop only switches tasks at a suspending await; it cannot interrupt running code.' },
  { id: 'atomic', title: 'Synchronous code is atomic between awaits', file: '03-atomic.ipynb',
    description: 'A fetcher and a monitor share a list: the printed length is always a multiple of ten.' },
  { id: 'stew-and-salad', title: 'Stew and salad: sequential vs gather', file: '04-stew-and-salad.ipynb',
    description: 'Cook two dishes one after the other, then both at once, and compare the timings.' },
  { id: 'futures', title: 'Futures', file: '05-futures.ipynb',
    description: 'set_result, set_exception, callbacks, result() too early: a Future is done only once.' },
  { id: 'future-vs-promise', title: 'Future vs JavaScript Promise and jQuery Deferred', file: '06-future-vs-promise.ipynb',
    description: 'The same ideas side by side: resolve/set_result, then/add_done_callback, $.when/gather.' },
  { id: 'call-soon-later-at', title: 'call_soon, call_later and call_at', file: '07-call-soon-later-at.ipynb',
    description: 'Schedule plain functions on the loop and see the order in which they run.' },
  { id: 'sync-and-async', title: 'Mixing sync and async code', file: '08-sync-and-async.ipynb',
    description: 'time.sleep blocks the loop; run_in_executor and to_thread do not. Threads vs processes.' },
  { id: 'io-concurrency', title: 'I/O concurrency with aiohttp and aiofiles (simulated)', file: '09-io-concurrency.ipynb', simulated: true,
    description: 'Fetch pages one by one and all at once on the simulated network, then save them.' },
  { id: 'cancellation', title: 'Cancellation and timeouts', file: '10-cancellation.ipynb',
    description: 'cancel, wait_for, asyncio.timeout and shield, with cleanup in finally.' },
  { id: 'queues', title: 'Queues: producers and consumers', file: '11-queues.ipynb',
    description: 'A bounded queue slows a fast producer down; join waits for every item to be served.' },
  { id: 'taskgroup', title: 'TaskGroup and exception groups', file: '12-taskgroup.ipynb',
    description: 'One failure cancels the group; except* takes the ExceptionGroup apart.' },
  { id: 'call-table', title: 'Who can call what, and how', file: '13-call-table.ipynb',
    description: 'Plain call, run, await, call_soon, create_task/ensure_future, run_in_executor, as cells.' },
];

/** The demo that `npm run demo` runs (a copy of the stew-and-salad demo). */
export const KITCHEN_DEMO_FILE = 'kitchen.ipynb';

export function findDemo(id: string): DemoEntry | undefined {
  return DEMOS.find(d => d.id === id);
}
