// asyncio/events.py (CPython 3.11): Handle, TimerHandle and the running-loop functions.
import { PyObject, nativeClass, None, tuple, float, PyFloat, NotImplemented } from './py/object';
import { E, pyErr, toPyException, isPyException } from './py/exceptions';
import { pyfunc } from './py/call';
import { repr, str, hash } from './py/protocols';
import { noteCaught, recordRaise, registerVirtualFrame, materialize } from './py/traceback';
import { host, runIn } from './eventsHost';
import { formatCallbackSource } from './eventsFormat';
import { isExitException } from './asyncioExceptions';
import { emit } from './trace';

/** What a Handle needs from its loop (the loop class lives in eventsLoop.ts). */
export interface LoopLike {
  _debug: boolean;
  $trace: any;
  get_debug(): boolean;
  $callExceptionHandler(entries: [string, any][]): void;
  _timer_handle_cancelled(h: TimerHandle): void;
  $time(): number;
}

export const EMPTY_ARGS: any[] = tuple([]);

export class Handle extends PyObject {
  /** Assigned in the constructor, not fields: a task step's handle (tasks.ts) passes none of
   *  them and reads them from its task (its callback object is made only if read), so that the
   *  100k step handles a big gather queues at once stay small. */
  declare _callback: any;
  declare _args: any;
  _cancelled = false;
  declare _loop: any;
  declare _context: any;
  declare _repr: any;
  declare _source_traceback: any;

  constructor(callback?: any, args?: any[], loop?: LoopLike, context?: any) {
    super();
    if (callback === undefined && args === undefined && loop === undefined && context === undefined) return;
    this._callback = callback;
    this._args = args;
    this._loop = loop;
    this._context = context;
  }

  _repr_info(): string[] {
    const info = [this.$cls.$name];
    if (this._cancelled) info.push('cancelled');
    if (this._callback !== None && this._callback !== undefined) info.push(formatCallbackSource(this._callback, this._args));
    return info;
  }
  __repr__(): string {
    if (this._repr !== None) return this._repr;
    return `<${this._repr_info().join(' ')}>`;
  }
  get_context() { return this._context ?? None; }
  cancel() {
    if (!this._cancelled) {
      this._cancelled = true;
      if (this._loop.get_debug()) this._repr = repr(this);
      this._callback = None;
      this._args = None;
    }
    return None;
  }
  cancelled() { return this._cancelled; }
  _run() { asyncio_events_Handle__run(this); return None; }
}

// cpython: events.py:80 in _run: self._context.run(self._callback, *self._args)
registerVirtualFrame('asyncio_events_Handle__run', 'asyncio/events.py', 80, '_run', 'self._context.run(self._callback, *self._args)');
/** Handle._run: the callback runs in its context; errors go to the loop's exception handler. */
export function asyncio_events_Handle__run(h: Handle) {
  const loop = h._loop;
  if (loop.$trace !== undefined && h.$taskStep === undefined) emit(loop.$trace, { k: 'cb', t: loop.$time(), desc: formatCallbackSource(h._callback, h._args) });
  try {
    if (h.$taskStep !== undefined) {
      // A task step (tasks.ts TaskStepHandle): run directly, not through its callback object.
      const ctx = h._context;
      if (ctx === undefined || ctx === None) h.$step!();
      else host.runInContext(ctx, () => h.$step!(), []);
    } else {
      runIn(h._context, h._callback, h._args);
    }
  } catch (x) {
    const exc = toPyException(x);
    if (isExitException(exc)) throw exc;
    materialize(exc);
    if (exc.$frames === undefined) recordRaise(exc);
    noteCaught(exc, true);
    const cb = formatCallbackSource(h._callback, h._args);
    const ctx: [string, any][] = [['message', `Exception in callback ${cb}`], ['exception', exc], ['handle', h]];
    loop.$callExceptionHandler(ctx);
  }
}
export interface Handle { $taskStep?: any; $step?(): void }
Object.assign(Handle.prototype, { _repr: None, _source_traceback: None, $taskStep: undefined });

let timerSeq = 0;

export class TimerHandle extends Handle {
  /** Deadline as a JS number; the Python value when() returns (`_when`) is made from it on first
   *  read unless the caller gave its own (call_at(5) keeps the int 5). */
  $when = 0;
  declare _when: any;
  $whenPy: any = undefined;
  /** FIFO tie-break between equal deadlines (the oracle's StableTimerHandle). */
  $seq = 0;
  _scheduled = false;

  constructor(when?: number, whenPy?: any, callback?: any, args?: any[], loop?: LoopLike, context?: any) {
    super(callback, args, loop, context);
    this.$when = when ?? 0;
    this.$whenPy = whenPy;
    this.$seq = timerSeq++;
  }
  _repr_info(): string[] {
    const info = super._repr_info();
    info.splice(this._cancelled ? 2 : 1, 0, `when=${str(this._when)}`);
    return info;
  }
  __hash__() { return hash(this._when); }
  __lt__(o: any) { return o instanceof TimerHandle ? timerLess(this, o) : NotImplemented; }
  __le__(o: any) { return o instanceof TimerHandle ? !timerLess(o, this) : NotImplemented; }
  __gt__(o: any) { return o instanceof TimerHandle ? timerLess(o, this) : NotImplemented; }
  __ge__(o: any) { return o instanceof TimerHandle ? !timerLess(this, o) : NotImplemented; }
  __eq__(o: any) {
    if (!(o instanceof TimerHandle)) return NotImplemented;
    return this.$when === o.$when && this._callback === o._callback && this._args === o._args && this._cancelled === o._cancelled;
  }
  cancel() {
    if (!this._cancelled) this._loop._timer_handle_cancelled(this);
    return super.cancel();
  }
  when() { return this._when; }
}

Object.defineProperty(TimerHandle.prototype, '_when', {
  get(this: TimerHandle) { return (this.$whenPy ??= float(this.$when)); },
  set(this: TimerHandle, v: any) { this.$whenPy = v; },
});

/** Heap order: deadline, then scheduling order. */
export function timerLess(a: TimerHandle, b: TimerHandle): boolean {
  return a.$when < b.$when || (a.$when === b.$when && a.$seq < b.$seq);
}

/** A Python number (int, float, bool) as a JS number, or undefined. */
export function toNum(v: any): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}
/** Python float(x) of a loop time. */
export function pyTime(t: number): PyFloat { return float(t); }

export const HandleClass = nativeClass({
  name: 'Handle', module: 'asyncio.events', es: Handle,
  dict: {
    __init__: pyfunc('__init__', ['callback', 'args', 'loop', 'context='], function (this: Handle, cb: any, args: any, loop: any, context: any) {
      this._callback = cb; this._args = args; this._loop = loop;
      this._context = context === None ? host.copyContext() : context;
      return None;
    }, [None], 'Handle.__init__'),
  },
});
export const TimerHandleClass = nativeClass({
  name: 'TimerHandle', module: 'asyncio.events', es: TimerHandle, bases: [HandleClass],
  dict: {
    __init__: pyfunc('__init__', ['when', 'callback', 'args', 'loop', 'context='], function (this: TimerHandle, when: any, cb: any, args: any, loop: any, context: any) {
      this._callback = cb; this._args = args; this._loop = loop;
      this._context = context === None ? host.copyContext() : context;
      this.$when = toNum(when) ?? 0; this._when = when; this._scheduled = false;
      return None;
    }, [None], 'TimerHandle.__init__'),
  },
});

// ------------------------------------------------------------------ the running loop

let runningLoop: any = undefined;

/** events._get_running_loop() (None when no loop runs). */
export function _get_running_loop(): any { return runningLoop ?? None; }
export function runningLoopOrUndefined(): any { return runningLoop; }
export function _set_running_loop(loop: any) { runningLoop = loop === None ? undefined : loop; return None; }
export function get_running_loop(): any {
  const loop = runningLoop;
  if (loop === undefined) throw pyErr(E.RuntimeError, 'no running event loop');
  return loop;
}

export { isPyException };
