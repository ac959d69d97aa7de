// asyncio/timeouts.py (CPython 3.11): Timeout, timeout(), timeout_at().
import { PyObject, nativeClass, None, float } from './py/object';
import { E, pyErr } from './py/exceptions';
import { pyfunc } from './py/call';
import { repr } from './py/protocols';
import { recordRaise, registerVirtualFrame } from './py/traceback';
import { host } from './eventsHost';
import { get_running_loop, toNum } from './events';
import { libCode, libCoro } from './coroutines';
import { CancelledError, TimeoutError } from './asyncioExceptions';
import { current_task } from './tasksApi';
import { Task } from './tasks';

const CREATED = 'created', ENTERED = 'active', EXPIRING = 'expiring', EXPIRED = 'expired', EXITED = 'finished';
const AENTER = libCode('Timeout.__aenter__', 'asyncio/timeouts.py', 85);
const AEXIT = libCode('Timeout.__aexit__', 'asyncio/timeouts.py', 97);

export class Timeout extends PyObject {
  $state = CREATED;
  _timeout_handler: any = None;
  _task: any = None;
  _when: any = None;
  _cancelling = 0;
  $onTimeout: any = undefined;

  when() { return this._when; }
  reschedule(when: any) {
    if (this.$state !== ENTERED) {
      if (this.$state === CREATED) throw pyErr(E.RuntimeError, 'Timeout has not been entered');
      throw pyErr(E.RuntimeError, `Cannot change state of ${this.$state} Timeout`);
    }
    this._when = when;
    if (this._timeout_handler !== None) this._timeout_handler.cancel();
    if (when === None) { this._timeout_handler = None; return None; }
    const loop = get_running_loop();
    const w = toNum(when);
    if (w === undefined) throw pyErr(E.TypeError, `'<=' not supported between instances of '${when?.$cls?.$name ?? typeof when}' and 'float'`);
    const cb = this.$onTimeout ??= boundOnTimeout(this);
    this._timeout_handler = w <= loop.$time() ? loop.$callSoon(cb, [], host.copyContext()) : loop.$callAt(w, when, cb, [], host.copyContext());
    return None;
  }
  expired() { return this.$state === EXPIRING || this.$state === EXPIRED; }
  __repr__() {
    let info = '';
    if (this.$state === ENTERED) {
      const w = toNum(this._when);
      info = ` when=${this._when === None || w === undefined ? 'None' : repr(float(Number(w.toFixed(3))))}`;
    }
    return `<Timeout [${this.$state}]${info}>`;
  }
  __aenter__() { return libCoro(AENTER, timeoutAenter, this); }
  __aexit__(et: any, ev: any, _tb: any) { return libCoro(AEXIT, asyncio_timeouts_Timeout___aexit__, this, et, ev); }
  _on_timeout() {
    this._task.cancel();
    this.$state = EXPIRING;
    this._timeout_handler = None;
    return None;
  }
  get _state() { return this.$state; }
}
function boundOnTimeout(t: Timeout) {
  const f: any = function _on_timeout() { return t._on_timeout(); };
  f.$name = '_on_timeout'; f.$qualname = 'Timeout._on_timeout'; f.$bound = t; f.$func = Timeout.prototype._on_timeout;
  return f;
}

function* timeoutAenter(_c: any, self: Timeout): Generator<any, any, any> {
  if (self.$state !== CREATED) throw pyErr(E.RuntimeError, 'Timeout has already been entered');
  const task = current_task();
  if (task === None) throw pyErr(E.RuntimeError, 'Timeout should be used inside a task');
  self.$state = ENTERED;
  self._task = task;
  self._cancelling = task instanceof Task ? task._num_cancels_requested : task.cancelling();
  self.reschedule(self._when);
  return self;
}

function* asyncio_timeouts_Timeout___aexit__(_c: any, self: Timeout, et: any, ev: any): Generator<any, any, any> {
  if (self._timeout_handler !== None) {
    self._timeout_handler.cancel();
    self._timeout_handler = None;
  }
  if (self.$state === EXPIRING) {
    self.$state = EXPIRED;
    const left = self._task instanceof Task ? self._task.uncancel() : self._task.uncancel();
    if (left <= self._cancelling && et === CancelledError) throw asyncio_timeouts_Timeout___aexit___115(ev);
  } else if (self.$state === ENTERED) {
    self.$state = EXITED;
  }
  return None;
}
function asyncio_timeouts_Timeout___aexit___115(ev: any) {
  const e = pyErr(TimeoutError);
  e.__cause__ = ev; e.__suppress_context__ = true;
  if (ev !== None) e.__context__ = ev;
  recordRaise(e);
  return e;
}
registerVirtualFrame('asyncio_timeouts_Timeout___aexit___115', 'asyncio/timeouts.py', 115, '__aexit__', 'raise TimeoutError from exc_val');

export const TimeoutClass = nativeClass({
  name: 'Timeout', module: 'asyncio.timeouts', es: Timeout,
  dict: {
    __init__: pyfunc('__init__', ['when'], function (this: Timeout, when: any) {
      this.$state = CREATED; this._timeout_handler = None; this._task = None; this._when = when;
      return None;
    }, [], 'Timeout.__init__'),
  },
});

/** asyncio.timeout(delay) */
export function timeout(delay: any): Timeout {
  const loop = get_running_loop();
  if (delay === None) return TimeoutClass(None);
  const d = toNum(delay);
  if (d === undefined) throw pyErr(E.TypeError, `unsupported operand type(s) for +: 'float' and '${delay?.$cls?.$name ?? typeof delay}'`);
  return TimeoutClass(float(loop.$time() + d));
}
/** asyncio.timeout_at(when) */
export function timeout_at(when: any): Timeout { return TimeoutClass(when); }
