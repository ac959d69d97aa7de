// tasks.py module functions: current_task, all_tasks, create_task, ensure_future, sleep, shield.
import { None } from './py/object';
import { E, pyErr, isPyException } from './py/exceptions';
import { callMethod, callMethodKw, lookupSpecial, getattrDefault } from './py/attrs';
import { kw } from './py/call';
import { registerVirtualFrame } from './py/traceback';
import { PyGenerator, await_ } from './py/generators';
import { host, libFunction } from './eventsHost';
import { get_running_loop } from './events';
import { _get_event_loop } from './eventsPolicy';
import { Future, isfuture, getFutureLoop, newFuture } from './futures';
import { Task, newTask } from './tasks';
import { iscoroutine } from './coroutines';
import { libCode } from './coroutines';
import { futDone, futCancelled, futException, futResult, futCancel, futAddCb, futRemoveCb, _set_result_unless_cancelled } from './futuresChain';

/** tasks.current_task(loop=None) */
export function current_task(loop: any = None): any {
  if (loop === None) loop = get_running_loop();
  return loop.$current ?? None;
}
/** tasks.all_tasks(loop=None): the loop's tasks that are not done. */
export function all_tasks(loop: any = None): any {
  if (loop === None) loop = get_running_loop();
  const out: any[] = [];
  for (const t of loop.$tasks) if (!futDone(t)) out.push(t);
  return host.makeSet(out);
}

/** tasks._set_task_name */
export function setTaskName(task: any, name: any) {
  if (name === None || name === undefined) return;
  if (task instanceof Task) task.set_name(name);
  else callMethod(task, 'set_name', name);
}

/** BaseEventLoop.create_task */
export function loopCreateTask(loop: any, coro: any, name: any, context: any): any {
  loop._check_closed();
  if (loop._task_factory === None) return newTask(coro, loop, name, context);
  const task = context === None || context === undefined
    ? callFactory(loop, coro, undefined) : callFactory(loop, coro, context);
  setTaskName(task, name);
  return task;
}
function callFactory(loop: any, coro: any, context: any) {
  const f = loop._task_factory;
  return context === undefined ? f(loop, coro) : callMethodKw({ f }, 'f', [loop, coro], kw({ context }));
}

/** tasks.create_task(coro, *, name=None, context=None) */
export function create_task(coro: any, name: any = None, context: any = None): any {
  const loop = get_running_loop();
  const task = context === None ? createTaskOn(loop, coro, None) : createTaskOn(loop, coro, context);
  setTaskName(task, name);
  return task;
}
function createTaskOn(loop: any, coro: any, context: any) {
  if (loop.create_task?.$loopCreateTask === true) return loopCreateTask(loop, coro, None, context);
  return context === None ? callMethod(loop, 'create_task', coro) : callMethodKw(loop, 'create_task', [coro], kw({ context }));
}

/** inspect.isawaitable */
export function isawaitable(x: any): boolean {
  if (iscoroutine(x)) return true;
  if (typeof x !== 'object' || x === null || x === None || Array.isArray(x)) return false;
  const f = lookupSpecial(x, '__await__');
  return f !== undefined && f !== None;
}

const WRAP_AWAITABLE = libCode('_wrap_awaitable', 'asyncio/tasks.py', 687);
/** tasks._wrap_awaitable: a generator-based coroutine delegating to awaitable.__await__(). */
function wrapAwaitable(awaitable: any): PyGenerator {
  const g = new PyGenerator();
  g.$fn = WRAP_AWAITABLE;
  (g as any).$lineno = 694;
  g.$gen = (function* asyncio_tasks__wrap_awaitable() { return yield* await_(awaitable) as any; })();
  return g;
}
registerVirtualFrame('asyncio_tasks__wrap_awaitable', 'asyncio/tasks.py', 694, '_wrap_awaitable', 'return (yield from awaitable.__await__())');

/** tasks._ensure_future */
export function ensureFuture(x: any, loop: any = None): any {
  if (isfuture(x)) {
    if (loop !== None && loop !== getFutureLoop(x)) {
      throw pyErr(E.ValueError, 'The future belongs to a different loop than the one specified as the loop argument');
    }
    return x;
  }
  let calledWrap = false;
  if (!iscoroutine(x)) {
    if (isawaitable(x)) { x = wrapAwaitable(x); calledWrap = true; }
    else throw pyErr(E.TypeError, 'An asyncio.Future, a coroutine or an awaitable is required');
  }
  if (loop === None) loop = _get_event_loop();
  try {
    // BaseEventLoop.create_task (eventsLoopCalls.ts), unless a subclass overrides it.
    return loop.create_task?.$loopCreateTask === true ? loopCreateTask(loop, x, None, None) : callMethod(loop, 'create_task', x);
  } catch (e) {
    if (isPyException(e) && e.$cls.$mro.includes(E.RuntimeError) && !calledWrap) callMethod(x, 'close');
    throw e;
  }
}

// ------------------------------------------------------------------ sleep (tasksSleep.ts)
export { sleep, delayNumber } from './tasksSleep';

// ------------------------------------------------------------------ shield

/** tasks.shield(arg) */
export function shield(arg: any): any {
  const inner = ensureFuture(arg);
  if (futDone(inner)) return inner;
  const loop = getFutureLoop(inner);
  const outer: Future = loop.create_future === undefined ? newFuture(loop) : callMethod(loop, 'create_future');
  const innerDone = libFunction(function _inner_done_callback(inn: any) {
    if (futCancelled(outer)) {
      if (!futCancelled(inn)) futException(inn);
      return None;
    }
    if (futCancelled(inn)) futCancel(outer);
    else {
      const exc = futException(inn);
      if (exc !== None) outer.$setException(exc);
      else outer.$setResult(futResult(inn));
    }
    return None;
  }, '_inner_done_callback', 'asyncio/tasks.py', 891, 'shield.<locals>._inner_done_callback');
  const outerDone = libFunction(function _outer_done_callback(_o: any) {
    if (!futDone(inner)) futRemoveCb(inner, innerDone);
    return None;
  }, '_outer_done_callback', 'asyncio/tasks.py', 908, 'shield.<locals>._outer_done_callback');
  futAddCb(inner, innerDone);
  futAddCb(outer, outerDone);
  return outer;
}

/** tasks._release_waiter */
export const _release_waiter = libFunction(function _release_waiter(waiter: any, ..._args: any[]) {
  if (!futDone(waiter)) waiter.$setResult(None);
  return None;
}, '_release_waiter', 'asyncio/tasks.py', 431);

export { getattrDefault, Future };
