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
  /** A task was created (`parent`: id of the task that was running then). */
  | { k: 'task'; id: number; name: string; coro: string; t: number; parent?: number }
  /** A task step begins (`line`: where the coroutine resumes, if known). */
  | { k: 'step'; id: number; t: number; line?: number }
  | { k: 'stepEnd'; id: number; t: number }
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
  /** The loop started / stopped running, or was closed. */
  | { k: 'loop'; t: number; phase: 'start' | 'stop' | 'close' };

export type TraceSink = TraceEvent[] | ((e: TraceEvent) => void);

/** Append one event to a sink. */
export function emit(sink: TraceSink, e: TraceEvent): void {
  if (Array.isArray(sink)) sink.push(e);
  else sink(e);
}

/** Sink used by loops created from now on (the sandbox sets it before running a program). */
let defaultSink: TraceSink | undefined;
export function setDefaultTrace(sink: TraceSink | undefined) { defaultSink = sink; }
export function defaultTrace(): TraceSink | undefined { return defaultSink; }
