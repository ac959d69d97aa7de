// Cooperative interruption: translated loops call tick() on each back-edge; every few thousand
// ticks it polls the host's interrupt flag and raises KeyboardInterrupt. The event loop polls
// between callbacks. Costs one decrement per back-edge.
import { E, pyErr } from './py/exceptions';
import { recordRaise } from './py/traceback';

export interface InterruptSource { poll(): boolean; sleep(ms: number): void; flush(): void }
let source: InterruptSource | undefined;
export function setInterruptSource(s: InterruptSource) { source = s; }
export function interruptSource() { return source; }

const BUDGET = 4096;
let budget = BUDGET;

export function tick(): void {
  if (--budget > 0) return;
  budget = BUDGET;
  checkInterrupt();
}

export function checkInterrupt(): void {
  if (source && source.poll()) {
    const e = pyErr(E.KeyboardInterrupt);
    recordRaise(e);
    throw e;
  }
}

/** Block the thread for a real-clock wait (wakes early on interrupt). */
export function realSleep(ms: number): void {
  if (ms <= 0) return;
  if (source) { source.sleep(ms); return; }
  const a = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(a, 0, 0, ms);
}
