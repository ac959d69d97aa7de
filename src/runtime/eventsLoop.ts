// asyncio/base_events.py BaseEventLoop (CPython 3.11): the ready deque, the timer heap and
// _run_once exactly as CPython runs them, on the clock of eventsClock.ts.
import { PyObject, nativeClass, None, float, tuple } from './py/object';
import { E, pyErr, PyBaseException } from './py/exceptions';
import { isCallable } from './py/call';
import { registerVirtualFrame } from './py/traceback';
import { PrunedLog } from './py/prunedLog';
import { dropConsumed } from './py/fifoArray';
import { Handle, TimerHandle, toNum, _set_running_loop, runningLoopOrUndefined, asyncio_events_Handle__run } from './events';
import { clock, loopTime, selectWait, CLOCK_RESOLUTION, MAXIMUM_SELECT_TIMEOUT } from './eventsClock';
import { host, libFunction } from './eventsHost';
import { callExceptionHandler, Ctx } from './eventsHandler';
import { formatCallbackSource } from './eventsFormat';
import { Future, newFuture } from './futures';
import { iscoroutine, iscoroutinefunction } from './coroutines';
import { emit, defaultTrace, TraceSink } from './trace';
import * as hooks from './eventsLoopHooks';
import { TimerHeap } from './eventsHeap';
import { installLoopCalls } from './eventsLoopCalls';
import { tick } from './interrupt';

const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

/** What the loop does when nothing is ready and no timer is scheduled: CPython would block in
 *  select() forever. The sandbox may replace this (e.g. to report a hang). */
let onBlockForever: (loop: BaseEventLoop) => void = () => {
  throw new Error('asyncio event loop blocked forever: nothing is ready and no timer is scheduled (CPython would hang here)');
};
export function setBlockForeverHandler(f: (loop: BaseEventLoop) => void) { onBlockForever = f; }

/** Every loop created (for exit-time reports). */
export const allLoops = new Set<BaseEventLoop>();

export class BaseEventLoop extends PyObject {
  _timer_cancelled_count = 0;
  _closed = false;
  _stopping = false;
  $ready: (Handle | undefined)[] = [];
  $head = 0;
  $scheduled = new TimerHeap();
  _default_executor: any = None;
  _thread_id: any = None;
  _exception_handler: any = None;
  _debug = false;
  slow_callback_duration: any = float(0.1);
  _current_handle: any = None;
  _task_factory: any = None;
  $asyncgens = new Set<any>();
  _asyncgens_shutdown_called = false;
  _executor_shutdown_called = false;
  $trace: TraceSink | undefined = defaultTrace();
  /** The task whose step is running (tasks._current_tasks[loop]). */
  $current: any = undefined;
  /** Tasks of this loop that are not done, in creation order (tasks._all_tasks; a WeakSet drops
   *  tasks when they are collected, this log drops finished ones in batches). */
  $tasks = new PrunedLog<any>((t) => t._state === 'PENDING');
  /** Futures whose exception nobody retrieved yet ("... exception was never retrieved"). */
  $logTbs = new Set<Future>();
  /** Failed tasks nobody references: reported after the current callback (see tasks.ts). */
  $reportSoon: Future[] | undefined = undefined;
  /** Executor pool models (executor.ts). */
  $pools: Map<any, any> = new Map();

  constructor() { super(); allLoops.add(this); }

  $time(): number { return loopTime(); }
  $readyLen(): number { return this.$ready.length - this.$head; }

  $callSoon(callback: any, args: any[], context: any): Handle {
    const h = new Handle(callback, args, this, context);
    this.$ready.push(h);
    return h;
  }
  $callAt(when: number, whenPy: any, callback: any, args: any[], context: any): TimerHandle {
    const t = new TimerHandle(when, whenPy, callback, args, this, context);
    this.$scheduled.push(t);
    t._scheduled = true;
    if (this.$trace !== undefined) emit(this.$trace, { k: 'timer', t: loopTime(), when, cb: formatCallbackSource(callback, args) });
    return t;
  }
  $noteLogTb(f: Future) { this.$logTbs.add(f); }
  $callExceptionHandler(ctx: Ctx) { callExceptionHandler(this, ctx); }

  _check_closed() { if (this._closed) throw pyErr(E.RuntimeError, 'Event loop is closed'); return None; }
  _check_default_executor() {
    if (this._executor_shutdown_called) throw pyErr(E.RuntimeError, 'Executor shutdown has been called');
    return None;
  }
  $checkCallback(callback: any, method: string) {
    if (iscoroutine(callback) || iscoroutinefunction(callback)) throw pyErr(E.TypeError, `coroutines cannot be used with ${method}()`);
    if (!isCallable(callback)) throw pyErr(E.TypeError, `a callable object was expected by ${method}(), got ${hooks.repr(callback)}`);
  }
  _check_running() {
    if (this.is_running()) throw pyErr(E.RuntimeError, 'This event loop is already running');
    if (runningLoopOrUndefined() !== undefined) throw pyErr(E.RuntimeError, 'Cannot run the event loop while another loop is running');
    return None;
  }

  __repr__() {
    return `<${this.$cls.$name} running=${this.is_running() ? 'True' : 'False'} closed=${this._closed ? 'True' : 'False'} debug=${this._debug ? 'True' : 'False'}>`;
  }
  create_future() { return newFuture(this); }
  set_task_factory(factory: any) {
    if (factory !== None && !isCallable(factory)) throw pyErr(E.TypeError, 'task factory must be a callable or None');
    this._task_factory = factory;
    return None;
  }
  get_task_factory() { return this._task_factory; }
  _asyncgen_finalizer_hook(agen: any) {
    this.$asyncgens.delete(agen);
    if (!this._closed) hooks.finalizeAsyncgen(this, agen);
    return None;
  }
  _asyncgen_firstiter_hook(agen: any) {
    if (this._asyncgens_shutdown_called) {
      host.warn(`asynchronous generator ${hooks.repr(agen)} was scheduled after loop.shutdown_asyncgens() call`, E.ResourceWarning, 1);
    }
    this.$asyncgens.add(agen);
    return None;
  }
  shutdown_asyncgens() { return hooks.shutdownAsyncgens(this); }
  shutdown_default_executor() { return hooks.shutdownDefaultExecutor(this); }

  run_forever() {
    this._check_closed();
    this._check_running();
    const oldHooks = hooks.getAsyncgenHooks();
    try {
      this._thread_id = hooks.MAIN_THREAD_ID;
      hooks.setAsyncgenHooks(this.$firstiterHook ??= (ag: any) => this._asyncgen_firstiter_hook(ag),
        this.$finalizerHook ??= (ag: any) => this._asyncgen_finalizer_hook(ag));
      _set_running_loop(this);
      if (this.$trace !== undefined) emit(this.$trace, { k: 'loop', t: loopTime(), phase: 'start' });
      for (;;) {
        this.$runOnce();
        if (this._stopping) break;
      }
    } finally {
      this._stopping = false;
      this._thread_id = None;
      _set_running_loop(None);
      hooks.setAsyncgenHooks(oldHooks[0], oldHooks[1]);
      if (this.$trace !== undefined) emit(this.$trace, { k: 'loop', t: loopTime(), phase: 'stop' });
    }
    return None;
  }
  $firstiterHook: any;
  $finalizerHook: any;

  // cpython: base_events.py:653 in run_until_complete: return future.result()
  run_until_complete(future: any): any {
    this._check_closed();
    this._check_running();
    const newTask = !hooks.isfuture(future);
    future = hooks.ensureFuture(future, this);
    if (newTask) future._log_destroy_pending = false;
    hooks.addDoneCallback(future, runUntilCompleteCb);
    try {
      this.run_forever();
    } catch (e) {
      if (newTask && hooks.done(future) && !hooks.cancelled(future)) hooks.callResultMethod(future, 'exception');
      throw e;
    } finally {
      hooks.removeDoneCallback(future, runUntilCompleteCb);
    }
    if (!hooks.done(future)) throw pyErr(E.RuntimeError, 'Event loop stopped before Future completed.');
    return hooks.callResultMethod(future, 'result');
  }
  stop() { this._stopping = true; return None; }
  close() {
    if (this.is_running()) throw pyErr(E.RuntimeError, 'Cannot close a running event loop');
    if (this._closed) return None;
    this._closed = true;
    this.$ready = []; this.$head = 0;
    this.$scheduled.clear();
    this._executor_shutdown_called = true;
    const executor = this._default_executor;
    if (executor !== None) {
      this._default_executor = None;
      hooks.shutdownExecutor(executor, false);
    }
    if (this.$trace !== undefined) emit(this.$trace, { k: 'loop', t: loopTime(), phase: 'close' });
    return None;
  }
  is_closed() { return this._closed; }
  is_running() { return this._thread_id !== None; }
  time() { return float(loopTime()); }
  _timer_handle_cancelled(handle: TimerHandle) {
    if (handle._scheduled) this._timer_cancelled_count += 1;
    return None;
  }
  _add_callback(handle: Handle) { if (!handle._cancelled) this.$ready.push(handle); return None; }
  get_debug() { return this._debug; }
  set_debug(enabled: any) { this._debug = enabled === true || (enabled !== false && enabled !== None && !!enabled); return None; }
  get_exception_handler() { return this._exception_handler; }
  set_exception_handler(handler: any) {
    if (handler !== None && !isCallable(handler)) throw pyErr(E.TypeError, `A callable object or None is expected, got ${hooks.repr(handler)}`);
    this._exception_handler = handler;
    return None;
  }
  call_exception_handler(context: any) { callExceptionHandler(this, context); return None; }
  set_default_executor(executor: any) { hooks.setDefaultExecutor(this, executor); return None; }
  get _ready() { return this.$ready.slice(this.$head); }
  get _scheduled() { return this.$scheduled.items(); }

  /** base_events.BaseEventLoop._run_once */
  $runOnce() {
    const sched = this.$scheduled;
    const schedCount = sched.length;
    if (schedCount > MIN_SCHEDULED_TIMER_HANDLES && this._timer_cancelled_count / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      sched.filter(h => { if (h._cancelled) h._scheduled = false; return !h._cancelled; });
      this._timer_cancelled_count = 0;
    } else {
      while (sched.length && sched.first()!._cancelled) {
        this._timer_cancelled_count -= 1;
        sched.pop()._scheduled = false;
      }
    }
    if (this.$readyLen() > 0 || this._stopping) {
      // timeout = 0: select() polls, time does not move.
    } else if (sched.length) {
      const when = sched.firstWhen();
      selectWait(Math.min(Math.max(0, when - loopTime()), MAXIMUM_SELECT_TIMEOUT), when);
    } else {
      onBlockForever(this);
    }
    const endTime = loopTime() + CLOCK_RESOLUTION;
    const ready = this.$ready;
    const tracing = this.$trace !== undefined;
    while (sched.length) {
      if (sched.firstWhen() >= endTime) break;
      const h = sched.pop();
      h._scheduled = false;
      ready.push(h);
      if (tracing && !h._cancelled) emit(this.$trace!, { k: 'fire', t: loopTime(), when: h.$when, cb: formatCallbackSource(h._callback, h._args) });
    }
    const ntodo = ready.length - this.$head;
    for (let i = 0; i < ntodo; i++) {
      const h = ready[this.$head]!;
      ready[this.$head++] = undefined;
      if (h._cancelled) continue;
      if (this._debug) {
        this._current_handle = h;
        try {
          const t0 = loopTime();
          asyncio_events_Handle__run(h);
          const dt = loopTime() - t0;
          if (dt >= (toNum(this.slow_callback_duration) ?? 0.1)) host.logWarning(`Executing ${formatHandle(h)} took ${dt.toFixed(3)} seconds`);
        } finally { this._current_handle = None; }
      } else {
        asyncio_events_Handle__run(h);
      }
      if (this.$reportSoon !== undefined) hooks.flushReports(this);
      tick();
    }
    this.$head = dropConsumed(this.$ready, this.$head);
  }
}
registerVirtualFrame('run_until_complete', 'asyncio/base_events.py', 653, 'run_until_complete', 'return future.result()');

/** base_events._format_handle */
function formatHandle(h: Handle): string {
  const task = h.$taskStep ?? h._callback?.$bound;
  if (task !== undefined && task !== None && task.$cls?.$mro.some((c: any) => c.$name === 'Task')) return hooks.repr(task);
  return hooks.repr(h);
}

/** base_events._run_until_complete_cb */
const runUntilCompleteCb = libFunction(function _run_until_complete_cb(fut: any) {
  if (!hooks.cancelled(fut)) {
    const exc = hooks.callResultMethod(fut, 'exception');
    if (exc !== None && exc instanceof PyBaseException && (exc.$cls.$mro.includes(E.SystemExit) || exc.$cls.$mro.includes(E.KeyboardInterrupt))) return None;
  }
  hooks.callResultMethod(hooks.getLoop(fut), 'stop');
  return None;
}, '_run_until_complete_cb', 'asyncio/base_events.py', 180);

installLoopCalls(BaseEventLoop.prototype);

export const BaseEventLoopClass = nativeClass({ name: 'BaseEventLoop', module: 'asyncio.base_events', es: BaseEventLoop });
/** The concrete class asyncio.new_event_loop() returns on Linux. */
export class UnixSelectorEventLoop extends BaseEventLoop {
  constructor() { super(); host.logDebug('Using selector: VirtualSelector'); } // BaseSelectorEventLoop.__init__
}
export const UnixSelectorEventLoopClass = nativeClass({
  name: '_UnixSelectorEventLoop', module: 'asyncio.unix_events', es: UnixSelectorEventLoop, bases: [BaseEventLoopClass],
});

export { tuple, clock };
