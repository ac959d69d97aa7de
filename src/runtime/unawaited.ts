// "RuntimeWarning: coroutine 'f' was never awaited". CPython reports it when the last reference
// to a coroutine that never started dies (refcounting): `warnings.warn(..., stacklevel=2,
// source=coro)` from the Python frame executing at that moment, so the "default" action shows it
// once per (message, line) of that frame's module, followed by the tracemalloc hint. With no
// Python frame left (interpreter exit) the location is `sys:1`.
//
// We cannot count references, so a coroutine's death is modelled where it is certain
// (py/discard.ts): a dropped statement value, a temporary handed to a builtin that keeps nothing,
// or a temporary held only by the frames of a call that raised, which die with the exception at
// the end of the `except` block that handles it (`releaseException`). Everything else is reported
// at program exit (lifecycle.ts), as `sys:1`.
import { Coroutine, unstarted } from './py/generators';
import { E, PyBaseException } from './py/exceptions';
import { sourceLine, Frame } from './py/traceback';
import { warnExplicit } from './lib/warnings';
import { moduleOfFile } from './lib/_frames';
import { traceNeverAwaited } from './traceUnawaited';

/** A Python position; line -1 is CPython's "no line number" (artificial instructions). */
export interface Where { file: string; line: number }

/** The one place the warning is emitted: `c` dies now, at `where` (none: no Python frame). */
export function warnUnawaited(c: Coroutine, where?: Where): void {
  if (!unstarted.delete(c)) return;
  (c as any).$fresh = undefined;
  const qualname = c.$fn?.$qualname ?? '?';
  traceNeverAwaited(qualname, where && where.line > 0 ? where : undefined);
  const msg = `coroutine '${qualname}' was never awaited`;
  try {
    if (!where) warnExplicit(msg, E.RuntimeWarning, 'sys', 1, 'sys', undefined, c);
    else warnExplicit(msg, E.RuntimeWarning, where.file, where.line, moduleOfFile(where.file), sourceLine(where.file, where.line), c);
  } catch {
    // An 'error' filter: CPython reports the exception as unraisable; not modelled.
  }
}

interface Held { coros: Coroutine[]; at: Frame }
const held = new WeakMap<PyBaseException, Held>();

/** `c` is now referenced only by the traceback frames of `e`, raised by a call made from the
 *  Python frame `at` (file and line of the call). */
export function holdInException(e: PyBaseException, c: Coroutine, at: Frame): void {
  const h = held.get(e);
  if (h && h.at.file === at.file && h.at.line === at.line) h.coros.push(c);
  else held.set(e, { coros: [c], at });
}

/** The `except` block handling `e` ends and deletes it: if it was caught in the frame of the call
 *  that raised it (nothing else, such as a Task, can have stored it on the way), the coroutines
 *  its traceback kept alive die now, reported at `where`. */
export function releaseException(e: PyBaseException, where: Where): void {
  const h = held.get(e);
  if (!h) return;
  held.delete(e);
  const top: Frame | undefined = (e as any).$frames?.[0];
  if (!top || top.file !== h.at.file || top.line !== h.at.line) return;
  for (const c of h.coros) warnUnawaited(c, where);
}
