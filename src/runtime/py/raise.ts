// raise / re-raise / except matching for translated code.
import { isClass, None, typeName, isTuple, PyClass } from './object';
import { E, pyErr, isPyException, toPyException, PyBaseException } from './exceptions';
import { call } from './call';
import { recordRaise, noteCaught, captureFrames, materialize, setHandledSource, noteCaughtLazily } from './traceback';

function instantiate(x: any, what: string): PyBaseException {
  if (isClass(x)) {
    const e = call(x);
    if (!isPyException(e)) throw pyErr(E.TypeError, `calling ${what} should have returned an instance of BaseException, not ${typeName(e)}`);
    return e;
  }
  if (isPyException(x)) return x;
  throw pyErr(E.TypeError, 'exceptions must derive from BaseException');
}

/** Exceptions being handled (sys.exc_info()), innermost last: pushed by caught(), popped by endExcept(). */
const handling: PyBaseException[] = [];
export function currentException(): PyBaseException | undefined { return handling[handling.length - 1]; }
setHandledSource(currentException);
export function endExcept(e: PyBaseException) {
  const i = handling.lastIndexOf(e);
  if (i >= 0) handling.splice(i, 1);
}
/** Push `e` as the exception being handled (except* pushes the matched subgroup). */
export function pushHandled(e: PyBaseException) { handling.push(e); }

/** Per-frame handled-exception state (CPython's gi_exc_state): what a suspended generator or
 *  coroutine was handling. */
export interface ExcStateOwner { $excState?: PyBaseException[] }
/** One step of a generator/coroutine body: its saved handled exceptions go back on the stack for
 *  the step (stepEnter, before it), and whatever it still handles when it yields or ends is taken
 *  off and saved again (stepLeave, after it, whether it returned or threw). Two calls rather than
 *  a wrapper taking a closure: this is every step of every coroutine. */
export function stepEnter(owner: ExcStateOwner): number {
  const mark = handling.length;
  const saved = owner.$excState;
  if (saved !== undefined) { handling.push(...saved); owner.$excState = undefined; }
  return mark;
}
export function stepLeave(owner: ExcStateOwner, mark: number) {
  if (handling.length > mark) owner.$excState = handling.splice(mark);
}
/** Forget handled exceptions (a Task step ends, a program ends). */
export function resetHandling() { handling.length = 0; }

/** `raise exc [from cause]`; the exception being handled becomes its __context__. */
export function raise(exc: any, cause?: any, context: any = currentException()): PyBaseException {
  const e = instantiate(exc, 'exception');
  if (cause !== undefined) {
    if (cause === None) e.__cause__ = None;
    else {
      if (!isClass(cause) && !isPyException(cause)) throw pyErr(E.TypeError, 'exception causes must derive from BaseException');
      e.__cause__ = instantiate(cause, 'cause');
    }
    e.__suppress_context__ = true;
  }
  if (context !== undefined && context !== None && context !== e && e.__context__ === None) e.__context__ = context;
  recordRaise(e, raise);
  return e;
}

/** Bare `raise` inside an except block: the same exception, traceback unchanged. */
export function reraise(e: any = currentException()): PyBaseException {
  if (e === undefined || e === None) return pyErr(E.RuntimeError, 'No active exception to reraise');
  resumeFrames(e, reraise);
  return e;
}

/** A caught exception thrown on from the frame that caught it: its traceback starts at this
 *  frame; the callers' frames are put back in front, so an outer catch trims it correctly. */
export function resumeFrames(e: PyBaseException, skip: Function) {
  const fr = e.$frames;
  if (!fr || !fr.length) return;
  const here = captureFrames(skip);
  const cur = here[here.length - 1];
  if (here.length > 1 && cur.file === fr[0].file && cur.name === fr[0].name) e.$frames = here.slice(0, -1).concat(fr);
}

/** First thing in a translated `catch`: a Python exception, trimmed to this frame. */
export function caught(x: any): PyBaseException {
  const e = toPyException(x);
  if (!noteCaughtLazily(e, caught)) {
    materialize(e);
    if (e.$frames === undefined) recordRaise(e, caught);
    noteCaught(e, true, caught);
  }
  handling.push(e);
  return e;
}

function checkClass(C: any): PyClass {
  if (!isClass(C) || !C.$mro.includes(E.BaseException)) {
    throw pyErr(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return C;
}
/** `except T` / `except (T1, T2)` */
export function matches(e: PyBaseException, T: any): boolean {
  if (isTuple(T)) { for (const C of T) if (matches(e, C)) return true; return false; }
  const C = checkClass(T);
  return e.$cls === C || e.$cls.$mro.includes(C);
}
