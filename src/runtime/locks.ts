// asyncio/locks.py (CPython 3.11.7): Lock, Event, Condition, Semaphore, BoundedSemaphore.
// Barrier is in locksBarrier.ts.
import { PyObject, nativeClass, None, PyClass } from './py/object';
import { E, pyErr } from './py/exceptions';
import { call, pyfunc } from './py/call';
import { callMethod } from './py/attrs';
import { truthy, repr } from './py/protocols';
import { fakeAddress } from './py/generators';
import { dropConsumed } from './py/fifoArray';
import { registerVirtualFrame, libRaise } from './py/traceback';
import { runningLoopOrUndefined } from './events';
import { Future, newFuture } from './futures';
import { libCode, libCoro, aw } from './coroutines';
import { isCancelledError, cancelledError } from './asyncioExceptions';
import { WaitKind } from './trace';

/** collections.deque of waiter futures: FIFO with O(1) removal at the front. */
export class Waiters {
  a: Future[] = [];
  h = 0;
  get length() { return this.a.length - this.h; }
  push(f: Future) { this.a.push(f); }
  first(): Future | undefined { return this.a[this.h]; }
  popleft(): Future | undefined {
    const f = this.a[this.h];
    if (f === undefined) return undefined;
    (this.a as any)[this.h++] = undefined;
    this.h = dropConsumed(this.a, this.h);
    return f;
  }
  /** deque.remove(f): ValueError if absent. */
  remove(f: Future) {
    if (this.a[this.h] === f) { this.popleft(); return; }
    const i = this.a.indexOf(f, this.h);
    if (i < 0) throw pyErr(E.ValueError, 'deque.remove(x): x not in deque');
    this.a.splice(i, 1);
  }
  items(): Future[] { return this.a.slice(this.h); }
  /** all(f(w) for w in waiters), stopping at the first false, without copying the deque (acquire
   *  runs this on every call: a copy made contended locks quadratic). */
  every(f: (w: Future) => boolean): boolean {
    for (let i = this.h; i < this.a.length; i++) if (!f(this.a[i])) return false;
    return true;
  }
  /** The first waiter for which f holds (iteration order), or undefined. */
  find(f: (w: Future) => boolean): Future | undefined {
    for (let i = this.h; i < this.a.length; i++) if (f(this.a[i])) return this.a[i];
    return undefined;
  }
}

/** object.__repr__: <module.Class object at 0x...> */
export function objectRepr(o: any): string {
  const C = o.$cls;
  return `<${C.$module}.${C.$qualname} object at ${fakeAddress(o)}>`;
}
function withExtra(o: any, extra: string): string { return `<${objectRepr(o).slice(1, -1)} [${extra}]>`; }

/** mixins._LoopBoundMixin */
export class LoopBound extends PyObject {
  _loop: any = None;
  _get_loop(): any {
    const running = runningLoopOrUndefined();
    const loop = running === undefined ? None : running;
    if (this._loop === None) this._loop = loop;
    if (loop !== this._loop) throw pyErr(E.RuntimeError, `${repr(this)} is bound to a different event loop`);
    return loop;
  }
  /** A waiter future on this object's loop, tagged for the trace when tracing: `desc` is what it
   *  waits on (`.acquire()` is prefixed with the class name: formatted only when tracing). */
  $waiter(kind: WaitKind, desc: string): Future {
    const loop = this._get_loop();
    if (loop === None) throw pyErr(E.AttributeError, "'NoneType' object has no attribute 'create_future'");
    const f = loop.$callSoon !== undefined ? newFuture(loop) : callMethod(loop, 'create_future');
    if (loop.$trace !== undefined) f.$wk = { kind, desc: desc.startsWith('.') ? this.$cls.$name + desc : desc };
    return f;
  }
}
export const LoopBoundClass = nativeClass({ name: '_LoopBoundMixin', module: 'asyncio.mixins', es: LoopBound });

const vf = (name: string, line: number, fn: string, text: string) => registerVirtualFrame(name, 'asyncio/locks.py', line, fn, text);

// ------------------------------------------------------------------ _ContextManagerMixin
const AENTER = libCode('_ContextManagerMixin.__aenter__', 'asyncio/locks.py', 14);
const AEXIT = libCode('_ContextManagerMixin.__aexit__', 'asyncio/locks.py', 20);
function* asyncio_locks___aenter__(c: any, self: any): Generator<any, any, any> {
  c.$lineno = 15;
  yield* aw(callMethod(self, 'acquire'));
  return None;
}
vf('asyncio_locks___aenter__', 15, '__aenter__', 'await self.acquire()');
function* aexit(_c: any, self: any): Generator<any, any, any> { callMethod(self, 'release'); return None; }
const cmMixin = {
  __aenter__(this: any) { return libCoro(AENTER, asyncio_locks___aenter__, this); },
  __aexit__(this: any, ..._a: any[]) { return libCoro(AEXIT, aexit, this); },
};

// ------------------------------------------------------------------ Lock
const LOCK_ACQUIRE = libCode('Lock.acquire', 'asyncio/locks.py', 93);
export class Lock extends LoopBound {
  $w: Waiters | undefined = undefined;
  _locked = false;
  __repr__() {
    let extra = this._locked ? 'locked' : 'unlocked';
    if (this.$w && this.$w.length) extra = `${extra}, waiters:${this.$w.length}`;
    return withExtra(this, extra);
  }
  locked() { return this._locked; }
  acquire() { return libCoro(LOCK_ACQUIRE, asyncio_locks_Lock_acquire, this); }
  release() {
    if (this._locked) { this._locked = false; this._wake_up_first(); }
    else throw libRaise(pyErr(E.RuntimeError, 'Lock is not acquired.'), 'asyncio/locks.py', 140, 'release', "raise RuntimeError('Lock is not acquired.')");
    return None;
  }
  _wake_up_first() {
    const w = this.$w;
    if (!w || !w.length) return None;
    const fut = w.first()!;
    if (fut._state === 'PENDING') fut.$setResult(true);
    return None;
  }
  get _waiters() { return this.$w ? this.$w.items() : None; }
}
function* asyncio_locks_Lock_acquire(c: any, self: Lock): Generator<any, any, any> {
  if (!self._locked && (self.$w === undefined || self.$w.every(w => w._state === 'CANCELLED'))) {
    self._locked = true;
    return true;
  }
  const w = self.$w ??= new Waiters();
  const fut = self.$waiter('lock', 'Lock.acquire()');
  w.push(fut);
  try {
    try {
      c.$lineno = 114;
      yield* fut;
    } finally {
      w.remove(fut);
    }
  } catch (e) {
    if (isCancelledError(e) && !self._locked) self._wake_up_first();
    throw e;
  }
  self._locked = true;
  return true;
}
vf('asyncio_locks_Lock_acquire', 114, 'acquire', 'await fut');
/** `await lock.__aenter__()` when acquire() is Lock.acquire: __aenter__'s and acquire's
 *  coroutines as one iterator, with the same steps. A contended `async with lock` made two
 *  coroutines, two generators and a method call per acquisition. Thrown-in exceptions pass
 *  through asyncio_locks___aenter___fast and asyncio_locks_Lock_acquire_fast, which stand for
 *  those two frames in a traceback. */
class LockEnter {
  $fut: Future | undefined = undefined;
  constructor(public $lock: Lock) {}
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    const lock = this.$lock;
    let fut = this.$fut;
    if (fut === undefined) {
      if (!lock._locked && (lock.$w === undefined || lock.$w.every(w => w._state === 'CANCELLED'))) {
        lock._locked = true;
        return { value: None, done: true };
      }
      fut = this.$fut = lock.$waiter('lock', 'Lock.acquire()');
      (lock.$w ??= new Waiters()).push(fut);
    }
    const r = fut.next();
    if (!r.done) return r;
    lock.$w!.remove(fut);
    lock._locked = true;
    return { value: None, done: true };
  }
  throw(e: any): IteratorResult<any> { return asyncio_locks___aenter___fast(this, e); }
  return(v: any): IteratorResult<any> { return { value: v, done: true }; }
}
function asyncio_locks___aenter___fast(b: LockEnter, e: any): never { return asyncio_locks_Lock_acquire_fast(b, e); }
function asyncio_locks_Lock_acquire_fast(b: LockEnter, e: any): never {
  const lock = b.$lock, fut = b.$fut;
  if (fut === undefined) throw e;
  try {
    try { fut.throw(e); } finally { lock.$w!.remove(fut); }
  } catch (x) {
    if (isCancelledError(x) && !lock._locked) lock._wake_up_first();
    throw x;
  }
  throw e;
}
vf('asyncio_locks___aenter___fast', 15, '__aenter__', 'await self.acquire()');
vf('asyncio_locks_Lock_acquire_fast', 114, 'acquire', 'await fut');
// The shortcuts `async with` takes (py/withStmt.ts) when the manager's methods are these.
(cmMixin.__aenter__ as any).$fast = (cm: any) => (cm.acquire === Lock.prototype.acquire ? new LockEnter(cm) : undefined);
(cmMixin.__aexit__ as any).$fast = (cm: any) => {
  if (cm.release !== Lock.prototype.release || cm._locked !== true) return false;
  cm.release();
  return true;
};
export const cmMixinMethods = cmMixin;
export const LockClass = nativeClass({ name: 'Lock', module: 'asyncio.locks', es: Lock, bases: [LoopBoundClass], dict: { ...cmMixin } });

// ------------------------------------------------------------------ Event
const EVENT_WAIT = libCode('Event.wait', 'asyncio/locks.py', 200);
export class Event extends LoopBound {
  $w = new Waiters();
  _value = false;
  __repr__() {
    let extra = this._value ? 'set' : 'unset';
    if (this.$w.length) extra = `${extra}, waiters:${this.$w.length}`;
    return withExtra(this, extra);
  }
  is_set() { return this._value; }
  set() {
    if (!this._value) {
      this._value = true;
      for (const fut of this.$w.items()) if (fut._state === 'PENDING') fut.$setResult(true);
    }
    return None;
  }
  clear() { this._value = false; return None; }
  wait() { return libCoro(EVENT_WAIT, asyncio_locks_Event_wait, this); }
  get _waiters() { return this.$w.items(); }
}
function* asyncio_locks_Event_wait(c: any, self: Event): Generator<any, any, any> {
  if (self._value) return true;
  const fut = self.$waiter('event', 'Event.wait()');
  self.$w.push(fut);
  try {
    c.$lineno = 213;
    yield* fut;
    return true;
  } finally {
    self.$w.remove(fut);
  }
}
vf('asyncio_locks_Event_wait', 213, 'wait', 'await fut');
export const EventClass = nativeClass({ name: 'Event', module: 'asyncio.locks', es: Event, bases: [LoopBoundClass] });

// ------------------------------------------------------------------ Condition
const COND_WAIT = libCode('Condition.wait', 'asyncio/locks.py', 248);
const COND_WAIT_FOR = libCode('Condition.wait_for', 'asyncio/locks.py', 285);
export class Condition extends LoopBound {
  _lock: any = None;
  $w = new Waiters();
  __repr__() {
    let extra = this.locked() ? 'locked' : 'unlocked';
    if (this.$w.length) extra = `${extra}, waiters:${this.$w.length}`;
    return withExtra(this, extra);
  }
  locked(): boolean { return this._lock instanceof Lock ? this._lock._locked : truthy(callMethod(this._lock, 'locked')); }
  acquire() { return this._lock instanceof Lock ? this._lock.acquire() : callMethod(this._lock, 'acquire'); }
  release() { return this._lock instanceof Lock ? this._lock.release() : callMethod(this._lock, 'release'); }
  wait() { return libCoro(COND_WAIT, asyncio_locks_Condition_wait, this); }
  wait_for(predicate: any) { return libCoro(COND_WAIT_FOR, asyncio_locks_Condition_wait_for, this, predicate); }
  notify(n: any = 1) {
    if (!this.locked()) throw libRaise(pyErr(E.RuntimeError, 'cannot notify on un-acquired lock'), 'asyncio/locks.py', 311, 'notify', "raise RuntimeError('cannot notify on un-acquired lock')");
    let idx = 0;
    for (const fut of this.$w.items()) {
      if (idx >= n) break;
      if (fut._state === 'PENDING') { idx += 1; fut.$setResult(false); }
    }
    return None;
  }
  notify_all() { return this.notify(this.$w.length); }
  get _waiters() { return this.$w.items(); }
}
function* asyncio_locks_Condition_wait(c: any, self: Condition): Generator<any, any, any> {
  if (!self.locked()) throw libRaise(pyErr(E.RuntimeError, 'cannot wait on un-acquired lock'), 'asyncio/locks.py', 260, 'wait', "raise RuntimeError('cannot wait on un-acquired lock')");
  self.release();
  try {
    const fut = self.$waiter('condition', 'Condition.wait()');
    self.$w.push(fut);
    try {
      c.$lineno = 267;
      yield* asyncio_locks_Condition_wait_267(fut);
      return true;
    } finally {
      self.$w.remove(fut);
    }
  } finally {
    let cancelled = false;
    for (;;) {
      try {
        c.$lineno = 277;
        yield* asyncio_locks_Condition_wait_277(self);
        break;
      } catch (e) {
        if (!isCancelledError(e)) throw e;
        cancelled = true;
      }
    }
    if (cancelled) throw cancelledError();
  }
}
function* asyncio_locks_Condition_wait_267(fut: Future): Generator<any, any, any> { return yield* fut; }
function* asyncio_locks_Condition_wait_277(self: Condition): Generator<any, any, any> { return yield* aw(self.acquire()); }
vf('asyncio_locks_Condition_wait_267', 267, 'wait', 'await fut');
vf('asyncio_locks_Condition_wait_277', 277, 'wait', 'await self.acquire()');
function* asyncio_locks_Condition_wait_for(c: any, self: Condition, predicate: any): Generator<any, any, any> {
  let result = call(predicate);
  while (!truthy(result)) {
    c.$lineno = 294;
    yield* aw(self.wait());
    result = call(predicate);
  }
  return result;
}
vf('asyncio_locks_Condition_wait_for', 294, 'wait_for', 'await self.wait()');
export const ConditionClass = nativeClass({
  name: 'Condition', module: 'asyncio.locks', es: Condition, bases: [LoopBoundClass],
  dict: {
    ...cmMixin,
    __init__: pyfunc('__init__', ['lock='], function (this: Condition, lock: any) {
      this._lock = lock === None ? LockClass() : lock;
      return None;
    }, [None], 'Condition.__init__'),
  },
});

export { PyClass };
