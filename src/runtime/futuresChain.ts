// futures.py helpers (_set_result_unless_cancelled, _chain_future, wrap_future, ...) and the
// generic Future operations asyncio code performs on any future-like object.
import { None, isInstance } from './py/object';
import { E, pyErr } from './py/exceptions';
import { callMethod } from './py/attrs';
import { truthy } from './py/protocols';
import { host, libFunction } from './eventsHost';
import { Future, isfuture, getFutureLoop } from './futures';
import { CancelledError, InvalidStateError, TimeoutError } from './asyncioExceptions';

const native = (f: any): f is Future => f instanceof Future && !f.$cls.$user;

export function futDone(f: any): boolean { return native(f) ? f._state !== 'PENDING' : truthy(callMethod(f, 'done')); }
export function futCancelled(f: any): boolean { return native(f) ? f._state === 'CANCELLED' : truthy(callMethod(f, 'cancelled')); }
export function futException(f: any): any { return native(f) ? f.exception() : callMethod(f, 'exception'); }
export function futResult(f: any): any { return native(f) ? f.result() : callMethod(f, 'result'); }
export function futCancel(f: any, msg: any = None): boolean {
  return native(f) ? (f as any).$cancelAny(msg) : truthy(callMethod(f, 'cancel', msg));
}
/** fut.add_done_callback(fn) (context: a copy of the current one). */
export function futAddCb(f: any, fn: any) {
  if (native(f)) f.$addDoneCallback(fn, host.copyContext());
  else callMethod(f, 'add_done_callback', fn);
}
export function futRemoveCb(f: any, fn: any): number {
  return native(f) ? f.$removeDoneCallback(fn) : callMethod(f, 'remove_done_callback', fn);
}
export function futSetResult(f: any, v: any) { if (native(f)) f.$setResult(v); else callMethod(f, 'set_result', v); }
export function futSetException(f: any, e: any) { if (native(f)) f.$setException(e); else callMethod(f, 'set_exception', e); }

/** futures._set_result_unless_cancelled */
export const _set_result_unless_cancelled = libFunction(function _set_result_unless_cancelled(fut: any, result: any) {
  if (futCancelled(fut)) return None;
  futSetResult(fut, result);
  return None;
}, '_set_result_unless_cancelled', 'asyncio/futures.py', 311);

/** concurrent.futures classes, registered by executor.ts. */
export const concurrent: { Future?: any; CancelledError?: any; TimeoutError?: any; InvalidStateError?: any } = {};

function isConcurrentFuture(f: any): boolean { return concurrent.Future !== undefined && isInstance(f, concurrent.Future); }

/** futures._convert_future_exc */
function convertFutureExc(exc: any): any {
  const C = exc.$cls;
  if (C === concurrent.CancelledError) return pyErr(CancelledError, ...exc.args);
  if (C === concurrent.TimeoutError) return pyErr(TimeoutError, ...exc.args);
  if (C === concurrent.InvalidStateError) return pyErr(InvalidStateError, ...exc.args);
  return exc;
}

function setConcurrentFutureState(conc: any, source: any) {
  if (futCancelled(source)) callMethod(conc, 'cancel');
  if (!truthy(callMethod(conc, 'set_running_or_notify_cancel'))) return;
  const exception = futException(source);
  if (exception !== None) callMethod(conc, 'set_exception', convertFutureExc(exception));
  else callMethod(conc, 'set_result', futResult(source));
}

/** futures._copy_future_state */
export function copyFutureState(source: any, dest: any) {
  if (futCancelled(dest)) return;
  if (futCancelled(source)) futCancel(dest);
  else {
    const exception = futException(source);
    if (exception !== None) futSetException(dest, convertFutureExc(exception));
    else futSetResult(dest, futResult(source));
  }
}

/** futures._chain_future */
export function chainFuture(source: any, destination: any) {
  if (!isfuture(source) && !isConcurrentFuture(source)) throw pyErr(E.TypeError, 'A future is required for source argument');
  if (!isfuture(destination) && !isConcurrentFuture(destination)) throw pyErr(E.TypeError, 'A future is required for destination argument');
  const sourceLoop = isfuture(source) ? getFutureLoop(source) : None;
  const destLoop = isfuture(destination) ? getFutureLoop(destination) : None;
  const setState = (future: any, other: any) => {
    if (isfuture(future)) copyFutureState(other, future);
    else setConcurrentFutureState(future, other);
  };
  const callCheckCancel = libFunction(function _call_check_cancel(dest: any) {
    if (futCancelled(dest)) {
      if (sourceLoop === None || sourceLoop === destLoop) futCancel(source);
      else callMethod(sourceLoop, 'call_soon_threadsafe', libFunction((() => futCancel(source)) as any, 'cancel', 'asyncio/futures.py', 146));
    }
    return None;
  }, '_call_check_cancel', 'asyncio/futures.py', 387, '_chain_future.<locals>._call_check_cancel');
  const callSetState = libFunction(function _call_set_state(src: any) {
    if (futCancelled(destination) && destLoop !== None && truthy(callMethod(destLoop, 'is_closed'))) return None;
    if (destLoop === None || destLoop === sourceLoop) setState(destination, src);
    else {
      if (truthy(callMethod(destLoop, 'is_closed'))) return None;
      destLoop.$callSoon(libFunction(function _set_state(fu: any, other: any) { setState(fu, other); return None; },
        '_set_state', 'asyncio/futures.py', 381, '_chain_future.<locals>._set_state'), [destination, src], host.copyContext());
    }
    return None;
  }, '_call_set_state', 'asyncio/futures.py', 394, '_chain_future.<locals>._call_set_state');
  futAddCb(destination, callCheckCancel);
  futAddCb(source, callSetState);
}

/** futures.wrap_future */
export function wrapFuture(future: any, loop: any): any {
  if (isfuture(future)) return future;
  if (!isConcurrentFuture(future)) throw pyErr(E.AssertionError, 'concurrent.futures.Future is expected');
  const nf = callMethod(loop, 'create_future');
  chainFuture(future, nf);
  return nf;
}
