// asyncio/taskgroups.py (CPython 3.11.7): TaskGroup.
import { PyObject, nativeClass, None, tuple } from './py/object';
import { E, pyErr, PyBaseException } from './py/exceptions';
import { call, pyfunc } from './py/call';
import { repr } from './py/protocols';
import { recordRaise, registerVirtualFrame } from './py/traceback';
import { libCode, libCoro } from './coroutines';
import { get_running_loop } from './events';
import { newFuture, Future } from './futures';
import { Task } from './tasks';
import { CancelledError, isCancelledError, isExitException } from './asyncioExceptions';
import { current_task, loopCreateTask, setTaskName } from './tasksApi';
import { futCancelled, futException, futAddCb, futDone, futCancel } from './futuresChain';

/** A bound method object for a runtime method (as `obj.method` would give Python). */
export function boundMethod(self: any, name: string, qualname: string, fn: (...a: any[]) => any): any {
  const f: any = function (...a: any[]) { return fn(...a); };
  f.$name = name; f.$qualname = qualname; f.$bound = self;
  return f;
}

const AENTER = libCode('TaskGroup.__aenter__', 'asyncio/taskgroups.py', 54);
const AEXIT = libCode('TaskGroup.__aexit__', 'asyncio/taskgroups.py', 68);
const vf = (name: string, line: number, fn: string, text: string) => registerVirtualFrame(name, 'asyncio/taskgroups.py', line, fn, text);

export class TaskGroup extends PyObject {
  _entered = false;
  _exiting = false;
  _aborting = false;
  _loop: any = None;
  _parent_task: any = None;
  _parent_cancel_requested = false;
  $tasks = new Set<any>();
  _errors: any[] | null = [];
  _base_error: any = None;
  _on_completed_fut: any = None;
  $onTaskDone: any = undefined;

  __repr__() {
    const info = [''];
    if (this.$tasks.size) info.push(`tasks=${this.$tasks.size}`);
    if (this._errors && this._errors.length) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push('cancelling');
    else if (this._entered) info.push('entered');
    return `<TaskGroup${info.join(' ')}>`;
  }
  __aenter__() { return libCoro(AENTER, tgAenter, this); }
  __aexit__(et: any, exc: any, _tb: any) { return libCoro(AEXIT, asyncio_taskgroups_TaskGroup___aexit__, this, et, exc); }
  _is_base_error(exc: any) { return isExitException(exc); }
  _abort() {
    this._aborting = true;
    for (const t of this.$tasks) if (!futDone(t)) futCancel(t);
    return None;
  }
  _on_task_done(task: any) {
    this.$tasks.delete(task);
    if (this._on_completed_fut !== None && !this.$tasks.size && !futDone(this._on_completed_fut)) {
      this._on_completed_fut.$setResult(true);
    }
    if (futCancelled(task)) return None;
    const exc = futException(task);
    if (exc === None) return None;
    this._errors!.push(exc);
    if (this._is_base_error(exc) && this._base_error === None) this._base_error = exc;
    if (futDone(this._parent_task)) {
      this._loop.$callExceptionHandler([
        ['message', `Task ${repr(task)} has errored out but its parent task ${repr(this._parent_task)} is already completed`],
        ['exception', exc], ['task', task]]);
      return None;
    }
    if (!this._aborting && !this._parent_cancel_requested) {
      this._abort();
      this._parent_cancel_requested = true;
      futCancel(this._parent_task);
    }
    return None;
  }
  get _tasks() { return [...this.$tasks]; }
}

function* tgAenter(_c: any, self: TaskGroup): Generator<any, any, any> {
  if (self._entered) throw pyErr(E.RuntimeError, `TaskGroup ${repr(self)} has already been entered`);
  if (self._loop === None) self._loop = get_running_loop();
  self._parent_task = current_task(self._loop);
  if (self._parent_task === None) throw pyErr(E.RuntimeError, `TaskGroup ${repr(self)} cannot determine the parent task`);
  self._entered = true;
  return self;
}

function* asyncio_taskgroups_TaskGroup___aexit__(c: any, self: TaskGroup, et: any, exc: any): Generator<any, any, any> {
  self._exiting = true;
  if (exc !== None && self._is_base_error(exc) && self._base_error === None) self._base_error = exc;
  let propagate: any = et === CancelledError ? exc : None;
  if (self._parent_cancel_requested) {
    if (uncancel(self._parent_task) === 0) propagate = None;
  }
  if (et !== None && !self._aborting) self._abort();
  while (self.$tasks.size) {
    if (self._on_completed_fut === None) self._on_completed_fut = newFuture(self._loop);
    try {
      c.$lineno = 110;
      yield* asyncio_taskgroups_TaskGroup___aexit___110(self._on_completed_fut);
    } catch (ex) {
      if (!isCancelledError(ex)) throw ex;
      if (!self._aborting) {
        propagate = ex;
        self._abort();
      }
    }
    self._on_completed_fut = None;
  }
  if (self._base_error !== None) throw reraise129(self._base_error);
  if (propagate !== None && !self._errors!.length) throw reraise134(propagate);
  if (et !== None && et !== CancelledError) self._errors!.push(exc);
  if (self._errors!.length) {
    const errors = self._errors!;
    self._errors = null;
    throw asyncio_taskgroups_TaskGroup___aexit___145(errors, exc);
  }
  return None;
}
function* asyncio_taskgroups_TaskGroup___aexit___110(f: Future): Generator<any, any, any> { yield* f; }
function asyncio_taskgroups_TaskGroup___aexit___129(e: PyBaseException) { recordRaise(e); return e; }
function asyncio_taskgroups_TaskGroup___aexit___134(e: PyBaseException) { recordRaise(e); return e; }
const reraise129 = asyncio_taskgroups_TaskGroup___aexit___129, reraise134 = asyncio_taskgroups_TaskGroup___aexit___134;
function asyncio_taskgroups_TaskGroup___aexit___145(errors: any[], handling: any) {
  const me = call(E.BaseExceptionGroup, 'unhandled errors in a TaskGroup', errors);
  me.__cause__ = None; me.__suppress_context__ = true;
  if (handling !== None && handling !== undefined && me.__context__ === None) me.__context__ = handling;
  recordRaise(me);
  return me;
}
vf('asyncio_taskgroups_TaskGroup___aexit___110', 110, '__aexit__', 'await self._on_completed_fut');
vf('asyncio_taskgroups_TaskGroup___aexit___129', 129, '__aexit__', 'raise self._base_error');
vf('asyncio_taskgroups_TaskGroup___aexit___134', 134, '__aexit__', 'raise propagate_cancellation_error');
vf('asyncio_taskgroups_TaskGroup___aexit___145', 145, '__aexit__', 'raise me from None');

function uncancel(t: any): number { return t instanceof Task ? t.uncancel() : (t.uncancel() as number); }

function tgCreateTask(this: TaskGroup, coro: any, name: any, context: any) {
  if (!this._entered) throw pyErr(E.RuntimeError, `TaskGroup ${repr(this)} has not been entered`);
  if (this._exiting && !this.$tasks.size) throw pyErr(E.RuntimeError, `TaskGroup ${repr(this)} is finished`);
  if (this._aborting) throw pyErr(E.RuntimeError, `TaskGroup ${repr(this)} is shutting down`);
  const task = loopCreateTask(this._loop, coro, None, context);
  setTaskName(task, name);
  const cb = this.$onTaskDone ??= boundMethod(this, '_on_task_done', 'TaskGroup._on_task_done', (t: any) => this._on_task_done(t));
  futAddCb(task, cb);
  this.$tasks.add(task);
  return task;
}

export const TaskGroupClass = nativeClass({
  name: 'TaskGroup', module: 'asyncio.taskgroups', es: TaskGroup,
  dict: {
    create_task: pyfunc('create_task', ['coro', '*', 'name=', 'context='], tgCreateTask, [None, None], 'TaskGroup.create_task'),
  },
});
export { tuple };
