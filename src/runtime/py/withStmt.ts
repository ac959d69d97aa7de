// `with` / `async with`: CPython's BEFORE_WITH / BEFORE_ASYNC_WITH and the __exit__ protocol.
// Emitted code (see src/translator/emitterWith.ts):
//   const $w = $.withEnter(mgr);
//   try { ... } catch ($e) { $.withExit($w, $e); } finally { $.withExit($w); }
import { None, typeName } from './object';
import { E, pyErr, PyBaseException } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { truthy } from './protocols';
import { caught, endExcept, resumeFrames } from './raise';
import { await_ } from './generators';

/** The context record of one `with` item: the manager and its type's __exit__ / __aexit__
 *  (a bound-method closure here would cost a function per `with`, plus esbuild's keepNames
 *  naming it, which was a tenth of a contended `async with lock`). */
export interface WithContext {
  value: any;
  cm: any;
  exit: any;
  exited: boolean;
}

function record(cm: any, exit: any, value: any): WithContext {
  return { value, cm, exit, exited: false };
}
/** __exit__(t, v, tb) / __aexit__(t, v, tb) */
function callExit(ctx: WithContext, t: any, v: any, tb: any): any { return callSpecial(ctx.exit, ctx.cm, t, v, tb); }

function exitArgs(e: PyBaseException): [any, any, any] {
  return [e.$cls, e, e.$frames?.length ? e : None];
}

/** BEFORE_WITH: look up __enter__ and __exit__ on the type, call __enter__. */
export function withEnter(cm: any): WithContext {
  const enter = lookupSpecial(cm, '__enter__');
  if (enter === undefined) throw pyErr(E.TypeError, `'${typeName(cm)}' object does not support the context manager protocol`);
  const exit = lookupSpecial(cm, '__exit__');
  if (exit === undefined) throw pyErr(E.TypeError, `'${typeName(cm)}' object does not support the context manager protocol (missed __exit__ method)`);
  return record(cm, exit, callSpecial(enter, cm));
}

/** Exception path (`$e` given): __exit__(type, e, tb) while `e` is handled; re-raises `e` unless
 *  the result is true. Finally path: __exit__(None, None, None) unless already exited. */
export function withExit(ctx: WithContext, $e?: any): void {
  if (ctx.exited) return;
  ctx.exited = true;
  if (arguments.length < 2) { callExit(ctx, None, None, None); return; }
  const e = caught($e);
  let suppress: boolean;
  try {
    suppress = truthy(callExit(ctx, ...exitArgs(e)));
  } finally {
    endExcept(e);
  }
  if (!suppress) { resumeFrames(e, withExit); throw e; }
}

/** BEFORE_ASYNC_WITH, then awaits __aenter__(): what `yield*` delegates to. Not a generator: a
 *  small iterator over the awaitable that turns its result into the context record (this runs
 *  for every `async with`; a contended `async with lock` spent much of its time here). */
export function asyncWithEnter(cm: any): Iterable<any> {
  const enter = lookupSpecial(cm, '__aenter__');
  if (enter === undefined) throw pyErr(E.TypeError, `'${typeName(cm)}' object does not support the asynchronous context manager protocol`);
  const exit = lookupSpecial(cm, '__aexit__');
  if (exit === undefined) throw pyErr(E.TypeError, `'${typeName(cm)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  // A native __aenter__ may offer `$fast(cm)`: the iterator that awaiting its coroutine would
  // delegate to, without making the coroutine (undefined: not for this manager).
  const it = (enter.$fast !== undefined ? enter.$fast(cm) : undefined) ?? awaitable(callSpecial(enter, cm), '__aenter__');
  return new AsyncEnter(it, cm, exit);
}
class AsyncEnter {
  constructor(private it: Iterator<any>, private cm: any, private exit: any) {}
  [Symbol.iterator]() { return this; }
  private wrap(r: IteratorResult<any>): IteratorResult<any> {
    return r.done ? { value: record(this.cm, this.exit, r.value), done: true } : r;
  }
  next(v: any): IteratorResult<any> { return this.wrap(this.it.next(v)); }
  throw(e: any): IteratorResult<any> {
    if (typeof this.it.throw !== 'function') throw e;
    return this.wrap(this.it.throw(e));
  }
  return(v: any): IteratorResult<any> { return { value: v, done: true }; }
}

/** An iterator that is already finished (`yield*` on it yields nothing). Methods of a class, not
 *  arrows in a literal: esbuild's keepNames would name a new arrow at every use. */
class Finished {
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> { return { value: undefined, done: true }; }
}
const FINISHED: Iterable<any> = new Finished();

/** As withExit, awaiting __aexit__(): what `yield*` delegates to. The normal exit is no
 *  generator: the awaitable itself, or nothing when a native __aexit__ finished at once. */
export function asyncWithExit(ctx: WithContext, $e?: any): Iterable<any> {
  if (arguments.length >= 2) return asyncWithExitRaised(ctx, $e);
  if (ctx.exited) return FINISHED;
  ctx.exited = true;
  // A native __aexit__'s `$fast(cm)` does what awaiting __aexit__(None, None, None) would do
  // when it cannot suspend or fail, and says whether it did.
  if (ctx.exit.$fast !== undefined && ctx.exit.$fast(ctx.cm) === true) return FINISHED;
  return delegate(awaitable(callExit(ctx, None, None, None), '__aexit__'));
}
/** The exception path: __aexit__(type, e, tb) awaited while `e` is handled; re-raises `e` unless
 *  the result is true. */
function* asyncWithExitRaised(ctx: WithContext, $e: any): Generator<any, void, any> {
  if (ctx.exited) return;
  ctx.exited = true;
  const e = caught($e);
  let suppress: boolean;
  try {
    suppress = truthy(yield* delegate(awaitable(callExit(ctx, ...exitArgs(e)), '__aexit__')));
  } finally {
    endExcept(e);
  }
  if (!suppress) { resumeFrames(e, asyncWithExitRaised); throw e; }
}

function awaitable(aw: any, which: string): Iterator<any> {
  try {
    return await_(aw);
  } catch (err: any) {
    if (err instanceof PyBaseException && err.$cls === E.TypeError && /can't be used in 'await' expression/.test(String(err.args[0]))) {
      throw pyErr(E.TypeError, `'async with' received an object from ${which} that does not implement __await__: ${typeName(aw)}`);
    }
    throw err;
  }
}

/** What await_ returns is iterable (a translated `await` is `yield* $.await(x)`), so `yield*`
 *  takes it as it is: no wrapper generator per `async with`. */
function delegate(it: Iterator<any>): Iterable<any> {
  return it as unknown as Iterable<any>;
}
