// asyncio.Task: CPython 3.11's C implementation (task_step_impl / task_wakeup in
// _asynciomodule.c), which tasks.py's __step/__wakeup mirror.
import { PyObject, nativeClass, None, isClass } from './py/object';
import { E, pyErr, toPyException, isPyException, PyBaseException } from './py/exceptions';
import { pyfunc } from './py/call';
import { callMethod, callMethodKw, getattrDefault, setattr } from './py/attrs';
import { repr, str, truthy } from './py/protocols';
import { kw } from './py/call';
import { noteCaught } from './py/traceback';
import { Coroutine, PyGenerator, unstarted, fakeAddress } from './py/generators';
import { host } from './eventsHost';
import { formatCoroutine, futureReprInfo, recursiveRepr } from './eventsFormat';
import { Future, FutureClass, PENDING, getFutureLoop } from './futures';
import { InvalidStateError, isCancelledError, isExitException } from './asyncioExceptions';
import { iscoroutine } from './coroutines';
import { emit } from './trace';
import { stepLine } from './traceLines';
import { EMPTY_ARGS, Handle } from './events';
import { safeRepr, emitWait, flushLogTbs, reportUnretrieved } from './tasksReport';

let taskNameCounter = 0;
let taskIds = 0;
/** Fresh interpreter: Task-1 again. */
export function resetTaskCounter() { taskNameCounter = 0; }

/** The callable the loop runs for a task step (repr'd like CPython's TaskStepMethWrapper). */
export class TaskStepMethWrapper extends PyObject {
  constructor(public $stepTask: Task | undefined = undefined, public $arg: any = undefined) { super(); }
  __call__() { taskStep(this.$stepTask!, this.$arg); return None; }
  __repr__() { return `<TaskStepMethWrapper object at ${fakeAddress(this)}>`; }
}
nativeClass({ name: 'TaskStepMethWrapper', module: '_asyncio', es: TaskStepMethWrapper });

export class Task extends Future {
  _coro: any = None;
  /** The name, or the number n of a default name `Task-n`, formatted on first use (most tasks'
   *  names are never read). Read it with taskName(). */
  $tname: any = None;
  _context: any = undefined;
  _fut_waiter: any = None;
  declare _must_cancel: boolean;
  declare _num_cancels_requested: number;
  _log_destroy_pending = true;
  $id = 0;
  /** The bound `Task.task_wakeup` callback (one per task). */
  declare $wakeupFn: any;
  /** Nobody holds a reference (fire-and-forget): report an unretrieved exception at once. */
  declare $unref: boolean;
  /** The task asyncio.run()/Runner.run() runs: its end is where main()'s locals die. */
  declare $root: boolean;

  get_coro() { return this._coro; }
  get_name() { return taskName(this); }
  set_name(value: any) {
    this.$tname = typeof value === 'string' ? value : str(value);
    const tr = this._loop?.$trace;
    if (tr !== undefined) emit(tr, { k: 'name', id: this.$id, t: this._loop.$time(), name: this.$tname });
    return None;
  }
  set_result(_: any): any { throw pyErr(E.RuntimeError, 'Task does not support set_result operation'); }
  set_exception(_: any): any { throw pyErr(E.RuntimeError, 'Task does not support set_exception operation'); }
  cancelling() { return this._num_cancels_requested; }
  uncancel() {
    if (this._num_cancels_requested > 0) this._num_cancels_requested -= 1;
    return this._num_cancels_requested;
  }
  $cancelTask(msg: any): boolean {
    this.$logTb = false;
    if (this._state !== PENDING) return false;
    this._num_cancels_requested += 1;
    const w = this._fut_waiter;
    if (w !== None) {
      if (truthy(w instanceof Future && !w.$cls.$user ? (w as any).$cancelAny(msg) : callMethod(w, 'cancel', msg))) return true;
    }
    this._must_cancel = true;
    this._cancel_message = msg;
    return true;
  }
  get_stack() { return []; }
  __repr__(): string {
    return recursiveRepr(this, () => `<${this.$cls.$name} ${taskReprInfo(this).join(' ')}>`);
  }
}
Object.assign(Task.prototype, { _must_cancel: false, _num_cancels_requested: 0, $wakeupFn: undefined, $unref: false, $root: false });
/** cancel() of any Future-like (Task.cancel, _GatheringFuture.cancel, Future.cancel). */
(Future.prototype as any).$cancelAny = function (this: Future, msg: any) { return this.$cancel(msg); };
(Task.prototype as any).$cancelAny = function (this: Task, msg: any) { return this.$cancelTask(msg); };

/** Task.get_name() */
export function taskName(t: Task): string {
  const n = t.$tname;
  return typeof n === 'number' ? (t.$tname = `Task-${n}`) : n;
}

/** base_tasks._task_repr_info */
export function taskReprInfo(t: Task): string[] {
  const info = futureReprInfo(t);
  if (t._num_cancels_requested > 0 && t._state === PENDING) info[0] = 'cancelling';
  info.splice(1, 0, `name=${repr(taskName(t))}`);
  info.splice(2, 0, `coro=<${formatCoroutine(t._coro)}>`);
  if (t._fut_waiter !== None) info.splice(3, 0, `wait_for=${repr(t._fut_waiter)}`);
  return info;
}

export const TaskClass = nativeClass({
  name: 'Task', module: '_asyncio', es: Task, bases: [FutureClass],
  dict: {
    __init__: pyfunc('__init__', ['coro', '*', 'loop=', 'name=', 'context='], function (this: Task, coro: any, loop: any, name: any, context: any) {
      initTask(this, coro, loop === None ? getEventLoopForTask() : loop, name, context);
      return None;
    }, [None, None, None], 'Task.__init__'),
    cancel: pyfunc('cancel', ['msg='], function (this: Task, msg: any) { return this.$cancelTask(msg); }, [None], 'Task.cancel'),
  },
});
let getEventLoopForTask: () => any = () => { throw pyErr(E.RuntimeError, 'no event loop'); };
export function setTaskLoopGetter(f: () => any) { getEventLoopForTask = f; }

/** Task.__init__ after future_init (loop already resolved). */
export function initTask(t: Task, coro: any, loop: any, name: any, context: any) {
  t._loop = loop;
  if (!iscoroutine(coro)) {
    t._log_destroy_pending = false;
    throw pyErr(E.TypeError, `a coroutine was expected, got ${repr(coro)}`);
  }
  t._context = context === None || context === undefined ? host.copyContext() : context;
  t._coro = coro;
  t.$tname = name === None || name === undefined ? ++taskNameCounter : (typeof name === 'string' ? name : str(name));
  t.$id = ++taskIds;
  if (loop.$trace !== undefined) {
    emit(loop.$trace, { k: 'task', id: t.$id, name: taskName(t), coro: formatCoroutine(coro), t: loop.$time(), parent: loop.$current?.$id, file: coro?.$file });
  }
  callStepSoon(t, undefined);
  loop.$tasks.add(t);
}

export function newTask(coro: any, loop: any, name?: any, context?: any): Task {
  const t = new Task();
  initTask(t, coro, loop, name, context);
  return t;
}

/** The loop handle of a task step. Its callback, the TaskStepMethWrapper CPython's C task
 *  schedules, is made only if something reads `_callback` (Python code looking at loop._ready,
 *  an error message): the loop runs the step directly. */
class TaskStepHandle extends Handle {
  $taskStep: any = undefined;
  $arg: any = undefined;
  $w: any = undefined;
  $step() { taskStep(this.$taskStep, this.$arg); }
}
/** A data property of this handle from now on (Python code assigning a handle attribute). */
const own = (h: any, name: string, v: any) => Object.defineProperty(h, name, { value: v, writable: true, enumerable: true, configurable: true });
Object.defineProperties(TaskStepHandle.prototype, {
  _callback: {
    get(this: TaskStepHandle) { return (this.$w ??= new TaskStepMethWrapper(this.$taskStep, this.$arg)); },
    set(this: TaskStepHandle, v: any) { this.$w = v; },
  },
  _args: { value: EMPTY_ARGS, writable: true },
  _loop: { get(this: TaskStepHandle) { return this.$taskStep._loop; }, set(this: TaskStepHandle, v: any) { own(this, '_loop', v); } },
  _context: { get(this: TaskStepHandle) { return this.$taskStep._context; }, set(this: TaskStepHandle, v: any) { own(this, '_context', v); } },
});

function callStepSoon(t: Task, arg: any) {
  const loop = t._loop;
  const h = new TaskStepHandle();
  h.$taskStep = t;
  h.$arg = arg;
  loop.$ready.push(h);
}

function wakeupFn(t: Task): any {
  let w = t.$wakeupFn;
  if (w === undefined) {
    w = t.$wakeupFn = boundWakeup(t);
    w.$name = 'task_wakeup'; w.$qualname = 'Task.task_wakeup'; w.$bound = t;
  }
  return w;
}
// Anonymous on purpose: a named function expression gets esbuild's keepNames `__name()` call (a
// defineProperty) every time it is created, here once per task.
function boundWakeup(t: Task): any {
  return function (fut: any) { taskWakeup(t, fut); return None; };
}

// ------------------------------------------------------------------ _enter_task / _leave_task
export function enterTask(loop: any, task: any) {
  const cur = loop.$current;
  if (cur !== undefined) {
    throw pyErr(E.RuntimeError, `Cannot enter into task ${repr(task)} while another task ${repr(cur)} is being executed.`);
  }
  loop.$current = task;
}
export function leaveTask(loop: any, task: any) {
  const cur = loop.$current;
  if (cur !== task) {
    throw pyErr(E.RuntimeError, `Leaving task ${repr(task)} does not match the current task ${cur === undefined ? 'None' : repr(cur)}.`);
  }
  loop.$current = undefined;
}

// ------------------------------------------------------------------ task_step / task_wakeup
export function taskStep(task: Task, exc: any) {
  const loop = task._loop;
  enterTask(loop, task);
  const tr = loop.$trace;
  if (tr !== undefined) emit(tr, { k: 'step', id: task.$id, t: loop.$time(), line: stepLine(task._coro) });
  try {
    taskStepImpl(task, exc);
  } finally {
    leaveTask(loop, task);
    if (tr !== undefined) emit(tr, { k: 'stepEnd', id: task.$id, t: loop.$time() });
  }
}

function setErrorSoon(task: Task, msg: string) {
  callStepSoon(task, pyErr(E.RuntimeError, msg));
}

function taskStepImpl(task: Task, exc: any) {
  if (task._state !== PENDING) {
    throw pyErr(InvalidStateError, `_step(): already done: ${repr(task)} ${exc === undefined ? 'None' : repr(exc)}`);
  }
  if (task._must_cancel) {
    if (exc === undefined || !isCancelledError(exc)) exc = task.$makeCancelledError();
    task._must_cancel = false;
  }
  task._fut_waiter = None;
  const coro = task._coro;
  let r: IteratorResult<any>;
  try {
    if (coro instanceof Coroutine || coro instanceof PyGenerator) {
      if (coro.$state === 0) unstarted.delete(coro as Coroutine);
      r = exc === undefined ? coro.$send(undefined) : coro.$throw(exc);
    } else {
      r = sendGeneric(coro, exc);
    }
  } catch (x) {
    const e = toPyException(x);
    noteCaught(e, false);
    if (task.$root) flushLogTbs(task._loop);
    if (isCancelledError(e)) {
      task._cancelled_exc = e;
      finish(task, 'cancelled');
      task.$cancel(None);
      return;
    }
    finish(task, 'failed', e);
    // Done callbacks (a TaskGroup, gather, a waiter) hold the task until they have run, as in
    // CPython: an unreferenced task is then reported only after them, if they did not retrieve it.
    const held = task.$hasCallbacks();
    task.$setException(e);
    if (task.$unref) {
      if (held) task._loop.$callSoon(reportUnretrieved, [task], undefined);
      else (task._loop.$reportSoon ??= []).push(task);
    }
    if (isExitException(e)) throw e;
    return;
  }
  if (r.done) {
    if (task.$root) flushLogTbs(task._loop);
    if (task._must_cancel) {
      task._must_cancel = false;
      finish(task, 'cancelled');
      task.$cancel(task._cancel_message);
    } else {
      const v = r.value === undefined ? None : r.value;
      finish(task, 'done', v);
      task.$setResult(v);
    }
    return;
  }
  const result = r.value;
  if (result === task) return setErrorSoon(task, `Task cannot await on itself: ${repr(task)}`);
  if (result instanceof Future && !result.$cls.$user) {
    if (result._loop !== task._loop) return setErrorSoon(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
    if (!result._asyncio_future_blocking) return setErrorSoon(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
    result._asyncio_future_blocking = false;
    result.$addDoneCallback(wakeupFn(task), task._context);
    task._fut_waiter = result;
    if (task._loop.$trace !== undefined) emitWait(task, result);
    if (task._must_cancel) {
      if (truthy((result as any).$cancelAny(task._cancel_message))) task._must_cancel = false;
    }
    return;
  }
  if (result === None || result === undefined) {
    callStepSoon(task, undefined);
    return;
  }
  const blocking = typeof result === 'object' && !Array.isArray(result) ? getattrDefault(result, '_asyncio_future_blocking', undefined) : undefined;
  if (blocking !== undefined && blocking !== None) {
    if (!truthy(blocking)) return setErrorSoon(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
    if (getFutureLoop(result) !== task._loop) return setErrorSoon(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
    setattr(result, '_asyncio_future_blocking', false);
    callMethodKw(result, 'add_done_callback', [wakeupFn(task)], kw({ context: task._context ?? None }));
    task._fut_waiter = result;
    if (task._must_cancel) {
      if (truthy(callMethod(result, 'cancel', task._cancel_message))) task._must_cancel = false;
    }
    return;
  }
  if (result instanceof PyGenerator) {
    return setErrorSoon(task, `yield was used instead of yield from for generator in task ${repr(task)} with ${repr(result)}`);
  }
  setErrorSoon(task, `Task got bad yield: ${repr(result)}`);
}

/** coro.send(None) / coro.throw(exc) for coroutine-like objects that are not native coroutines. */
function sendGeneric(coro: any, exc: any): IteratorResult<any> {
  try {
    return { value: exc === undefined ? callMethod(coro, 'send', None) : callMethod(coro, 'throw', exc), done: false };
  } catch (e) {
    if (isPyException(e) && e.$cls.$mro.includes(E.StopIteration)) return { value: (e as any).value, done: true };
    throw e;
  }
}

/** C task_wakeup */
export function taskWakeup(task: Task, fut: any) {
  const loop = task._loop;
  if (loop.$trace !== undefined) emit(loop.$trace, { k: 'wake', id: task.$id, t: loop.$time(), by: fut?.$by ?? loop.$current?.$id });
  let exc: any;
  try {
    if (fut instanceof Future && !fut.$cls.$user) fut.$getResult();
    else callMethod(fut, 'result');
  } catch (x) {
    exc = toPyException(x);
  }
  taskStep(task, exc);
}

function finish(task: Task, k: 'done' | 'cancelled' | 'failed', v?: any) {
  const loop = task._loop;
  const tr = loop.$trace;
  if (tr === undefined) return;
  const t = loop.$time();
  if (k === 'done') emit(tr, { k, id: task.$id, t, result: safeRepr(v) });
  else if (k === 'failed') emit(tr, { k, id: task.$id, t, exc: safeRepr(v) });
  else emit(tr, { k, id: task.$id, t });
}
export { isClass, PyBaseException, flushLogTbs, reportUnretrieved };
