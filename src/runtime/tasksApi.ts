// tasks.py module functions: current_task, all_tasks, create_task, ensure_future, sleep, shield.
import { None, float, PyFloat } from './py/object';
import { E, pyErr, isPyException } from './py/exceptions';
import { callMethod, callMethodKw, lookupSpecial, getattrDefault } from './py/attrs';
import { kw } from './py/call';
import { typeName } from './py/object';
import { prependFrames, registerVirtualFrame, Frame, STDLIB_PREFIX } from './py/traceback';
import { PyGenerator, await_ } from './py/generators';
import { host, libFunction } from './eventsHost';
import { get_running_loop } from './events';
import { _get_event_loop } from './eventsPolicy';
import { Future, isfuture, getFutureLoop, newFuture } from './futures';
import { Task, newTask } from './tasks';
import { iscoroutine } from './coroutines';
import { libCode, libCoro } from './coroutines';
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

// ------------------------------------------------------------------ sleep

const SLEEP = libCode('sleep', 'asyncio/tasks.py', 637);

/** A delay compared with 0 as Python would (`delay <= 0`). */
export function delayNumber(delay: any): number {
  if (typeof delay === 'number') return delay;
  if (delay instanceof PyFloat) return delay.v;
  if (typeof delay === 'boolean') return delay ? 1 : 0;
  if (typeof delay === 'bigint') return Number(delay);
  throw pyErr(E.TypeError, `'<=' not supported between instances of '${typeName(delay)}' and 'int'`);
}

/** asyncio.sleep(delay, result=None) */
export function sleep(delay: any, result: any = None): any {
  // sleep(0), the hot path, needs no generator; the checks are the same as in the general body.
  if ((typeof delay === 'number' && delay <= 0) || (delay instanceof PyFloat && delay.v <= 0)) {
    return libCoro(SLEEP, sleep0Body, result);
  }
  return libCoro(SLEEP, asyncio_tasks_sleep, delay, result);
}
function* asyncio_tasks_sleep(c: any, delay: any, result: any): Generator<any, any, any> {
  const d = delayNumber(delay);
  if (d <= 0) return yield* asyncio_tasks_sleep0(c, result);
  const loop = get_running_loop();
  const future = newFuture(loop);
  const when = loop.$time() + d;
  const h = loop.$callAt(when, float(when), _set_result_unless_cancelled, [future, result], host.copyContext());
  if (loop.$trace !== undefined) future.$wk = { kind: 'sleep', desc: `sleep(${d})`, until: when };
  try {
    c.$lineno = 649;
    return yield* future;
  } finally {
    h.cancel();
  }
}
const SLEEP0_FRAME: Frame = { file: `${STDLIB_PREFIX}/asyncio/tasks.py`, line: 634, name: '__sleep0', text: 'yield' };
/** `await __sleep0()` (tasks.py:640) and __sleep0's bare `yield` (634) in one generator. */
function* asyncio_tasks_sleep0(c: any, result: any): Generator<any, any, any> {
  c.$lineno = 640;
  try {
    yield None;
  } catch (e) {
    if (isPyException(e)) { prependFrames(e); (e.$frames ??= []).push(SLEEP0_FRAME); }
    throw e;
  }
  return result;
}
registerVirtualFrame('asyncio_tasks_sleep', 'asyncio/tasks.py', 649, 'sleep', 'return await future');
registerVirtualFrame('asyncio_tasks_sleep0', 'asyncio/tasks.py', 640, 'sleep', 'await __sleep0()');

/** What asyncio_tasks_sleep0 does, as a two-state iterator: sleep(0) is the hot path of many
 *  programs (one per task in `spawn`), and a generator costs an object plus a register file and
 *  a resume through the generator machinery. Its `throw` is the same virtual frame. */
class Sleep0Body {
  /** 0: not started, 1: suspended at the bare `yield`, 2: finished. */
  $s = 0;
  constructor(public $c: any, public $r: any) {}
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    if (this.$s === 0) { this.$s = 1; this.$c.$lineno = 640; return { value: None, done: false }; }
    this.$s = 2;
    return { value: this.$r, done: true };
  }
  throw(e: any): IteratorResult<any> { return asyncio_tasks_sleep0_throw(this, e); }
  return(v: any): IteratorResult<any> { this.$s = 2; return { value: v, done: true }; }
}
const sleep0Body = (c: any, result: any) => new Sleep0Body(c, result);
/** On the JS stack, this function stands for sleep()'s `await __sleep0()` frame. */
function asyncio_tasks_sleep0_throw(b: Sleep0Body, e: any): never {
  if (b.$s === 1 && isPyException(e)) { prependFrames(e); (e.$frames ??= []).push(SLEEP0_FRAME); }
  b.$s = 2;
  throw e;
}
registerVirtualFrame('asyncio_tasks_sleep0_throw', 'asyncio/tasks.py', 640, 'sleep', 'await __sleep0()');

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
