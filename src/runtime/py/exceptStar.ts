// `except*` (PEP 654): CPython 3.11's CHECK_EG_MATCH and _PyExc_PrepReraiseStar. Emitted code:
//   } catch ($e) {
//     const $eg = $.exceptStar($e);
//     if ($eg.match(T)) { try { e = $eg.group; ... } catch ($e) { $eg.raised($e); } finally { $eg.endHandler(); } }
//     ...
//     $eg.reraise();
//   }
import { None, isTuple, isClass } from './object';
import { E, pyErr, PyBaseException, toPyException } from './exceptions';
import { caught, endExcept, pushHandled, resumeFrames } from './raise';
import { recordRaise, noteCaught, captureFrames } from './traceback';
import { isGroup, splitByType, splitRecursive, leaves, createGroup } from './exceptionGroup';
import { tuple } from './object';

function checkStarType(T: any) {
  const types = isTuple(T) ? Array.from(T) : [T];
  for (const C of types) {
    if (!isClass(C) || !C.$mro.includes(E.BaseException)) {
      throw pyErr(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const C of types) {
    if (C.$mro.includes(E.BaseExceptionGroup)) {
      throw pyErr(E.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

function isInstanceOf(e: PyBaseException, T: any): boolean {
  const types = isTuple(T) ? Array.from(T) : [T];
  return types.some((C: any) => e.$cls.$mro.includes(C));
}

export class ExceptStar {
  /** The matched subgroup of the current handler (bound to the `as` name). */
  group: any = None;
  private rest: PyBaseException | undefined;
  private readonly raisedList: PyBaseException[] = [];
  private handling: PyBaseException | undefined;
  private groupFrames: any;
  constructor(private readonly orig: PyBaseException) { this.rest = orig; }

  /** CHECK_EG_MATCH against the unhandled rest. */
  match(T: any): boolean {
    try { checkStarType(T); } catch (err) { endExcept(this.orig); throw err; }
    const exc = this.rest;
    if (exc === undefined) return false;
    let match: PyBaseException | undefined;
    let rest: PyBaseException | undefined;
    if (isInstanceOf(exc, T)) {
      if (isGroup(exc)) match = exc;
      else match = createGroup(tuple([exc]));   // CPython 3.11 gives the wrapper no traceback
    } else if (isGroup(exc)) {
      ({ match, rest } = splitByType(exc, T));
    } else {
      return false;
    }
    if (match === undefined) return false;
    this.rest = rest;
    this.group = match;
    this.groupFrames = match.$frames;
    this.handling = match;
    pushHandled(match);
    return true;
  }

  /** An exception raised by a handler body. */
  raised($e: any) {
    const e = toPyException($e);
    // A bare `raise` of the matched group leaves its traceback as it was (CPython's RERAISE).
    if (e === this.group) e.$frames = this.groupFrames;
    if (e.$frames === undefined && e !== this.group) recordRaise(e, this.raised);
    noteCaught(e, true, this.raised);
    this.raisedList.push(e);
  }

  endHandler() {
    if (this.handling !== undefined) endExcept(this.handling);
    this.handling = undefined;
  }

  /** Re-raise what is left: _PyExc_PrepReraiseStar(orig, [...raised, rest]). */
  reraise(): void {
    endExcept(this.orig);
    const excs: PyBaseException[] = [...this.raisedList];
    if (this.rest !== undefined) excs.push(this.rest);
    const r = prepReraiseStar(this.orig, excs);
    if (r === undefined) return;
    if (!r.$frames?.length) {
      // A new group: like RERAISE, it gets no entry for this frame, only the callers'.
      r.$frames = captureFrames(this.reraise).slice(0, -1);
    } else {
      resumeFrames(r, this.reraise);
    }
    throw r;
  }
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.__notes__ === b.__notes__ && a.$frames === b.$frames && a.__cause__ === b.__cause__ && a.__context__ === b.__context__;
}

/** _PyExc_PrepReraiseStar (CPython 3.11). */
export function prepReraiseStar(orig: PyBaseException, excs: PyBaseException[]): PyBaseException | undefined {
  if (!excs.length) return undefined;
  if (!isGroup(orig)) return excs[0];
  const raised: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of excs) (sameMetadata(e, orig) ? reraised : raised).push(e);
  let reraisedEg: PyBaseException | undefined;
  if (reraised.length) {
    const keep = new Set<any>();
    for (const e of reraised) leaves(e, keep);
    reraisedEg = splitRecursive(orig, (x) => !isGroup(x) && keep.has(x), false).match;
  }
  if (!raised.length) return reraisedEg;
  if (reraisedEg !== undefined) raised.push(reraisedEg);
  return raised.length > 1 ? createGroup(raised) : raised[0];
}

/** Start of an `except*` clause list: the state object the emitted handlers use. */
export function exceptStar($e: any): ExceptStar {
  return new ExceptStar(caught($e));
}
