// Registers `asyncio` (and its submodules), `concurrent` and `concurrent.futures`, and the
// program start/finish hooks of the asyncio mirror.
import { None, tuple } from './py/object';
import { pyfunc, Kw } from './py/call';
import { E, pyErr } from './py/exceptions';
import { registerModule } from './py/modules';
import { onProgramStart, onProgramFinish } from './lifecycle';
import * as X from './asyncioExceptions';
import { HandleClass, TimerHandleClass, get_running_loop, _get_running_loop, _set_running_loop } from './events';
import { resetClock } from './eventsClock';
import { BaseEventLoopClass, UnixSelectorEventLoopClass, allLoops } from './eventsLoop';
import * as P from './eventsPolicy';
import { FutureClass, isfuture } from './futures';
import { wrapFuture, chainFuture } from './futuresChain';
import { TaskClass, resetTaskCounter, flushLogTbs, Task, reportUnretrieved } from './tasks';
import * as T from './tasksApi';
import * as W from './tasksWait';
import { gather } from './tasksGather';
import { iscoroutine, iscoroutinefunction, asyncDef, libCode, libCoro, aw } from './coroutines';
import { LockClass, EventClass, ConditionClass } from './locks';
import { SemaphoreClass, BoundedSemaphoreClass, BarrierClass } from './locksSemaphore';
import { QueueClass, PriorityQueueClass, LifoQueueClass, QueueEmpty, QueueFull } from './queues';
import { TimeoutClass, timeout, timeout_at } from './timeouts';
import { TaskGroupClass } from './taskgroups';
import { RunnerClass, asyncio_runners_run } from './runners';
import { runInExecutor, toThreadCall } from './executor';
import { concurrentFuturesAttrs, resetExecutorCounters, CfFuture } from './executorFutures';
import { setAsyncgenHooks } from './eventsLoopHooks';
import { DefaultEventLoopPolicyClass, AbstractEventLoopPolicyClass } from './eventsPolicy';
import { setAsyncioHost } from './eventsHost';
import { dict } from './py/dict';
import { set } from './py/set';
import { pyLt } from './lib/_rt';

const f = (name: string, spec: string[], impl: (...a: any[]) => any, defaults: any[] = []) => pyfunc(name, spec, impl, defaults);
const coro = (fn: any, file: string, line: number) => asyncDef(fn, libCode(fn.$qualname, file, line));
/** Positional calls with min..max arguments go straight to `impl` (no argument binding); with at
 *  most two, without a rest array either (an omitted one is undefined: impl's default applies). */
function fast(slow: any, impl: (...a: any[]) => any, min: number, max: number, varargs = false): any {
  const f: any = varargs ? function (...a: any[]) { return impl(a); }
    : max <= 2 ? function (a0: any, a1: any) {
      const n = arguments.length;
      return n >= min && n <= max ? impl(a0, a1) : slow(...arguments);
    }
    : function (...a: any[]) { return a.length >= min && a.length <= max ? impl(...a) : slow(...a); };
  for (const k of ['$callKw', '$sig', '$name', '$qualname', '$kind', '$pysrc']) if (slow[k] !== undefined) f[k] = slow[k];
  Object.defineProperty(f, 'name', { value: slow.$name });
  return f;
}

const TO_THREAD = libCode('to_thread', 'asyncio/threads.py', 12);
function* asyncio_threads_to_thread(c: any, func: any, args: any[], kwargs: Kw): Generator<any, any, any> {
  const loop = get_running_loop();
  c.$lineno = 25;
  return yield* aw(runInExecutor(loop, None, toThreadCall(func, args, kwargs), []));
}

function runCoroutineThreadsafe(c: any, loop: any) {
  if (!iscoroutine(c)) throw pyErr(E.TypeError, 'A coroutine object is required');
  const future = new CfFuture();
  loop.$callSoon(() => {
    try { chainFuture(T.ensureFuture(c, loop), future); } catch (e: any) {
      if (future.set_running_or_notify_cancel()) future.set_exception(e);
      throw e;
    }
    return None;
  }, [], undefined);
  return future;
}

function functions(): Record<string, any> {
  return {
    run: f('run', ['main', '*', 'debug='], asyncio_runners_run, [None]),
    sleep: fast(coro(f('sleep', ['delay', 'result='], T.sleep, [None]), 'asyncio/tasks.py', 637), T.sleep, 1, 2),
    create_task: fast(f('create_task', ['coro', '*', 'name=', 'context='], T.create_task, [None, None]), (c: any) => T.create_task(c), 1, 1),
    gather: fast(f('gather', ['*coros_or_futures', 'return_exceptions='], (items: any[], re: any) => gather(Array.from(items), re === true || (re !== false && re !== None && !!re)), [false]),
      (items: any[]) => gather(items, false), 0, Infinity, true),
    wait: coro(f('wait', ['fs', '*', 'timeout=', 'return_when='], W.wait, [None, W.ALL_COMPLETED]), 'asyncio/tasks.py', 399),
    wait_for: coro(f('wait_for', ['fut', 'timeout'], W.wait_for), 'asyncio/tasks.py', 436),
    as_completed: f('as_completed', ['fs', '*', 'timeout='], W.as_completed, [None]),
    shield: f('shield', ['arg'], T.shield),
    ensure_future: f('ensure_future', ['coro_or_future', '*', 'loop='], T.ensureFuture, [None]),
    current_task: f('current_task', ['loop='], T.current_task, [None]),
    all_tasks: f('all_tasks', ['loop='], T.all_tasks, [None]),
    to_thread: coro(f('to_thread', ['func', '/', '*args', '**kwargs'], (func: any, args: any[], kwargs: Kw) =>
      libCoro(TO_THREAD, asyncio_threads_to_thread, func, Array.from(args), kwargs)), 'asyncio/threads.py', 12),
    run_coroutine_threadsafe: f('run_coroutine_threadsafe', ['coro', 'loop'], runCoroutineThreadsafe),
    timeout: f('timeout', ['delay'], timeout),
    timeout_at: f('timeout_at', ['when'], timeout_at),
    get_running_loop: f('get_running_loop', [], get_running_loop),
    _get_running_loop: f('_get_running_loop', [], _get_running_loop),
    _set_running_loop: f('_set_running_loop', ['loop', '/'], _set_running_loop),
    get_event_loop: f('get_event_loop', [], P.get_event_loop),
    _get_event_loop: f('_get_event_loop', ['stacklevel='], () => P._get_event_loop(), [3]),
    set_event_loop: f('set_event_loop', ['loop'], P.set_event_loop),
    new_event_loop: f('new_event_loop', [], P.new_event_loop),
    get_event_loop_policy: f('get_event_loop_policy', [], P.get_event_loop_policy),
    set_event_loop_policy: f('set_event_loop_policy', ['policy'], P.set_event_loop_policy),
    iscoroutine: f('iscoroutine', ['obj'], iscoroutine),
    iscoroutinefunction: f('iscoroutinefunction', ['func'], iscoroutinefunction),
    isfuture: f('isfuture', ['obj'], isfuture),
    wrap_future: f('wrap_future', ['future', '*', 'loop='], (fu: any, loop: any) => wrapFuture(fu, loop === None ? P._get_event_loop() : loop), [None]),
  };
}

function classes(): Record<string, any> {
  return {
    Future: FutureClass, Task: TaskClass, Handle: HandleClass, TimerHandle: TimerHandleClass,
    AbstractEventLoop: BaseEventLoopClass, BaseEventLoop: BaseEventLoopClass,
    SelectorEventLoop: UnixSelectorEventLoopClass, AbstractEventLoopPolicy: AbstractEventLoopPolicyClass,
    DefaultEventLoopPolicy: DefaultEventLoopPolicyClass,
    Lock: LockClass, Event: EventClass, Condition: ConditionClass, Semaphore: SemaphoreClass,
    BoundedSemaphore: BoundedSemaphoreClass, Barrier: BarrierClass,
    Queue: QueueClass, PriorityQueue: PriorityQueueClass, LifoQueue: LifoQueueClass, QueueEmpty, QueueFull,
    Timeout: TimeoutClass, TaskGroup: TaskGroupClass, Runner: RunnerClass,
    FIRST_COMPLETED: W.FIRST_COMPLETED, FIRST_EXCEPTION: W.FIRST_EXCEPTION, ALL_COMPLETED: W.ALL_COMPLETED,
  };
}

function asyncioAttrs(): Record<string, any> {
  const all = { ...X.exceptionsModuleAttrs(), ...classes(), ...functions() };
  delete (all as any).__all__;
  const names = Object.keys(all).filter(k => !k.startsWith('_'));
  return { ...all, __all__: tuple(names) };
}

function pick(src: Record<string, any>, names: string[]): Record<string, any> {
  const out: Record<string, any> = {};
  for (const n of names) if (src[n] !== undefined) out[n] = src[n];
  return out;
}

/** Give runtime methods their Python __qualname__ (Class.method), as asyncio's reprs show them. */
function qualify(C: any) {
  if (!C || !C.prototype) return;
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k.startsWith('$') || k === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, k)!;
    const f = d.value;
    if (typeof f === 'function' && f.$isclass !== true && f.$qualname === undefined) {
      f.$qualname = `${C.$name}.${k}`;
      f.$name ??= k;
    }
  }
}

export function registerAsyncio() {
  for (const C of Object.values(classes())) if (typeof C === 'function') qualify(C);
  for (const C of Object.values(concurrentFuturesAttrs())) if (typeof C === 'function' && (C as any).$isclass) qualify(C);
  registerModule('asyncio', asyncioAttrs);
  const all = () => ({ ...X.exceptionsModuleAttrs(), ...classes(), ...functions() });
  registerModule('asyncio.exceptions', X.exceptionsModuleAttrs);
  registerModule('asyncio.events', () => pick(all(), ['Handle', 'TimerHandle', 'AbstractEventLoop', 'AbstractEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop', '_get_running_loop', '_get_event_loop']));
  registerModule('asyncio.base_events', () => pick(all(), ['BaseEventLoop']));
  registerModule('asyncio.futures', () => pick(all(), ['Future', 'wrap_future', 'isfuture']));
  registerModule('asyncio.tasks', () => pick(all(), ['Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks']));
  registerModule('asyncio.locks', () => pick(all(), ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier']));
  registerModule('asyncio.queues', () => pick(all(), ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty']));
  registerModule('asyncio.timeouts', () => pick(all(), ['Timeout', 'timeout', 'timeout_at']));
  registerModule('asyncio.taskgroups', () => pick(all(), ['TaskGroup']));
  registerModule('asyncio.runners', () => pick(all(), ['Runner', 'run']));
  registerModule('asyncio.coroutines', () => pick(all(), ['iscoroutine', 'iscoroutinefunction']));
  registerModule('asyncio.threads', () => pick(all(), ['to_thread']));
  registerModule('concurrent', () => ({}));
  registerModule('concurrent.futures', concurrentFuturesAttrs);
}

// ------------------------------------------------------------------ program lifecycle

/** At interpreter exit: what CPython's finalizers report for futures and tasks still alive.
 *  Failed futures first (CPython usually frees them earlier); a pending task's coroutine is
 *  closed before its "destroyed but it is pending" report, as the shutdown GC does. */
export function reportAtExit() {
  for (const loop of allLoops) for (const fut of [...loop.$logTbs]) reportUnretrieved(fut);
  for (const loop of allLoops) {
    for (const t of [...loop.$tasks]) {
      if (!(t instanceof Task) || t._state !== 'PENDING') continue;
      try { if (t._coro !== None && typeof t._coro.close === 'function') t._coro.close(); } catch { /* "Exception ignored" */ }
      if (t._log_destroy_pending) loop.$callExceptionHandler([['task', t], ['message', 'Task was destroyed but it is pending!']]);
    }
  }
}

/** gc.collect(): the futures CPython would free now report their unretrieved exceptions. Without
 *  reference counts every such future is reported (see tasks.ts for the other report points). */
export function gcCollect() {
  for (const loop of allLoops) flushLogTbs(loop);
}

export function resetAsyncio(clockMode: 'virtual' | 'real') {
  resetClock(clockMode);
  resetTaskCounter();
  resetExecutorCounters();
  P.resetPolicy();
  setAsyncgenHooks(None, None);
  _set_running_loop(None);
  allLoops.clear();
}

registerAsyncio();
setAsyncioHost({ makeDict: (entries) => dict(entries), makeSet: (items) => set(items), lt: pyLt });
onProgramStart((o) => resetAsyncio(o.clock));
onProgramFinish(() => { reportAtExit(); });

export { flushLogTbs };
