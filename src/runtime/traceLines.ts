// The Python line a task resumes at, for the trace's `step` events. Translated coroutines do not
// record their line on every await, so it is looked up from the suspended JS generator
// (host.coroLocation → traceback.suspendedLine, through V8's inspector). That costs tens of
// microseconds, so lookups get a time budget: at most BUDGET_MS of every WINDOW_MS of run time;
// past it a step has no line (the task view then shows none) until the window rolls over.
// 3% (about a thousand lookups a second) covers programs a person steps through in the view, and
// keeps a 100k-task trace within issue 7's "recording costs <= 30%" (10% was a third of it).
import { host } from './eventsHost';
import { suspendedLine } from './py/traceback';

const WINDOW_MS = 1000;
const BUDGET_MS = 30;
let windowStart = 0;
let spent = 0;

export function stepLine(coro: any): number | undefined {
  if (coro === undefined || coro === null) return undefined;
  if (coro.$lineno !== undefined) return coro.$lineno;
  // Only a suspended coroutine (state 2) needs the inspector; a created one starts at its def line,
  // which coroLocation reads from the function for free (no budget spent).
  if (coro.$state !== 2 && coro.$file === undefined) return host.coroLocation(coro)?.lineno;
  const now = performance.now();
  if (now - windowStart > WINDOW_MS) { windowStart = now; spent = 0; }
  if (spent > BUDGET_MS) return undefined;
  try {
    // A notebook cell's top-level-await coroutine knows only its cell (runtime/cells.ts).
    if (coro.$file !== undefined) return coro.$state === 2 && coro.$gen ? suspendedLine(coro.$gen, coro.$file) : undefined;
    return host.coroLocation(coro)?.lineno;
  } finally {
    spent += performance.now() - now;
  }
}
