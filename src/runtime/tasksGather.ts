// tasks.py: gather() and _GatheringFuture.
import { nativeClass, None, PyClass } from './py/object';
import { pyfunc } from './py/call';
import { _get_event_loop } from './eventsPolicy';
import { libFunction } from './eventsHost';
import { Future, FutureClass, getFutureLoop } from './futures';
import { cancelledError } from './asyncioExceptions';
import { futCancelled, futException, futResult, futCancel, futAddCb } from './futuresChain';
import { ensureFuture } from './tasksApi';
import { Coroutine } from './py/generators';

export class GatheringFuture extends Future {
  _children: any[] = [];
  _cancel_requested = false;
  $gatherCancel(msg: any): boolean {
    if (this._state !== 'PENDING') return false;
    let ret = false;
    for (const child of this._children) if (futCancel(child, msg)) ret = true;
    if (ret) this._cancel_requested = true;
    return ret;
  }
}
(GatheringFuture.prototype as any).$cancelAny = function (this: GatheringFuture, msg: any) { return this.$gatherCancel(msg); };

export const GatheringFutureClass: PyClass = nativeClass({
  name: '_GatheringFuture', module: 'asyncio.tasks', es: GatheringFuture, bases: [FutureClass],
  dict: {
    __init__: pyfunc('__init__', ['children', '*', 'loop'], function (this: GatheringFuture, children: any, loop: any) {
      this._loop = loop; this._children = Array.from(children); this._cancel_requested = false;
      return None;
    }, [], '_GatheringFuture.__init__'),
    cancel: pyfunc('cancel', ['msg='], function (this: GatheringFuture, msg: any) { return this.$gatherCancel(msg); }, [None], '_GatheringFuture.cancel'),
  },
});

/** tasks.gather(*coros_or_futures, return_exceptions=False) */
export function gather(items: any[], returnExceptions: boolean): Future {
  if (!items.length) {
    const loop = _get_event_loop();
    const outer = loop.create_future();
    outer.$setResult([]);
    return outer;
  }
  let nfuts = 0, nfinished = 0;
  let loop: any = None;
  let outer: GatheringFuture | undefined;
  const children: any[] = [];
  const doneCallback = libFunction(function _done_callback(fut: any) {
    nfinished += 1;
    if (outer === undefined || outer._state !== 'PENDING') {
      if (!futCancelled(fut)) futException(fut);
      return None;
    }
    if (!returnExceptions) {
      if (futCancelled(fut)) {
        outer.$setException(makeCancelledError(fut));
        return None;
      }
      const exc = futException(fut);
      if (exc !== None) { outer.$setException(exc); return None; }
    }
    if (nfinished === nfuts) {
      const results: any[] = [];
      for (const f of children) {
        let res: any;
        if (futCancelled(f)) res = cancelledError(f._cancel_message === None || f._cancel_message === undefined ? '' : f._cancel_message);
        else {
          res = futException(f);
          if (res === None) res = futResult(f);
        }
        results.push(res);
      }
      if (outer._cancel_requested) outer.$setException(makeCancelledError(fut));
      else outer.$setResult(results);
    }
    return None;
  }, '_done_callback', 'asyncio/tasks.py', 764, 'gather.<locals>._done_callback');

  // arg_to_fut: a coroutine passed twice gets one task. Coroutines (the common case, often 100k
  // of them) carry their future in a mark cleared afterwards, rather than in a Map.
  let argToFut: Map<any, any> | undefined;
  const marked: any[] = [];
  for (const arg of items) {
    const coro = arg instanceof Coroutine;
    let fut = coro ? arg.$gf : argToFut?.get(arg);
    if (fut === undefined) {
      fut = ensureFuture(arg, loop);
      if (loop === None) loop = getFutureLoop(fut);
      if (fut !== arg) fut._log_destroy_pending = false;
      nfuts += 1;
      if (coro) { arg.$gf = fut; marked.push(arg); } else (argToFut ??= new Map()).set(arg, fut);
      futAddCb(fut, doneCallback);
    }
    children.push(fut);
  }
  for (const c of marked) c.$gf = undefined;
  outer = new GatheringFuture();
  outer._loop = loop;
  outer._children = children;
  return outer;
}

function makeCancelledError(fut: any) {
  return fut instanceof Future ? fut.$makeCancelledError() : fut._make_cancelled_error();
}
