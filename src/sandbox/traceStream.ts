// Live trace for the task view: while a cell runs on the real clock, the worker sends the loop's
// trace events to the host as they happen, in batches: one message at least every INTERVAL_MS
// while events come (so the view can update 10+ times a second), never more than MAX_EVENTS
// events per message (a burst becomes several messages), and every event exactly once, in order.
// Pending events are also sent before the worker blocks (a real-clock sleep) and when the run ends.
import { setTraceTap, TraceEvent } from '../runtime/trace';

export const INTERVAL_MS = 50;
export const MAX_EVENTS = 2000;

export class TraceBatcher {
  private buf: TraceEvent[] = [];
  private last: number;

  constructor(private readonly post: (events: TraceEvent[]) => void, private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = INTERVAL_MS, private readonly maxEvents = MAX_EVENTS) {
    this.last = now();
  }

  push(e: TraceEvent) {
    this.buf.push(e);
    if (this.buf.length >= this.maxEvents || this.now() - this.last >= this.intervalMs) this.flush();
  }

  /** Send what is pending (if anything). */
  flush() {
    this.last = this.now();
    if (!this.buf.length) return;
    const events = this.buf;
    this.buf = [];
    this.post(events);
  }
}

let live: TraceBatcher | undefined;

/** Start streaming every recorded trace event through `post` (batched). */
export function startLiveTrace(post: (events: TraceEvent[]) => void) {
  const b = new TraceBatcher(post);
  live = b;
  setTraceTap(e => b.push(e));
}
/** Send pending events now (the worker is about to block). */
export function flushLiveTrace() { live?.flush(); }
/** Send the rest and stop streaming. */
export function stopLiveTrace() {
  live?.flush();
  live = undefined;
  setTraceTap(undefined);
}
