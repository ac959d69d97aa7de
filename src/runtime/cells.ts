// Notebook cells: each cell's code runs in the session namespace; a cell with top-level await is
// a coroutine run as a task on the session's event loop, which persists across cells, so tasks
// still pending when a cell ends go on when the loop next runs.
import { Coroutine, coroutine } from './py/generators';
import { None } from './py/object';
import { callMethod } from './py/attrs';
import { repr } from './py/protocols';
import { setDisplayHook } from './py/stmtHelpers2';
import { importModule } from './py/modules';

let loop: any;
let traceSink: unknown[] | undefined;

function sessionLoop(): any {
  if (!loop) {
    const asyncio = importModule('asyncio');
    loop = callMethod(asyncio, 'new_event_loop');
    callMethod(asyncio, 'set_event_loop', loop);
    loop.$session = true;
  }
  return loop;
}

export function resetCellLoop() { loop = undefined; traceSink = undefined; }
export function sessionLoopTime(): number {
  if (!loop) return 0;
  const t = callMethod(loop, 'time');
  return typeof t === 'number' ? t : t.v;
}
export function collectTrace(): unknown[] | undefined { const t = traceSink; traceSink = undefined; return t; }

/** Run one cell. A cell without top-level await runs with no loop running (so
 *  `asyncio.run(main())` works in it, as in a script); a cell that awaits runs as a Task on the
 *  session loop, which also keeps earlier cells' pending tasks going. */
export function runCellCode(thunk: () => any, o: { display?: (repr: string) => void; trace?: boolean; topLevelAwait: boolean; file?: string }) {
  setDisplayHook(v => o.display?.(repr(v)));
  const l = sessionLoop();
  callMethod(importModule('asyncio'), 'set_event_loop', l);
  l.$trace = o.trace ? (traceSink = []) : (traceSink = undefined);
  const r = thunk();
  if (!(r instanceof Coroutine)) return;
  if (!o.topLevelAwait) {
    const step = r.$send(undefined);
    if (!step.done) throw new Error('internal: a cell without top-level await suspended');
    return;
  }
  (r as any).$file = o.file; // the task view's trace names the cell a top-level-await task runs
  const task = callMethod(l, 'create_task', r);
  callMethod(l, 'run_until_complete', task);
  void None; void coroutine;
}
