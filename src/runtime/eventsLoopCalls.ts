// BaseEventLoop's Python-visible scheduling methods (base_events.py call_soon/call_later/call_at,
// create_task, run_in_executor), installed on the class by eventsLoop.ts.
import { None, float } from './py/object';
import { E, pyErr } from './py/exceptions';
import { pyfunc } from './py/call';
import { toNum, EMPTY_ARGS } from './events';
import { loopTime } from './eventsClock';
import { host } from './eventsHost';
import { defaultHandlerMethod } from './eventsHandler';
import * as hooks from './eventsLoopHooks';

function whenOf(v: any, what: string): number {
  const n = toNum(v);
  if (n === undefined) {
    if (v === None) throw pyErr(E.TypeError, what === 'delay' ? 'delay must not be None' : 'when cannot be None');
    throw pyErr(E.TypeError, `unsupported operand type(s) for +: 'float' and '${hooks.typeName(v)}'`);
  }
  return n;
}

/** The Python-visible call_soon/call_later/call_at/create_task/run_in_executor methods. */
export function installLoopCalls(P: any) {
Object.assign(P, {
  call_soon: pyfunc('call_soon', ['callback', '*args', '*', 'context='], function (this: any, cb: any, args: any[], context: any) {
    this._check_closed();
    if (this._debug) this.$checkCallback(cb, 'call_soon');
    return this.$callSoon(cb, args.length ? args : EMPTY_ARGS, context === None ? host.copyContext() : context);
  }, [None], 'BaseEventLoop.call_soon'),
  call_soon_threadsafe: pyfunc('call_soon_threadsafe', ['callback', '*args', '*', 'context='], function (this: any, cb: any, args: any[], context: any) {
    this._check_closed();
    if (this._debug) this.$checkCallback(cb, 'call_soon_threadsafe');
    return this.$callSoon(cb, args.length ? args : EMPTY_ARGS, context === None ? host.copyContext() : context);
  }, [None], 'BaseEventLoop.call_soon_threadsafe'),
  call_later: pyfunc('call_later', ['delay', 'callback', '*args', '*', 'context='], function (this: any, delay: any, cb: any, args: any[], context: any) {
    const d = whenOf(delay, 'delay');
    const when = loopTime() + d;
    return callAt(this, when, float(when), cb, args, context);
  }, [None], 'BaseEventLoop.call_later'),
  call_at: pyfunc('call_at', ['when', 'callback', '*args', '*', 'context='], function (this: any, when: any, cb: any, args: any[], context: any) {
    return callAt(this, whenOf(when, 'when'), when, cb, args, context);
  }, [None], 'BaseEventLoop.call_at'),
  create_task: pyfunc('create_task', ['coro', '*', 'name=', 'context='], function (this: any, coro: any, name: any, context: any) {
    return hooks.loopCreateTask(this, coro, name, context);
  }, [None, None], 'BaseEventLoop.create_task'),
  run_in_executor: pyfunc('run_in_executor', ['executor', 'func', '*args'], function (this: any, executor: any, func: any, args: any[]) {
    return hooks.runInExecutor(this, executor, func, args);
  }, [], 'BaseEventLoop.run_in_executor'),
  default_exception_handler: defaultHandlerMethod,
});
// tasks.ensure_future/create_task call the loop's create_task directly when it is this one.
P.create_task.$loopCreateTask = true;
}
function callAt(loop: any, when: number, whenPy: any, cb: any, args: any[], context: any) {
  loop._check_closed();
  if (loop._debug) loop.$checkCallback(cb, 'call_at');
  return loop.$callAt(when, whenPy, cb, args.length ? args : EMPTY_ARGS, context === None ? host.copyContext() : context);
}

