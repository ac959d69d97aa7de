// Program start/finish hooks: fresh interpreter state before a run (clock at 0.0, random seeded
// with 0, no loop), and CPython's end-of-run warnings afterwards.
import { unstarted, Coroutine } from './py/generators';

export interface ProgramOptions { clock: 'virtual' | 'real' }
type Hook = (o: ProgramOptions) => void;
const starts: Hook[] = [];
const finishes: Array<(status: number) => number | void> = [];

export function onProgramStart(h: Hook) { starts.push(h); }
export function onProgramFinish(h: (status: number) => number | void) { finishes.push(h); }

let current: ProgramOptions = { clock: 'virtual' };
export function programOptions() { return current; }

export function startProgram(o: ProgramOptions) {
  current = o;
  unstarted.clear();
  for (const h of starts) h(o);
}

export function finishProgram(status: number): number {
  for (const h of finishes) { const r = h(status); if (typeof r === 'number') status = r; }
  for (const c of [...unstarted]) warnNeverAwaited(c);
  unstarted.clear();
  return status;
}

/** "RuntimeWarning: coroutine 'f' was never awaited"; no location: `sys:1`. The single emitter
 *  (which also records the trace event for hovers) is `warnUnawaited` in unawaited.ts. */
export function warnNeverAwaited(c: Coroutine, where?: { file: string; line: number }) {
  // Loaded lazily: unawaited.ts uses the warnings module, which registers a start hook here.
  require('./unawaited').warnUnawaited(c, where);
}
