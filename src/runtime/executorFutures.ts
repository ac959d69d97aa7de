// concurrent.futures (CPython 3.11 _base.py / thread.py / process.py) on virtual threads.
// Executor.submit() runs the job at once, to completion, on a virtual worker thread (see
// executor.ts); loop.run_in_executor uses the oracle's time-sliced pool model instead.
import { PyObject, nativeClass, None, tuple, PyClass, typeName } from './py/object';
import { E, pyErr, PyBaseException, toPyException, isPyException } from './py/exceptions';
import { call, callKw, pyfunc, isCallable, Kw } from './py/call';
import { iter, truthy, repr, pyIteratorOf } from './py/protocols';
import { fakeAddress } from './py/generators';
import { host } from './eventsHost';
import { concurrent } from './futuresChain';
import { runOnVirtualThread, cpuCount, flush } from './executor';
import { isProcessPool, processWorld, sendCall, workerCall } from './executorProcess';

const PENDING = 'PENDING', RUNNING = 'RUNNING', CANCELLED = 'CANCELLED', NOTIFIED = 'CANCELLED_AND_NOTIFIED', FINISHED = 'FINISHED';
const DESC: Record<string, string> = { PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled', CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished' };

const ErrorClass = nativeClass({ name: 'Error', module: 'concurrent.futures._base', bases: [E.Exception], es: PyBaseException });
export const CfCancelledError = nativeClass({ name: 'CancelledError', module: 'concurrent.futures._base', bases: [ErrorClass], es: PyBaseException });
export const CfInvalidStateError = nativeClass({ name: 'InvalidStateError', module: 'concurrent.futures._base', bases: [ErrorClass], es: PyBaseException });
export const BrokenExecutor = nativeClass({ name: 'BrokenExecutor', module: 'concurrent.futures._base', bases: [E.RuntimeError], es: PyBaseException });

export class CfFuture extends PyObject {
  _state = PENDING;
  _result: any = None;
  _exception: any = None;
  $cbs: any[] = [];
  __repr__() {
    const head = `<${this.$cls.$name} at ${fakeAddress(this)} state=${DESC[this._state]}`;
    if (this._state === FINISHED) {
      if (this._exception !== None) return `${head} raised ${this._exception.$cls.$name}>`;
      return `${head} returned ${typeName(this._result)}>`;
    }
    return head + '>';
  }
  $invokeCallbacks() {
    const cbs = this.$cbs;
    this.$cbs = [];
    for (const fn of cbs) {
      try { call(fn, this); } catch (x) {
        const e = toPyException(x);
        host.logError(`exception calling callback for ${this.__repr__()}`, e);
      }
    }
  }
  cancel() {
    if (this._state === RUNNING || this._state === FINISHED) return false;
    if (this._state === CANCELLED || this._state === NOTIFIED) return true;
    this._state = CANCELLED;
    this.$invokeCallbacks();
    return true;
  }
  cancelled() { return this._state === CANCELLED || this._state === NOTIFIED; }
  running() { return this._state === RUNNING; }
  done() { return this._state === CANCELLED || this._state === NOTIFIED || this._state === FINISHED; }
  add_done_callback(fn: any) {
    if (!this.done()) { this.$cbs.push(fn); return None; }
    try { call(fn, this); } catch (x) { host.logError(`exception calling callback for ${this.__repr__()}`, toPyException(x)); }
    return None;
  }
  $wait(): void {
    if (this._state === CANCELLED || this._state === NOTIFIED) throw pyErr(CfCancelledError);
    if (this._state !== FINISHED) throw pyErr(E.TimeoutError);
  }
  set_running_or_notify_cancel() {
    if (this._state === CANCELLED) { this._state = NOTIFIED; return false; }
    if (this._state === PENDING) { this._state = RUNNING; return true; }
    throw pyErr(E.RuntimeError, 'Future in unexpected state');
  }
  set_result(result: any) {
    if (this._state === CANCELLED || this._state === NOTIFIED || this._state === FINISHED) {
      throw pyErr(CfInvalidStateError, `${this._state}: ${this.__repr__()}`);
    }
    this._result = result; this._state = FINISHED;
    this.$invokeCallbacks();
    return None;
  }
  set_exception(exc: any) {
    if (this._state === CANCELLED || this._state === NOTIFIED || this._state === FINISHED) {
      throw pyErr(CfInvalidStateError, `${this._state}: ${this.__repr__()}`);
    }
    this._exception = exc; this._state = FINISHED;
    this.$invokeCallbacks();
    return None;
  }
}
export const CfFutureClass = nativeClass({
  name: 'Future', module: 'concurrent.futures._base', es: CfFuture,
  dict: {
    result: pyfunc('result', ['timeout='], function (this: CfFuture) {
      this.$wait();
      if (this._exception !== None) throw this._exception;
      return this._result;
    }, [None], 'Future.result'),
    exception: pyfunc('exception', ['timeout='], function (this: CfFuture) { this.$wait(); return this._exception; }, [None], 'Future.exception'),
  },
});

// ------------------------------------------------------------------ executors
let poolCounter = 0;
export function resetExecutorCounters() { poolCounter = 0; }

export class Executor extends PyObject {
  _max_workers: any = 1;
  _thread_name_prefix = '';
  _shutdown = false;
  _initializer: any = None;
  _initargs: any = tuple([]);
  $initialized = false;
  $submit(fn: any, args: any[], kwargs: Kw | undefined): CfFuture {
    if (this._shutdown) throw pyErr(E.RuntimeError, 'cannot schedule new futures after shutdown');
    const f = new CfFuture();
    f.set_running_or_notify_cancel();
    let result: any, exc: any;
    if (isProcessPool(this)) {
      const world = processWorld(this);
      world.fork();
      const sent = sendCall(fn, kwargs && kwargs.size ? [fn, ...args] : args);
      if (kwargs && kwargs.size) throw pyErr(E.NotImplementedError, 'ProcessPoolExecutor.submit() with keyword arguments is not supported by Asyncio Lab');
      const segs = runOnVirtualThread('ProcessPoolExecutor_0', () => {
        if ('error' in sent) { exc = sent.error; return; }
        const r = world.run(0, () => workerCall(sent.fn, sent.args));
        if ('error' in r) exc = r.error; else result = r.result;
      });
      for (const seg of segs) flush(seg.out);
      if (exc !== undefined) f.set_exception(exc); else f.set_result(result);
      return f;
    }
    runOnVirtualThread(`${this._thread_name_prefix}_0`, () => {
      if (!this.$initialized && this._initializer !== None) call(this._initializer, ...this._initargs);
      this.$initialized = true;
      try { result = kwargs && kwargs.size ? callKw(fn, args, kwargs) : call(fn, ...args); } catch (x) { exc = toPyException(x); }
    });
    if (exc !== undefined) f.set_exception(exc); else f.set_result(result);
    return f;
  }
  shutdown(..._a: any[]) { this._shutdown = true; (this as any).$world?.exit(); return None; }
  __enter__() { return this; }
  __exit__(..._a: any[]) { this.shutdown(); return false; }
}
function submit(this: Executor, fn: any, args: any[], kwargs: Kw) { return this.$submit(fn, args, kwargs); }
function map(this: Executor, fn: any, iterables: any[]) {
  const its = iterables.map(x => iter(x)[Symbol.iterator]());
  const fs: CfFuture[] = [];
  for (;;) {
    const args: any[] = [];
    for (const it of its) { const r = it.next(); if (r.done) return results(fs); args.push(r.value); }
    fs.push(this.$submit(fn, args, undefined));
  }
}
function* resultsGen(fs: CfFuture[]) { for (const f of fs) { f.$wait(); if (f._exception !== None) throw f._exception; yield f._result; } }
function results(fs: CfFuture[]) { return pyIteratorOf(resultsGen(fs)); }

export const ExecutorClass = nativeClass({
  name: 'Executor', module: 'concurrent.futures._base', es: Executor,
  dict: {
    submit: pyfunc('submit', ['fn', '/', '*args', '**kwargs'], submit, [], 'Executor.submit'),
    map: pyfunc('map', ['fn', '*iterables', 'timeout=', 'chunksize='], map, [None, 1], 'Executor.map'),
  },
});
export class ThreadPoolExecutor extends Executor {}
export const ThreadPoolExecutorClass: PyClass = nativeClass({
  name: 'ThreadPoolExecutor', module: 'concurrent.futures.thread', es: ThreadPoolExecutor, bases: [ExecutorClass],
  dict: {
    __init__: pyfunc('__init__', ['max_workers=', 'thread_name_prefix=', 'initializer=', 'initargs='], function (this: Executor, mw: any, prefix: any, init: any, initargs: any) {
      if (mw === None) mw = Math.min(32, cpuCount() + 4);
      else if (mw <= 0) throw pyErr(E.ValueError, 'max_workers must be greater than 0');
      if (init !== None && !isCallable(init)) throw pyErr(E.TypeError, 'initializer must be a callable');
      this._max_workers = mw;
      this._thread_name_prefix = truthy(prefix) ? prefix : `ThreadPoolExecutor-${poolCounter++}`;
      this._initializer = init; this._initargs = initargs;
      return None;
    }, [None, '', None, tuple([])], 'ThreadPoolExecutor.__init__'),
  },
});
export class ProcessPoolExecutor extends Executor {}
export const ProcessPoolExecutorClass: PyClass = nativeClass({
  name: 'ProcessPoolExecutor', module: 'concurrent.futures.process', es: ProcessPoolExecutor, bases: [ExecutorClass],
  dict: {
    __init__: pyfunc('__init__', ['max_workers=', 'mp_context=', 'initializer=', 'initargs=', '*', 'max_tasks_per_child='], function (this: Executor, mw: any, _ctx: any, init: any, initargs: any) {
      if (mw === None) mw = cpuCount();
      else if (mw <= 0) throw pyErr(E.ValueError, 'max_workers must be greater than 0');
      this._max_workers = mw;
      this._thread_name_prefix = 'ProcessPoolExecutor';
      this._initializer = init; this._initargs = initargs;
      return None;
    }, [None, None, None, tuple([]), None], 'ProcessPoolExecutor.__init__'),
  },
});

concurrent.Future = CfFutureClass;
concurrent.CancelledError = CfCancelledError;
concurrent.TimeoutError = E.TimeoutError;
concurrent.InvalidStateError = CfInvalidStateError;

/** concurrent.futures.wait / as_completed over (already finished) futures. */
function cfWait(fs: any, _timeout: any, _rw: any) {
  const all = Array.from(iter(fs));
  const done = all.filter(f => truthy(f.done())), notDone = all.filter(f => !truthy(f.done()));
  return new DoneAndNotDone(host.makeSet(done), host.makeSet(notDone));
}
function cfAsCompleted(fs: any, _timeout: any) { return pyIteratorOf(Array.from(iter(fs))[Symbol.iterator]()); }

/** _base.DoneAndNotDoneFutures (a namedtuple). */
class DoneAndNotDone extends PyObject {
  constructor(public done: any = None, public not_done: any = None) { super(); }
  [Symbol.iterator]() { return [this.done, this.not_done][Symbol.iterator](); }
  __len__() { return 2; }
  __getitem__(i: any) { const a = [this.done, this.not_done]; const v = a[i < 0 ? i + 2 : i]; if (v === undefined) throw pyErr(E.IndexError, 'tuple index out of range'); return v; }
  __repr__() { return `DoneAndNotDoneFutures(done=${repr(this.done)}, not_done=${repr(this.not_done)})`; }
}
nativeClass({ name: 'DoneAndNotDoneFutures', module: 'concurrent.futures._base', es: DoneAndNotDone });

export const concurrentFuturesAttrs = (): Record<string, any> => ({
  FIRST_COMPLETED: 'FIRST_COMPLETED', FIRST_EXCEPTION: 'FIRST_EXCEPTION', ALL_COMPLETED: 'ALL_COMPLETED',
  CancelledError: CfCancelledError, TimeoutError: E.TimeoutError, InvalidStateError: CfInvalidStateError, BrokenExecutor,
  Future: CfFutureClass, Executor: ExecutorClass, ThreadPoolExecutor: ThreadPoolExecutorClass, ProcessPoolExecutor: ProcessPoolExecutorClass,
  wait: pyfunc('wait', ['fs', 'timeout=', 'return_when='], cfWait, [None, 'ALL_COMPLETED']),
  as_completed: pyfunc('as_completed', ['fs', 'timeout='], cfAsCompleted, [None]),
});
export { isPyException };
