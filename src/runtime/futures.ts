// asyncio.Future: CPython 3.11's C implementation (_asynciomodule.c), whose messages and
// callback order differ slightly from futures.py. A Future is its own JS iterator, so translated
// `await fut` (`yield* $.await(fut)`) yields it to the Task while pending.
import { PyObject, nativeClass, None, isClass, tuple } from './py/object';
import { E, pyErr, isPyException, PyBaseException } from './py/exceptions';
import { call, pyfunc } from './py/call';
import { callMethod } from './py/attrs';
import { prependFrames } from './py/traceback';
import { host } from './eventsHost';
import { futureReprInfo, recursiveRepr } from './eventsFormat';
import { InvalidStateError, cancelledError } from './asyncioExceptions';

export const PENDING = 'PENDING', CANCELLED = 'CANCELLED', FINISHED = 'FINISHED';

/** The loop API futures use (BaseEventLoop in eventsLoop.ts). */
export interface FutureLoop {
  $callSoon(cb: any, args: any[], ctx: any): any;
  $noteLogTb(f: Future): void;
  get_debug(): boolean;
  $trace: any;
}

/** Python `a == b` for callbacks: identity, or the same bound method. */
function cbEq(a: any, b: any): boolean {
  return a === b || (typeof a === 'function' && typeof b === 'function' && a.$bound !== undefined && a.$bound === b.$bound && a.$func === b.$func);
}

export class Future extends PyObject {
  _state: string = PENDING;
  _result: any = None;
  declare _exception: any;
  _loop: any = None;
  // Rarely set: class-level defaults (as in futures.py), so instances stay small.
  declare _source_traceback: any;
  declare _cancel_message: any;
  declare _cancelled_exc: any;
  _asyncio_future_blocking = false;
  /** True while an exception is set and nobody retrieved it (CPython's fut_log_tb). */
  declare $logTb: boolean;
  /** The exception's traceback as set (fut_exception_tb); consumed by the first result(). */
  declare $excTb: any[] | undefined;
  /** The first done callback and its context, kept inline as CPython's fut_callback0 (most
   *  futures get exactly one: the awaiting task's wakeup, or gather's callback); the others as a
   *  flat list fn1, ctx1, fn2, ctx2, ... Order: $cb0 first, then the list. */
  $cb0: any = undefined;
  $ctx0: any = undefined;
  declare $cbs: any[] | undefined;
  /** Trace: what this future stands for (set only when tracing). */
  declare $wk: any;
  /** Trace: id of the task that completed this future. */
  declare $by: number | undefined;

  // ---------------------------------------------------------------- JS iterator (await)
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    if (this._state === PENDING) {
      if (!this._asyncio_future_blocking) {
        this._asyncio_future_blocking = true;
        return { value: this, done: false };
      }
      throw pyErr(E.RuntimeError, "await wasn't used with future");
    }
    return { value: this.result(), done: true };
  }
  throw(e: any): IteratorResult<any> {
    if (isPyException(e)) prependFrames(e);
    throw e;
  }
  return(v: any): IteratorResult<any> { return { value: v, done: true }; }

  // ---------------------------------------------------------------- internal API
  $callbackPairs(): any[] {
    const out: any[] = [];
    if (this.$cb0 !== undefined) out.push(tuple([this.$cb0, this.$ctx0 ?? None]));
    const c = this.$cbs;
    if (c) for (let i = 0; i < c.length; i += 2) out.push(tuple([c[i], c[i + 1] ?? None]));
    return out;
  }
  $hasCallbacks(): boolean { return this.$cb0 !== undefined || this.$cbs !== undefined; }
  $scheduleCallbacks() {
    const fn0 = this.$cb0, ctx0 = this.$ctx0, c = this.$cbs;
    if (fn0 === undefined && c === undefined) return;
    this.$cb0 = this.$ctx0 = this.$cbs = undefined;
    const loop = this._loop;
    if (fn0 !== undefined) loop.$callSoon(fn0, [this], ctx0);
    if (c !== undefined) for (let i = 0; i < c.length; i += 2) loop.$callSoon(c[i], [this], c[i + 1]);
  }
  $addDoneCallback(fn: any, ctx: any) {
    if (this._state !== PENDING) this._loop.$callSoon(fn, [this], ctx);
    else if (this.$cb0 === undefined && this.$cbs === undefined) { this.$cb0 = fn; this.$ctx0 = ctx; }
    else if (this.$cbs === undefined) this.$cbs = [fn, ctx];
    else this.$cbs.push(fn, ctx);
  }
  $removeDoneCallback(fn: any): number {
    let removed = 0;
    if (this.$cb0 !== undefined && cbEq(this.$cb0, fn)) { this.$cb0 = this.$ctx0 = undefined; removed++; }
    const c = this.$cbs;
    if (c === undefined) return removed;
    const keep: any[] = [];
    for (let i = 0; i < c.length; i += 2) if (!cbEq(c[i], fn)) keep.push(c[i], c[i + 1]);
    removed += (c.length - keep.length) / 2;
    if (keep.length !== c.length) this.$cbs = keep.length ? keep : undefined;
    return removed;
  }
  $setResult(result: any) {
    if (this._state !== PENDING) throw pyErr(InvalidStateError, 'invalid state');
    this._result = result;
    this._state = FINISHED;
    if (this._loop.$trace !== undefined) this.$by = this._loop.$current?.$id;
    this.$scheduleCallbacks();
  }
  $setException(exc: any) {
    if (this._state !== PENDING) throw pyErr(InvalidStateError, 'invalid state');
    if (isClass(exc)) {
      exc = call(exc);
      if (this._state !== PENDING) throw pyErr(InvalidStateError, 'invalid state');
    }
    if (!isPyException(exc)) throw pyErr(E.TypeError, 'invalid exception object');
    if (exc.$cls === E.StopIteration) {
      throw pyErr(E.TypeError, 'StopIteration interacts badly with generators and cannot be raised into a Future');
    }
    this._exception = exc;
    this.$excTb = exc.$frames;
    this._state = FINISHED;
    if (this._loop.$trace !== undefined) this.$by = this._loop.$current?.$id;
    this.$scheduleCallbacks();
    this.$logTb = true;
    this._loop.$noteLogTb(this);
  }
  $cancel(msg: any): boolean {
    this.$logTb = false;
    if (this._state !== PENDING) return false;
    this._state = CANCELLED;
    this._cancel_message = msg;
    if (this._loop.$trace !== undefined) this.$by = this._loop.$current?.$id;
    this.$scheduleCallbacks();
    return true;
  }
  /** C create_cancelled_error(): the saved CancelledError, or a new one with the message. */
  $makeCancelledError(): PyBaseException {
    const saved = this._cancelled_exc;
    if (saved !== None) { this._cancelled_exc = None; return saved; }
    return cancelledError(this._cancel_message);
  }
  /** C future_get_result(): raises without adding frames (the caller decides). */
  $getResult(): any {
    if (this._state === CANCELLED) throw this.$makeCancelledError();
    if (this._state !== FINISHED) throw pyErr(InvalidStateError, 'Result is not set.');
    if (this.$logTb) this.$logTb = false;
    const exc = this._exception;
    if (exc !== None) {
      exc.$frames = this.$excTb ? this.$excTb.slice() : [];
      this.$excTb = undefined;
      throw exc;
    }
    return this._result;
  }

  // ---------------------------------------------------------------- Python API
  get_loop() {
    if (this._loop === None) throw pyErr(E.RuntimeError, 'Future object is not initialized.');
    return this._loop;
  }
  cancelled() { return this._state === CANCELLED; }
  done() { return this._state !== PENDING; }
  result() {
    try { return this.$getResult(); } catch (e) {
      if (isPyException(e)) prependFrames(e);
      throw e;
    }
  }
  exception() {
    if (this._state === CANCELLED) {
      const e = this.$makeCancelledError();
      prependFrames(e);
      throw e;
    }
    if (this._state !== FINISHED) throw pyErr(InvalidStateError, 'Exception is not set.');
    if (this._exception !== None) this.$logTb = false;
    return this._exception;
  }
  set_result(result: any) { this.$setResult(result); return None; }
  set_exception(exc: any) { this.$setException(exc); return None; }
  remove_done_callback(fn: any) { return this.$removeDoneCallback(fn); }
  _make_cancelled_error() { return this.$makeCancelledError(); }
  __await__() { return new FutureIter(this); }
  __iter__() { return new FutureIter(this); }
  __repr__(): string {
    return recursiveRepr(this, () => `<${this.$cls.$name} ${futureReprInfo(this).join(' ')}>`);
  }
  get _callbacks() { const p = this.$callbackPairs(); return p.length ? p : None; }
  get _log_traceback() { return this.$logTb; }
  set _log_traceback(v: any) {
    if (v === true) throw pyErr(E.ValueError, '_log_traceback can only be set to False');
    this.$logTb = false;
  }
}
// Class-level defaults (as in futures.py) for what most futures never change, so that instances
// stay small: a 100k-task program keeps every Task alive until its gather ends.
Object.assign(Future.prototype, {
  _exception: None, $logTb: false, $cbs: undefined,
  $isFuture: true, _source_traceback: None, _cancel_message: None, _cancelled_exc: None, $excTb: undefined, $wk: undefined, $by: undefined,
});

/** What future.__await__() returns to Python code (a stateless view of the future). */
export class FutureIter extends PyObject {
  constructor(public $f: Future | undefined = undefined) { super(); }
  [Symbol.iterator]() { return this.$f!; }
  __iter__() { return this; }
  __next__() {
    const r = this.$f!.next();
    if (r.done) throw r.value === None ? pyErr(E.StopIteration) : pyErr(E.StopIteration, r.value);
    return r.value;
  }
  send(v: any) {
    if (v !== None) throw pyErr(E.TypeError, "can't send non-None value to a FutureIter");
    return this.__next__();
  }
  throw(t: any, v?: any) {
    const e = isPyException(t) ? t : (v !== undefined && v !== None ? v : call(t));
    this.$f!.throw(e);
  }
  close() { return None; }
}
nativeClass({ name: 'FutureIter', module: '_asyncio', es: FutureIter });

export const FutureClass = nativeClass({
  name: 'Future', module: '_asyncio', es: Future,
  dict: {
    __init__: pyfunc('__init__', ['*', 'loop='], function (this: Future, loop: any) {
      this._loop = loop === None ? getEventLoopForFuture() : loop;
      return None;
    }, [None], 'Future.__init__'),
    cancel: pyfunc('cancel', ['msg='], function (this: Future, msg: any) { return this.$cancel(msg); }, [None], 'Future.cancel'),
    add_done_callback: pyfunc('add_done_callback', ['fn', '/', '*', 'context='], function (this: Future, fn: any, context: any) {
      this.$addDoneCallback(fn, context === None ? host.copyContext() : context);
      return None;
    }, [None], 'Future.add_done_callback'),
    __class_getitem__: function (this: any) { return this; },
  },
});

/** events._get_event_loop() without importing the policy module here (set by eventsPolicy). */
let getEventLoopForFuture: () => any = () => { throw pyErr(E.RuntimeError, 'no event loop'); };
export function setFutureLoopGetter(f: () => any) { getEventLoopForFuture = f; }

/** base_futures.isfuture */
export function isfuture(obj: any): boolean {
  if (obj instanceof Future) return obj._asyncio_future_blocking !== None;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj) || obj === None) return false;
  const C = obj.$cls;
  if (!C || C.prototype._asyncio_future_blocking === undefined) return false;
  return obj._asyncio_future_blocking !== None;
}

/** futures._get_loop */
export function getFutureLoop(fut: any): any {
  if (fut instanceof Future && !fut.$cls.$user) return fut.get_loop();
  try { return callMethod(fut, 'get_loop'); } catch (e) {
    if (isPyException(e) && e.$cls.$mro.includes(E.AttributeError)) return fut._loop;
    throw e;
  }
}

export function newFuture(loop: any): Future {
  const f = new Future();
  f._loop = loop;
  return f;
}
