// The clock behind loop.time(), time.monotonic()/perf_counter()/time()/sleep() (see
// test/oracle/README.md). Virtual (default): starts at 0.0, jumps to the next timer when the loop
// has nothing ready; time.sleep on the loop thread advances it. Real: wall-clock seconds since
// start, and waiting really blocks the thread (Atomics.wait), so the loop stays synchronous.
import { realSleep, checkInterrupt } from './interrupt';
import { runningLoopOrUndefined } from './events';
import { emit } from './trace';

export const EPOCH = 1_700_000_000.0;
/** time.get_clock_info('monotonic').resolution on Linux. */
export const CLOCK_RESOLUTION = 1e-9;
/** base_events.MAXIMUM_SELECT_TIMEOUT */
export const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

export type ClockMode = 'virtual' | 'real';

/** A virtual worker thread (executor.ts) that is running right now: time and sleep are its own. */
export interface ActiveThread { now(): number; sleep(seconds: number): void; name: string }

interface ClockState {
  mode: ClockMode;
  now: number;
  realStart: number;
  thread: ActiveThread | undefined;
  /** Blocks the calling thread for `seconds` in real mode (the sandbox may install an
   *  interruptible version). */
  realWait: (seconds: number) => void;
}

function defaultRealWait(seconds: number) {
  if (seconds > 0) realSleep(seconds * 1000);
}

export const clock: ClockState = {
  mode: 'virtual', now: 0, realStart: performance.now(), thread: undefined, realWait: defaultRealWait,
};

/** Fresh interpreter: virtual time back to 0.0 (or a new real epoch). */
export function resetClock(mode: ClockMode = clock.mode) {
  clock.mode = mode;
  clock.now = 0;
  clock.realStart = performance.now();
  clock.thread = undefined;
}
export function setRealWait(f: (seconds: number) => void) { clock.realWait = f; }

/** threading.current_thread().name */
export function currentThreadName(): string { return clock.thread?.name ?? 'MainThread'; }

/** The loop thread's clock (loop.time()). */
export function loopTime(): number {
  return clock.mode === 'virtual' ? clock.now : (performance.now() - clock.realStart) / 1000;
}

/** time.monotonic() / perf_counter() as seen by the calling (virtual) thread. */
export function monotonic(): number {
  const t = clock.thread;
  return t !== undefined ? t.now() : loopTime();
}
/** time.time() */
export function wallTime(): number {
  return clock.mode === 'virtual' ? EPOCH + monotonic() : Date.now() / 1000;
}

/** time.sleep(seconds): in a worker it costs that worker virtual time; on the loop thread it
 *  blocks the loop (virtual: the clock jumps; real: the thread blocks). */
export function sleepBlocking(seconds: number) {
  if (seconds <= 0 && clock.thread === undefined) return;
  const t = clock.thread;
  if (t !== undefined) { t.sleep(seconds); return; }
  const loop = runningLoopOrUndefined();
  if (loop !== undefined && loop.$trace !== undefined) emit(loop.$trace, { k: 'block', t: loopTime(), dur: seconds });
  if (clock.mode === 'virtual') clock.now += seconds;
  else clock.realWait(seconds);
}

/** The selector's wait, as the oracle's VirtualSelector.select(timeout) does it. `timeout` is
 *  never undefined here (blocking forever is handled by the loop). */
export function selectWait(timeout: number, firstWhen: number | undefined) {
  if (timeout <= 0) return;
  if (clock.mode === 'virtual') {
    if (firstWhen !== undefined && firstWhen - clock.now <= timeout + 1e-6) {
      if (firstWhen > clock.now) clock.now = firstWhen;
    } else if (timeout > 0) {
      clock.now += timeout;
    }
    return;
  }
  clock.realWait(timeout);
  checkInterrupt();
}
