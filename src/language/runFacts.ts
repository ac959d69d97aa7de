// "After a run": what really happened to the tasks of a coroutine function, told from the
// runtime's trace events (src/runtime/trace.ts), for hovers in a cell that ran on the kernel.
// Example: "Task-3 'fetch': created t=0.0, waited on sleep(2) until t=2.0, done t=2.0, result 42",
// or, for a call whose coroutine object was dropped, "this coroutine object was never awaited".
import type { TraceEvent } from '../runtime/trace';

const MAX_WAITS = 3;
const MAX_TASKS = 5;

function time(t: number): string {
  return Number.isInteger(t) ? t.toFixed(1) : String(Number(t.toFixed(3)));
}

/** `fetch() running at x.py:3` → `fetch`; `Worker.step()` → `Worker.step`. */
function coroQualname(coro: string): string {
  const i = coro.indexOf('(');
  return i < 0 ? coro : coro.slice(0, i);
}

function matches(coro: string, fnName: string): boolean {
  const q = coroQualname(coro);
  return q === fnName || q.endsWith(`.${fnName}`);
}

/** One line per task (at most five) whose coroutine came from the function `fnName`. */
export function taskStories(events: readonly TraceEvent[], fnName: string): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.k !== 'task' || !matches(e.coro, fnName)) continue;
    if (out.length === MAX_TASKS) { out.push('…'); break; }
    out.push(story(events, e));
  }
  return out;
}

function story(events: readonly TraceEvent[], created: Extract<TraceEvent, { k: 'task' }>): string {
  const parts = [`created t=${time(created.t)}`];
  let waits = 0;
  let pending: string | null = null;
  let end = 'still pending';
  let name = created.name;
  for (const e of events) {
    if (!('id' in e) || e.id !== created.id) continue;
    if (e.k === 'name') {
      name = e.name;
    } else if (e.k === 'wait') {
      pending = e.on.desc;
    } else if (e.k === 'wake' && pending !== null) {
      if (waits++ < MAX_WAITS) parts.push(`waited on ${pending} until t=${time(e.t)}`);
      pending = null;
    } else if (e.k === 'done') {
      end = `done t=${time(e.t)}${e.result !== undefined ? `, result ${e.result}` : ''}`;
    } else if (e.k === 'cancelled') {
      end = `cancelled t=${time(e.t)}`;
    } else if (e.k === 'failed') {
      end = `failed t=${time(e.t)}${e.exc ? `: ${e.exc}` : ''}`;
    }
  }
  if (waits > MAX_WAITS) parts.push(`and ${waits - MAX_WAITS} more waits`);
  if (pending !== null && end === 'still pending') parts.push(`waiting on ${pending}`);
  parts.push(end);
  return `${name} '${coroQualname(created.coro)}': ${parts.join(', ')}`;
}

/** Where the hover is: the file name the cell ran under and, on a call, the call's line. */
export interface HoverSite { file?: string; line?: number }

type Unawaited = Extract<TraceEvent, { k: 'unawaited' }>;

function sameFile(e: Unawaited, file: string | undefined): boolean {
  return e.file === undefined || file === undefined || e.file === file;
}

/** Lines about coroutine objects of `fnName` that were never awaited: on a call (`site.line`), the
 *  one that call made (dropped on the call's line); otherwise every one, with the warning's line. */
export function neverAwaitedStories(events: readonly TraceEvent[], fnName: string, site: HoverSite = {}): string[] {
  const found = events.filter((e): e is Unawaited => e.k === 'unawaited' && matches(e.coro, fnName));
  if (site.line !== undefined) {
    const here = found.filter((e) => e.line === site.line && sameFile(e, site.file));
    if (!here.length) return [];
    const times = here.length > 1 ? ` (${here.length} times)` : '';
    return [`this coroutine object was never awaited${times}, so the body of \`${fnName}\` never ran (RuntimeWarning at t=${time(here[0].t)})`];
  }
  const counts = new Map<string, number>();
  for (const e of found) {
    const place = e.line === undefined ? '' : sameFile(e, site.file) ? ` (RuntimeWarning at line ${e.line})` : ` (RuntimeWarning at ${e.file} line ${e.line})`;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts].slice(0, MAX_TASKS).map(([place, n]) =>
    n > 1 ? `${n} coroutine objects were never awaited${place}` : `a coroutine object was never awaited${place}`);
}

/** The trace once the cell was edited after its run: lines may have moved, so never-awaited
 *  objects are no longer tied to a line (tasks are told by function name and stay). */
export function withoutLines(events: readonly TraceEvent[]): TraceEvent[] {
  return events.map((e) => (e.k === 'unawaited' && e.line !== undefined ? { k: e.k, t: e.t, coro: e.coro } : e));
}

/** The Markdown section appended to a hover, or '' when the run made no such task. On a call of
 *  `fnName` (`site.line`), only a never-awaited object made by that very call is told. */
export function lastRunSection(events: readonly TraceEvent[] | undefined, fnName: string | null, site?: HoverSite): string {
  if (!events || !fnName) return '';
  const lines = [...neverAwaitedStories(events, fnName, site), ...taskStories(events, fnName)];
  if (!lines.length) return '';
  return `\n\n**In the last run**\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}
