// Program start/finish hooks: fresh interpreter state before a run (clock at 0.0, random seeded
// with 0, no loop), and CPython's end-of-run warnings afterwards.
import { unstarted, Coroutine } from './py/generators';
import { writeErr } from './py/io';
import { sourceLine } from './py/traceback';

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
  warned.clear();
  for (const h of starts) h(o);
}

export function finishProgram(status: number): number {
  for (const h of finishes) { const r = h(status); if (typeof r === 'number') status = r; }
  for (const c of [...unstarted]) warnNeverAwaited(c);
  unstarted.clear();
  return status;
}

const warned = new Set<string>();
/** "RuntimeWarning: coroutine 'f' was never awaited", once per location as the warnings module does. */
export function warnNeverAwaited(c: Coroutine, where?: { file: string; line: number }) {
  unstarted.delete(c);
  const name = c.$fn?.$qualname ?? '?';
  const loc = where ?? (c as any).$where;
  const key = `${name}@${loc?.file}:${loc?.line}`;
  if (warned.has(key)) return;
  warned.add(key);
  let s = loc ? `${loc.file}:${loc.line}: RuntimeWarning: coroutine '${name}' was never awaited\n` : `sys:1: RuntimeWarning: coroutine '${name}' was never awaited\n`;
  const text = loc ? sourceLine(loc.file, loc.line) : undefined;
  if (text !== undefined && text.trim()) s += `  ${text.trim()}\n`;
  s += 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';
  writeErr(s);
}
