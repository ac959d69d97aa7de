// The clock seen by `time`, `logging`, `datetime` and `threading`. It is a thin view of the event
// loop's clock (src/runtime/eventsClock.ts, owned by the asyncio engine), so that there is exactly
// one clock in the process.
//
// Contract (test/oracle/oracle.py): loop.time() == time.monotonic() == time.perf_counter() ==
// clock.now(), starting at 0.0; time.time() == EPOCH + clock.now(). Nothing really sleeps:
// time.sleep(s) on the loop thread advances the clock by s at once (it still blocks the loop),
// and inside an executor job it costs that job s virtual seconds (eventsClock's ActiveThread).
import * as ev from '../eventsClock';

export const EPOCH = ev.EPOCH;

export interface Clock {
  now(): number;
  sleepBlocking(s: number): void;
}

export const clock = {
  /** time.monotonic() for the calling (virtual) thread. */
  now(): number { return ev.monotonic(); },
  /** time.time() */
  wall(): number { return ev.wallTime(); },
  sleepBlocking(s: number): void { ev.sleepBlocking(s); },
  /** Name of the (virtual) thread running now: 'MainThread' on the loop. */
  threadName(): string { return ev.clock.thread?.name ?? 'MainThread'; },
  /** Whether a virtual worker thread (executor job) is running. */
  inWorker(): boolean { return ev.clock.thread !== undefined; },
};

/** Python's round() for doubles to an integer (ties to even), as a JS number. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return (Math.abs(x % 1) === 0.5 && r % 2 !== 0) ? r - 1 : r;
}

/** int(round(now * 1e9)) as the oracle computes it (the *_ns clocks), as a bigint. */
export function nowNs(): bigint { return BigInt(roundHalfEven(clock.now() * 1e9)); }
export function wallNs(): bigint {
  if (ev.clock.mode === 'real') return BigInt(Math.round(Date.now())) * 1_000_000n;
  return BigInt(Math.trunc(EPOCH)) * 1_000_000_000n + nowNs();
}
