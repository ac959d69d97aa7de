// tasks.py: wait, _wait, wait_for (the 3.11 implementation), _cancel_and_wait, as_completed.
// Generator helpers named asyncio_tasks_<fn>_<line> stand for CPython frames in tracebacks.
import { None, tuple, typeName } from './py/object';
import { E, pyErr, PyBaseException } from './py/exceptions';
import { iter, truthy, repr } from './py/protocols';
import { recordRaise, registerVirtualFrame, noteCaught } from './py/traceback';
import { await_, PyGenerator } from './py/generators';
import { host, libFunction } from './eventsHost';
import { get_running_loop } from './events';
import { _get_event_loop } from './eventsPolicy';
import { Future, isfuture, newFuture } from './futures';
import { iscoroutine, libCode, libCoro, aw } from './coroutines';
import { CancelledError, TimeoutError, isCancelledError } from './asyncioExceptions';
import { futDone, futCancelled, futException, futResult, futCancel, futAddCb, futRemoveCb } from './futuresChain';
import { ensureFuture, delayNumber, _release_waiter } from './tasksApi';
import { QueueClass } from './queues';
import { callMethod } from './py/attrs';

export const FIRST_COMPLETED = 'FIRST_COMPLETED', FIRST_EXCEPTION = 'FIRST_EXCEPTION', ALL_COMPLETED = 'ALL_COMPLETED';

/** functools.partial(_release_waiter, waiter) */
function releaser(waiter: Future): any {
  const f: any = function (...a: any[]) { return _release_waiter(waiter, ...a); };
  f.$partial = { func: _release_waiter, args: [waiter], keywords: [] };
  return f;
}

function vf(name: string, line: number, fn: string, text: string) { registerVirtualFrame(name, 'asyncio/tasks.py', line, fn, text); }

// ------------------------------------------------------------------ wait
const WAIT = libCode('wait', 'asyncio/tasks.py', 399);
export function wait(fs: any, timeout: any = None, returnWhen: any = ALL_COMPLETED): any {
  return libCoro(WAIT, asyncio_tasks_wait, fs, timeout, returnWhen);
}
function* asyncio_tasks_wait(c: any, fs: any, timeout: any, returnWhen: any): Generator<any, any, any> {
  if (isfuture(fs) || iscoroutine(fs)) throw pyErr(E.TypeError, `expect a list of futures, not ${typeName(fs)}`);
  if (!truthy(fs)) throw pyErr(E.ValueError, 'Set of Tasks/Futures is empty.');
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw pyErr(E.ValueError, `Invalid return_when value: ${typeof returnWhen === 'string' ? returnWhen : repr(returnWhen)}`);
  }
  const set = [...new Set(iter(fs))];
  if (set.some(f => iscoroutine(f))) throw pyErr(E.TypeError, 'Passing coroutines is forbidden, use tasks explicitly.');
  const loop = get_running_loop();
  c.$lineno = 428;
  return yield* asyncio_tasks_wait_428(set, timeout, returnWhen, loop);
}
vf('asyncio_tasks_wait_428', 428, 'wait', 'return await _wait(fs, timeout, return_when, loop)');
function* asyncio_tasks_wait_428(fs: any[], timeout: any, rw: any, loop: any): Generator<any, any, any> {
  return yield* asyncio_tasks__wait(fs, timeout, rw, loop);
}

/** tasks._wait (a coroutine in CPython; awaited directly, so no Task of its own). */
function* asyncio_tasks__wait(fs: any[], timeout: any, returnWhen: any, loop: any): Generator<any, any, any> {
  const waiter = newFuture(loop);
  let timeoutHandle: any = None;
  if (timeout !== None) timeoutHandle = callMethod(loop, 'call_later', timeout, _release_waiter, waiter);
  let counter = fs.length;
  const onCompletion = libFunction(function _on_completion(f: any) {
    counter -= 1;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED ||
      (returnWhen === FIRST_EXCEPTION && !futCancelled(f) && futException(f) !== None)) {
      if (timeoutHandle !== None) timeoutHandle.cancel();
      if (!futDone(waiter)) waiter.$setResult(None);
    }
    return None;
  }, '_on_completion', 'asyncio/tasks.py', 519, '_wait.<locals>._on_completion');
  for (const f of fs) futAddCb(f, onCompletion);
  try {
    yield* waiter;
  } finally {
    if (timeoutHandle !== None) timeoutHandle.cancel();
    for (const f of fs) futRemoveCb(f, onCompletion);
  }
  const done: any[] = [], pending: any[] = [];
  for (const f of fs) (futDone(f) ? done : pending).push(f);
  return tuple([host.makeSet(done), host.makeSet(pending)]);
}
vf('asyncio_tasks__wait', 535, '_wait', 'await waiter');

// ------------------------------------------------------------------ wait_for
const WAIT_FOR = libCode('wait_for', 'asyncio/tasks.py', 436);
export function wait_for(fut: any, timeout: any): any {
  return libCoro(WAIT_FOR, asyncio_tasks_wait_for_gen, fut, timeout);
}
function timeoutFrom(exc: any): PyBaseException {
  noteCaught(exc, true, timeoutFrom); // caught in wait_for: its traceback starts there
  const e = pyErr(TimeoutError);
  e.__cause__ = exc; e.__context__ = exc; e.__suppress_context__ = true;
  return e;
}
function asyncio_tasks_wait_for_464(exc: any) { const e = timeoutFrom(exc); recordRaise(e); return e; }
function asyncio_tasks_wait_for_502(exc: any) { const e = timeoutFrom(exc); recordRaise(e); return e; }
function asyncio_tasks_wait_for_458(f: any) { return futResult(f); }
function asyncio_tasks_wait_for_462(f: any) { return futResult(f); }
function asyncio_tasks_wait_for_479(f: any) { return futResult(f); }
function asyncio_tasks_wait_for_489(f: any) { return futResult(f); }
function asyncio_tasks_wait_for_500(f: any) { return futResult(f); }
function* asyncio_tasks_wait_for_452(f: any): Generator<any, any, any> { return yield* aw(f); }
function* asyncio_tasks_wait_for_476(w: Future): Generator<any, any, any> { return yield* w; }
function* asyncio_tasks_wait_for_460(f: any, loop: any): Generator<any, any, any> { return yield* asyncio_tasks__cancel_and_wait(f, loop); }
function* asyncio_tasks_wait_for_485(f: any, loop: any): Generator<any, any, any> { return yield* asyncio_tasks__cancel_and_wait(f, loop); }
function* asyncio_tasks_wait_for_495(f: any, loop: any): Generator<any, any, any> { return yield* asyncio_tasks__cancel_and_wait(f, loop); }
vf('asyncio_tasks_wait_for_464', 464, 'wait_for', 'raise exceptions.TimeoutError() from exc');
vf('asyncio_tasks_wait_for_502', 502, 'wait_for', 'raise exceptions.TimeoutError() from exc');
for (const n of [458, 462, 479, 489, 500]) vf(`asyncio_tasks_wait_for_${n}`, n, 'wait_for', 'return fut.result()');
vf('asyncio_tasks_wait_for_452', 452, 'wait_for', 'return await fut');
vf('asyncio_tasks_wait_for_476', 476, 'wait_for', 'await waiter');
vf('asyncio_tasks_wait_for_460', 460, 'wait_for', 'await _cancel_and_wait(fut, loop=loop)');
vf('asyncio_tasks_wait_for_485', 485, 'wait_for', 'await _cancel_and_wait(fut, loop=loop)');
vf('asyncio_tasks_wait_for_495', 495, 'wait_for', 'await _cancel_and_wait(fut, loop=loop)');

function* asyncio_tasks_wait_for_gen(c: any, fut: any, timeout: any): Generator<any, any, any> {
  const loop = get_running_loop();
  if (timeout === None) { c.$lineno = 452; return yield* asyncio_tasks_wait_for_452(fut); }
  if (delayNumber(timeout) <= 0) {
    fut = ensureFuture(fut, loop);
    if (futDone(fut)) return asyncio_tasks_wait_for_458(fut);
    c.$lineno = 460;
    yield* asyncio_tasks_wait_for_460(fut, loop);
    try {
      return asyncio_tasks_wait_for_462(fut);
    } catch (exc) {
      if (isCancelledError(exc)) throw asyncio_tasks_wait_for_464(exc);
      throw exc;
    }
  }
  const waiter = newFuture(loop);
  const timeoutHandle = callMethod(loop, 'call_later', timeout, _release_waiter, waiter);
  const cb = releaser(waiter);
  fut = ensureFuture(fut, loop);
  futAddCb(fut, cb);
  try {
    try {
      c.$lineno = 476;
      yield* asyncio_tasks_wait_for_476(waiter);
    } catch (e) {
      if (!isCancelledError(e)) throw e;
      if (futDone(fut)) return asyncio_tasks_wait_for_479(fut);
      futRemoveCb(fut, cb);
      c.$lineno = 485;
      yield* asyncio_tasks_wait_for_485(fut, loop);
      throw e;
    }
    if (futDone(fut)) return asyncio_tasks_wait_for_489(fut);
    futRemoveCb(fut, cb);
    c.$lineno = 495;
    yield* asyncio_tasks_wait_for_495(fut, loop);
    try {
      return asyncio_tasks_wait_for_500(fut);
    } catch (exc) {
      if (isCancelledError(exc)) throw asyncio_tasks_wait_for_502(exc);
      throw exc;
    }
  } finally {
    timeoutHandle.cancel();
  }
}

/** tasks._cancel_and_wait (awaited directly by wait_for). */
function* asyncio_tasks__cancel_and_wait(fut: any, loop: any): Generator<any, any, any> {
  const waiter = newFuture(loop);
  const cb = releaser(waiter);
  futAddCb(fut, cb);
  try {
    futCancel(fut);
    yield* waiter;
  } finally {
    futRemoveCb(fut, cb);
  }
}
vf('asyncio_tasks__cancel_and_wait', 562, '_cancel_and_wait', 'await waiter');

// ------------------------------------------------------------------ as_completed
const WAIT_FOR_ONE = libCode('as_completed.<locals>._wait_for_one', 'asyncio/tasks.py', 610);

/** tasks.as_completed(fs, *, timeout=None): a generator of coroutines. */
export function as_completed(fs: any, timeout: any = None): any {
  if (isfuture(fs) || iscoroutine(fs)) throw pyErr(E.TypeError, `expect an iterable of futures, not ${typeName(fs)}`);
  const done = QueueClass();
  const loop = _get_event_loop();
  const todo = new Set<any>();
  for (const f of new Set(iter(fs))) todo.add(ensureFuture(f, loop));
  let timeoutHandle: any = None;
  const onTimeout = libFunction(function _on_timeout() {
    for (const f of todo) { futRemoveCb(f, onCompletion); done.put_nowait(None); }
    todo.clear();
    return None;
  }, '_on_timeout', 'asyncio/tasks.py', 596, 'as_completed.<locals>._on_timeout');
  const onCompletion = libFunction(function _on_completion(f: any) {
    if (!todo.size) return None;
    todo.delete(f);
    done.put_nowait(f);
    if (!todo.size && timeoutHandle !== None) timeoutHandle.cancel();
    return None;
  }, '_on_completion', 'asyncio/tasks.py', 602, 'as_completed.<locals>._on_completion');
  for (const f of todo) futAddCb(f, onCompletion);
  if (todo.size && timeout !== None) timeoutHandle = callMethod(loop, 'call_later', timeout, onTimeout);
  const n = todo.size;
  const g = new PyGenerator();
  g.$fn = libCode('as_completed', 'asyncio/tasks.py', 568);
  g.$gen = (function* () { for (let i = 0; i < n; i++) yield libCoro(WAIT_FOR_ONE, asyncio_tasks_as_completed__wait_for_one, done); })();
  return g;
}
function* asyncio_tasks_as_completed__wait_for_one(c: any, done: any): Generator<any, any, any> {
  c.$lineno = 611;
  const f = yield* asyncio_tasks__wait_for_one_611(done);
  if (f === None) throw asyncio_tasks__wait_for_one_614();
  return asyncio_tasks__wait_for_one_615(f);
}
function* asyncio_tasks__wait_for_one_611(done: any): Generator<any, any, any> { return yield* aw(done.get()); }
function asyncio_tasks__wait_for_one_614() { const e = pyErr(TimeoutError); recordRaise(e); return e; }
function asyncio_tasks__wait_for_one_615(f: any) { return futResult(f); }
vf('asyncio_tasks__wait_for_one_611', 611, '_wait_for_one', 'f = await done.get()');
vf('asyncio_tasks__wait_for_one_614', 614, '_wait_for_one', 'raise exceptions.TimeoutError');
vf('asyncio_tasks__wait_for_one_615', 615, '_wait_for_one', 'return f.result()  # May raise f.exception().');

export { CancelledError };
