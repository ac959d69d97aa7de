// "After a run": what really happened to the tasks of a coroutine function, told from the
// runtime's trace events (src/runtime/trace.ts), for hovers in a cell that ran on the kernel.
// Example: "Task-3 'fetch': created t=0.0, waited on sleep(2) until t=2.0, done t=2.0, result 42".
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
  for (const e of events) {
    if (!('id' in e) || e.id !== created.id) continue;
    if (e.k === 'wait') {
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
  return `${created.name} '${coroQualname(created.coro)}': ${parts.join(', ')}`;
}

/** The Markdown section appended to a hover, or '' when the run made no such task. */
export function lastRunSection(events: readonly TraceEvent[] | undefined, fnName: string | null): string {
  if (!events || !fnName) return '';
  const lines = taskStories(events, fnName);
  if (!lines.length) return '';
  return `\n\n**In the last run**\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}
