// A typed event stream of what the event loop does, for the task view / timeline. Recording is
// off unless `loop.$trace` is set; every producer checks that one field first.

export type WaitKind = 'future' | 'sleep' | 'queue' | 'lock' | 'event' | 'task' | 'condition' | 'semaphore' | 'barrier' | 'gather' | 'thread';

export interface WaitTarget {
  kind: WaitKind;
  /** Human-readable description (e.g. "sleep(1)", "Queue.get()", "<Future pending>"). */
  desc: string;
  /** Deadline (loop time) for timed waits. */
  until?: number;
  /** Id of the task waited on, when the awaited thing is a task. */
  target?: number;
}

export type TraceEvent =
  /** A task was created (`parent`: id of the task that was running then; `file`: the notebook
   *  cell of a cell's top-level-await task, whose coroutine repr names no file). */
  | { k: 'task'; id: number; name: string; coro: string; t: number; parent?: number; file?: string }
  /** A task step begins (`line`: where the coroutine resumes, if known). */
  | { k: 'step'; id: number; t: number; line?: number }
  | { k: 'stepEnd'; id: number; t: number }
  /** Task.set_name() renamed a task (also right after `create_task(name=...)`). */
  | { k: 'name'; id: number; t: number; name: string }
  /** The task suspended on something. */
  | { k: 'wait'; id: number; t: number; on: WaitTarget }
  /** The thing a task waited on completed (`by`: id of the task that completed it, if any). */
  | { k: 'wake'; id: number; t: number; by?: number }
  | { k: 'done'; id: number; t: number; result?: string }
  | { k: 'cancelled'; id: number; t: number; reason?: string }
  | { k: 'failed'; id: number; t: number; exc?: string }
  /** A timer was scheduled / fired. */
  | { k: 'timer'; t: number; when: number; cb: string }
  | { k: 'fire'; t: number; when: number; cb: string }
  /** A plain callback (not a task step) ran. */
  | { k: 'cb'; t: number; desc: string }
  /** time.sleep() on the loop thread blocked the loop. */
  | { k: 'block'; t: number; dur: number; line?: number }
  /** Executor (virtual thread) jobs. */
  | { k: 'thread'; t: number; phase: 'submit' | 'start' | 'sleep' | 'end'; thread: string; job: number; desc: string; until?: number }
  /** A coroutine object was dropped without ever being awaited (CPython's "coroutine 'f' was
   *  never awaited" RuntimeWarning). `coro`: the coroutine function's qualname; `file`/`line`:
   *  the line the warning names (where the object was dropped, usually the call that made it);
   *  none at program exit (`sys:1`). */
  | { k: 'unawaited'; t: number; coro: string; file?: string; line?: number }
  /** The loop started / stopped running, or was closed. */
  | { k: 'loop'; t: number; phase: 'start' | 'stop' | 'close' };

export type TraceSink = TraceEvent[] | ((e: TraceEvent) => void);

/** Append one event to a sink (and hand it to the live tap, if one is set). */
export function emit(sink: TraceSink, e: TraceEvent): void {
  // Recorded strings live until the run ends, so keep them compact: many tasks share one
  // coroutine description, and a formatted callback is a rope of its pieces (see compact()).
  if (e.k === 'task') e.coro = interned(e.coro);
  else if (e.k === 'cb') e.desc = compact(e.desc);
  if (Array.isArray(sink)) sink.push(e);
  else sink(e);
  if (tap !== undefined) tap(e);
}

/** Live streaming (sandbox/traceStream.ts): also sees every event recorded into any sink. */
let tap: ((e: TraceEvent) => void) | undefined;
export function setTraceTap(f: ((e: TraceEvent) => void) | undefined) { tap = f; }

/** Sink used by loops created from now on (the sandbox sets it before running a program). */
let defaultSink: TraceSink | undefined;
export function setDefaultTrace(sink: TraceSink | undefined) { defaultSink = sink; }
export function defaultTrace(): TraceSink | undefined { return defaultSink; }

// V8 keeps `a + b` as a rope of its parts and a slice of 13+ characters as a view of its whole
// parent (reprlib's truncation slices a full repr), so a kept formatted string can hold several
// objects and a long hidden string alive: scavenges then copy them all, for every event.
// Converting to a number makes V8 flatten the string in place; the pieces become garbage.
let sinkNum = 0;
function compact(s: string): string {
  sinkNum += +s | 0;
  return s;
}
/** A shared copy of a string that recurs (the same coroutine description for 100k tasks). */
const pool = new Map<string, string>();
function interned(s: string): string {
  const got = pool.get(s);
  if (got !== undefined) return got;
  if (pool.size >= 4096) pool.clear();
  pool.set(s, s);
  return s;
}
