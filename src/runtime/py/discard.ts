// Where a value produced by a call dies at once, as CPython frees it (see ../unawaited.ts):
// - `$.discard(value, line, file)`: an expression statement drops a call's value. A coroutine that
//   never started is reported now; a task nobody references may later report "Task exception was
//   never retrieved" (tasks.ts `$unref`).
// - `$.callFresh(f, ...args)`: a call in argument or operand position whose value is a fresh
//   coroutine (f is a coroutine function, so the temporary is its only reference); the
//   consumer below decides when that reference dies:
// - `$.callT(line, file, f, ...args)` / `$.callKwT(line, file, f, pos, kw)`: a call with such
//   arguments. After a builtin that keeps nothing (print, type, repr...) returns, they die at
//   the call's line. When the call raises: if the callee ran as a Python frame (a translated
//   function, or an asyncio function CPython writes in Python) that frame holds them until the
//   exception dies; otherwise (a C function, arguments that do not bind) they die now.
//   Any other callee may keep them: they are no longer tracked.
// - `$.opT(op, a, b, line, file)`: a binary operation or comparison (`f() is f()`) drops both
//   operands when it is done, left first; `$.truthyT(v, line, file)`: a truth test (`if f():`).
// - `$.excDone(e, line, file)`: the end of an `except` block whose exception nothing else kept.
import { Coroutine, unstarted } from './generators';
import { call, callKw } from './call';
import { captureFrames } from './traceback';
import { E, isPyException, PyBaseException } from './exceptions';
import { typeOf } from './object';
import { is, isNot, truthy } from './protocols';
import { warnUnawaited, holdInException, releaseException } from '../unawaited';

export function discard(value: any, line: number, file: string): void {
  if (value === null || typeof value !== 'object') return;
  if (value instanceof Coroutine) {
    if (unstarted.has(value)) warnUnawaited(value, { file, line });
    return;
  }
  // A Task (a Future with a coroutine): nobody holds it once the statement is done.
  if (value.$isFuture === true && value._coro !== undefined) value.$unref = true;
}

function isCoroutineFunction(f: any): boolean {
  return typeof f === 'function' && (f.$kind === 'coroutine' || (f.$bound !== undefined && f.$func?.$kind === 'coroutine'));
}

/** A call whose value is a temporary: marked fresh when it is a new coroutine. */
export function callFresh(f: any, ...args: any[]): any {
  const r = call(f, ...args);
  if (r instanceof Coroutine && unstarted.has(r) && isCoroutineFunction(f)) (r as any).$fresh = true;
  return r;
}

function isFresh(v: any): v is Coroutine {
  return v instanceof Coroutine && (v as any).$fresh === true;
}

let keepNothing: Set<any> | undefined;
/** Builtins that look at their arguments and keep no reference to them. */
function keepsNothing(f: any): boolean {
  if (!keepNothing) {
    const b = require('./builtins').makeBuiltins();
    keepNothing = new Set(['print', 'repr', 'ascii', 'str', 'type', 'bool', 'len', 'id', 'hash', 'format',
      'isinstance', 'issubclass', 'callable'].map((k) => b[k]).filter((x) => x !== undefined));
  }
  return keepNothing.has(f);
}

function afterCall(f: any, args: any[], line: number, file: string): void {
  const dies = keepsNothing(f);
  for (const a of args) {
    if (!isFresh(a)) continue;
    (a as any).$fresh = undefined;
    if (dies) warnUnawaited(a, { file, line });
  }
}

/** asyncio callables taking coroutines that CPython implements in Python (so a frame holds the
 *  coroutine while the exception lives); `_asyncio`'s C parts (Task(), Future) are not here. */
const PYTHON_LEVEL = new Set(['run', 'Runner.run', 'create_task', 'ensure_future', 'wait', 'wait_for', 'gather',
  'shield', 'as_completed', 'run_coroutine_threadsafe', 'BaseEventLoop.run_until_complete',
  'BaseEventLoop.create_task', 'TaskGroup.create_task']);

/** Did calling `f` get as far as a Python frame (which holds its arguments)? */
function ranAsPythonFrame(f: any, e: PyBaseException): boolean {
  const fn = typeof f === 'function' && f.$bound !== undefined && f.$func !== undefined ? f.$func : f;
  if (typeof fn !== 'function') return false;
  const name = fn.$qualname ?? fn.$name;
  if (typeof fn.$filename !== 'string' && !PYTHON_LEVEL.has(name)) return false;
  // Arguments that do not bind fail before the frame exists.
  const msg = e.args?.[0];
  return !(e.$cls === E.TypeError && typeof msg === 'string' && msg.startsWith(`${fn.$name}() `) && /\bargument/.test(msg));
}

function afterFailedCall(e: any, f: any, args: any[], line: number, file: string): void {
  const fresh = args.filter(isFresh);
  if (!fresh.length) return;
  for (const a of fresh) (a as any).$fresh = undefined;
  if (!isPyException(e)) return;
  const here = captureFrames(afterFailedCall);
  const caller = here[here.length - 1];
  const held = caller !== undefined && ranAsPythonFrame(f, e);
  for (const a of fresh) {
    if (held) holdInException(e, a, caller);
    else warnUnawaited(a, { file, line });
  }
}

export function callT(line: number, file: string, f: any, ...args: any[]): any {
  let r: any;
  try { r = call(f, ...args); } catch (e) { afterFailedCall(e, f, args, line, file); throw e; }
  afterCall(f, args, line, file);
  return r;
}

export function callKwT(line: number, file: string, f: any, pos: any[], kw: any): any {
  let r: any;
  try { r = callKw(f, pos, kw); } catch (e) { afterFailedCall(e, f, pos, line, file); throw e; }
  afterCall(f, pos, line, file);
  return r;
}

export function opT(op: (a: any, b: any) => any, a: any, b: any, line: number, file: string): any {
  // `is` only compares; any other operator may run a Python dunder that keeps an operand.
  const keeps = op !== is && op !== isNot && (typeOf(a).$user === true || typeOf(b).$user === true);
  try {
    return op(a, b);
  } finally {
    for (const x of [a, b]) {
      if (!isFresh(x)) continue;
      if (keeps) (x as any).$fresh = undefined;
      else warnUnawaited(x, { file, line });
    }
  }
}

/** `if f():` — the truth test drops the temporary. */
export function truthyT(v: any, line: number, file: string): boolean {
  const r = truthy(v);
  if (isFresh(v)) warnUnawaited(v, { file, line });
  return r;
}

export function excDone(e: PyBaseException, line: number, file: string): void {
  releaseException(e, { file, line });
}
