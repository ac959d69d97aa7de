// asyncio/runners.py (CPython 3.11): Runner and run().
import { PyObject, nativeClass, None } from './py/object';
import { E, pyErr } from './py/exceptions';
import { call, pyfunc } from './py/call';
import { callMethod, callMethodKw } from './py/attrs';
import { repr, truthy } from './py/protocols';
import { kw } from './py/call';
import { registerVirtualFrame } from './py/traceback';
import { host } from './eventsHost';
import { runningLoopOrUndefined } from './events';
import { new_event_loop, set_event_loop } from './eventsPolicy';
import { BaseEventLoop } from './eventsLoop';
import { iscoroutine } from './coroutines';
import { Task } from './tasks';
import { isCancelledError } from './asyncioExceptions';
import { loopCreateTask } from './tasksApi';
import { gather } from './tasksGather';
import { futCancelled, futException, futCancel } from './futuresChain';

const CREATED = 'created', INITIALIZED = 'initialized', CLOSED = 'closed';

export class Runner extends PyObject {
  $state = CREATED;
  _debug: any = None;
  _loop_factory: any = None;
  _loop: any = None;
  _context: any = None;
  _interrupt_count = 0;
  _set_event_loop = false;

  __enter__() { this._lazy_init(); return this; }
  __exit__(..._a: any[]) { this.close(); return None; }
  close() {
    if (this.$state !== INITIALIZED) return None;
    const loop = this._loop;
    try {
      cancelAllTasks(loop);
      runUntilComplete(loop, callMethod(loop, 'shutdown_asyncgens'));
      runUntilComplete(loop, callMethod(loop, 'shutdown_default_executor'));
    } finally {
      if (this._set_event_loop) set_event_loop(None);
      callMethod(loop, 'close');
      this._loop = None;
      this.$state = CLOSED;
    }
    return None;
  }
  get_loop() { this._lazy_init(); return this._loop; }
  _lazy_init() {
    if (this.$state === CLOSED) throw pyErr(E.RuntimeError, 'Runner is closed');
    if (this.$state === INITIALIZED) return None;
    if (this._loop_factory === None) {
      this._loop = new_event_loop();
      if (!this._set_event_loop) {
        set_event_loop(this._loop);
        this._set_event_loop = true;
      }
    } else {
      this._loop = call(this._loop_factory);
    }
    if (this._debug !== None) callMethod(this._loop, 'set_debug', this._debug);
    this._context = host.copyContext() ?? None;
    this.$state = INITIALIZED;
    return None;
  }
}

function runUntilComplete(loop: any, f: any) {
  return loop instanceof BaseEventLoop ? loop.run_until_complete(f) : callMethod(loop, 'run_until_complete', f);
}

/** Runner.run(coro, *, context=None) */
export function asyncio_runners_Runner_run(self: Runner, coro: any, context: any): any {
  if (!iscoroutine(coro)) throw pyErr(E.ValueError, `a coroutine was expected, got ${repr(coro)}`);
  if (runningLoopOrUndefined() !== undefined) throw pyErr(E.RuntimeError, 'Runner.run() cannot be called from a running event loop');
  self._lazy_init();
  if (context === None) context = self._context;
  const loop = self._loop;
  const task = loop instanceof BaseEventLoop ? loopCreateTask(loop, coro, None, context)
    : callMethodKw(loop, 'create_task', [coro], kw({ context }));
  if (task instanceof Task) task.$root = true;
  self._interrupt_count = 0;
  try {
    return runUntilComplete(loop, task);
  } catch (e) {
    if (isCancelledError(e) && self._interrupt_count > 0) {
      if (task instanceof Task && task.uncancel() === 0) throw pyErr(E.KeyboardInterrupt);
    }
    throw e;
  }
}
registerVirtualFrame('asyncio_runners_Runner_run', 'asyncio/runners.py', 118, 'run', 'return self._loop.run_until_complete(task)');

/** asyncio.run(main, *, debug=None) */
export function asyncio_runners_run(main: any, debug: any): any {
  if (runningLoopOrUndefined() !== undefined) {
    throw pyErr(E.RuntimeError, 'asyncio.run() cannot be called from a running event loop');
  }
  const runner = RunnerClass() as Runner;
  runner._debug = debug;
  runner.__enter__();
  try {
    return asyncio_runners_Runner_run(runner, main, None);
  } finally {
    runner.close();
  }
}
registerVirtualFrame('asyncio_runners_run', 'asyncio/runners.py', 190, 'run', 'return runner.run(main)');

/** runners._cancel_all_tasks */
export function cancelAllTasks(loop: any) {
  const toCancel: any[] = [];
  for (const t of loop.$tasks ?? []) if (!futCancelled(t) && t._state === 'PENDING') toCancel.push(t);
  if (!toCancel.length) return;
  for (const t of toCancel) futCancel(t);
  runUntilComplete(loop, gather(toCancel, true));
  for (const t of toCancel) {
    if (futCancelled(t)) continue;
    const exc = futException(t);
    if (exc !== None) {
      loop.$callExceptionHandler([
        ['message', 'unhandled exception during asyncio.run() shutdown'], ['exception', exc], ['task', t]]);
    }
  }
}

export const RunnerClass = nativeClass({
  name: 'Runner', module: 'asyncio.runners', es: Runner,
  dict: {
    __init__: pyfunc('__init__', ['*', 'debug=', 'loop_factory='], function (this: Runner, debug: any, loopFactory: any) {
      this.$state = CREATED; this._debug = debug; this._loop_factory = loopFactory; this._loop = None;
      this._context = None; this._interrupt_count = 0; this._set_event_loop = false;
      return None;
    }, [None, None], 'Runner.__init__'),
    run: pyfunc('run', ['coro', '*', 'context='], function (this: Runner, coro: any, context: any) {
      return asyncio_runners_Runner_run(this, coro, context);
    }, [None], 'Runner.run'),
  },
});
export { truthy };
