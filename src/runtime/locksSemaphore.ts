// asyncio/locks.py (CPython 3.11.7): Semaphore, BoundedSemaphore, Barrier.
import { nativeClass, None } from './py/object';
import { E, pyErr } from './py/exceptions';
import { pyfunc } from './py/call';
import { recordRaise, registerVirtualFrame, libRaise } from './py/traceback';
import { await_ } from './py/generators';
import { libCode, libCoro, aw } from './coroutines';
import { isCancelledError, BrokenBarrierError } from './asyncioExceptions';
import { LoopBound, LoopBoundClass, Waiters, Condition, ConditionClass, objectRepr, cmMixinMethods } from './locks';
import { delayNumber } from './tasksApi';

const vf = (name: string, line: number, fn: string, text: string) => registerVirtualFrame(name, 'asyncio/locks.py', line, fn, text);
function withExtra(o: any, extra: string): string { return `<${objectRepr(o).slice(1, -1)} [${extra}]>`; }

// ------------------------------------------------------------------ Semaphore
const SEM_ACQUIRE = libCode('Semaphore.acquire', 'asyncio/locks.py', 364);
export class Semaphore extends LoopBound {
  $w: Waiters | undefined = undefined;
  _value: any = 1;
  __repr__() {
    let extra = this.locked() ? 'locked' : `unlocked, value:${this._value}`;
    if (this.$w && this.$w.length) extra = `${extra}, waiters:${this.$w.length}`;
    return withExtra(this, extra);
  }
  locked() {
    return this._value === 0 || (this.$w !== undefined && this.$w.find(w => w._state !== 'CANCELLED') !== undefined);
  }
  acquire() { return libCoro(SEM_ACQUIRE, asyncio_locks_Semaphore_acquire, this); }
  release() { this._value += 1; this._wake_up_next(); return None; }
  _wake_up_next() {
    const w = this.$w;
    if (!w || !w.length) return None;
    const fut = w.find(f => f._state === 'PENDING');
    if (fut !== undefined) { this._value -= 1; fut.$setResult(true); }
    return None;
  }
  get _waiters() { return this.$w ? this.$w.items() : None; }
}
function* asyncio_locks_Semaphore_acquire(c: any, self: Semaphore): Generator<any, any, any> {
  if (!self.locked()) { self._value -= 1; return true; }
  const w = self.$w ??= new Waiters();
  const fut = self.$waiter('semaphore', '.acquire()');
  w.push(fut);
  try {
    try {
      c.$lineno = 387;
      yield* fut;
    } finally {
      w.remove(fut);
    }
  } catch (e) {
    if (isCancelledError(e) && fut._state !== 'CANCELLED') { self._value += 1; self._wake_up_next(); }
    throw e;
  }
  if (self._value > 0) self._wake_up_next();
  return true;
}
vf('asyncio_locks_Semaphore_acquire', 387, 'acquire', 'await fut');

function semInit(this: Semaphore, value: any) {
  if (delayNumber(value) < 0) throw pyErr(E.ValueError, 'Semaphore initial value must be >= 0');
  this.$w = undefined;
  this._value = value;
  return None;
}
export const SemaphoreClass = nativeClass({
  name: 'Semaphore', module: 'asyncio.locks', es: Semaphore, bases: [LoopBoundClass],
  dict: { ...cmMixinMethods, __init__: pyfunc('__init__', ['value='], semInit, [1], 'Semaphore.__init__') },
});

export class BoundedSemaphore extends Semaphore {
  _bound_value: any = 1;
  release() {
    if (this._value >= this._bound_value) throw libRaise(pyErr(E.ValueError, 'BoundedSemaphore released too many times'), 'asyncio/locks.py', 434, 'release', "raise ValueError('BoundedSemaphore released too many times')");
    return super.release();
  }
}
export const BoundedSemaphoreClass = nativeClass({
  name: 'BoundedSemaphore', module: 'asyncio.locks', es: BoundedSemaphore, bases: [SemaphoreClass],
  dict: {
    __init__: pyfunc('__init__', ['value='], function (this: BoundedSemaphore, value: any) {
      this._bound_value = value;
      return semInit.call(this, value);
    }, [1], 'BoundedSemaphore.__init__'),
  },
});

// ------------------------------------------------------------------ Barrier
const FILLING = 'filling', DRAINING = 'draining', RESETTING = 'resetting', BROKEN = 'broken';
const B_WAIT = libCode('Barrier.wait', 'asyncio/locks.py', 481);
const B_AENTER = libCode('Barrier.__aenter__', 'asyncio/locks.py', 473);
const B_AEXIT = libCode('Barrier.__aexit__', 'asyncio/locks.py', 478);
const B_RESET = libCode('Barrier.reset', 'asyncio/locks.py', 547);
const B_ABORT = libCode('Barrier.abort', 'asyncio/locks.py', 562);

export class Barrier extends LoopBound {
  $cond!: Condition;
  _parties: any = 1;
  $state = FILLING;
  _count = 0;
  __repr__() {
    let extra = this.$state;
    if (!this.broken) extra += `, waiters:${this.n_waiting}/${this.parties}`;
    return withExtra(this, extra);
  }
  wait() { return libCoro(B_WAIT, asyncio_locks_Barrier_wait, this); }
  __aenter__() { return libCoro(B_AENTER, asyncio_locks_Barrier___aenter__, this); }
  __aexit__(..._a: any[]) { return libCoro(B_AEXIT, function* () { return None; }); }
  reset() { return libCoro(B_RESET, barrierLocked, this, (b: Barrier) => { b.$state = b._count > 0 ? RESETTING : FILLING; }); }
  abort() { return libCoro(B_ABORT, barrierLocked, this, (b: Barrier) => { b.$state = BROKEN; }); }
  get parties() { return this._parties; }
  get n_waiting() { return this.$state === FILLING ? this._count : 0; }
  get broken() { return this.$state === BROKEN; }
  $exit() {
    if (this._count === 0) {
      if (this.$state === RESETTING || this.$state === DRAINING) this.$state = FILLING;
      this.$cond.notify_all();
    }
  }
}
/** `async with self._cond: <change state>; self._cond.notify_all()` */
function* barrierLocked(_c: any, self: Barrier, change: (b: Barrier) => void): Generator<any, any, any> {
  yield* aw(self.$cond.acquire());
  try { change(self); self.$cond.notify_all(); } finally { self.$cond.release(); }
  return None;
}
function* asyncio_locks_Barrier___aenter__(c: any, self: Barrier): Generator<any, any, any> {
  c.$lineno = 476;
  return yield* aw(self.wait());
}
vf('asyncio_locks_Barrier___aenter__', 476, '__aenter__', 'return await self.wait()');
function* asyncio_locks_Barrier_wait(c: any, self: Barrier): Generator<any, any, any> {
  c.$lineno = 488;
  yield* aw(self.$cond.acquire());
  try {
    c.$lineno = 489;
    yield* asyncio_locks_Barrier_wait_489(self);
    try {
      const index = self._count;
      self._count += 1;
      if (index + 1 === self._parties) {
        self.$state = DRAINING;
        self.$cond.notify_all();
      } else {
        c.$lineno = 497;
        yield* asyncio_locks_Barrier_wait_497(self);
      }
      return index;
    } finally {
      self._count -= 1;
      self.$exit();
    }
  } finally {
    self.$cond.release();
  }
}
function* asyncio_locks_Barrier_wait_489(self: Barrier): Generator<any, any, any> { yield* barrierBlock(self); }
function* asyncio_locks_Barrier_wait_497(self: Barrier): Generator<any, any, any> { yield* barrierWait(self); }
function* barrierBlock(self: Barrier): Generator<any, any, any> {
  yield* asyncio_locks_Barrier__block_510(self);
  if (self.$state === BROKEN) throw asyncio_locks_Barrier__block_518();
}
function* asyncio_locks_Barrier__block_510(self: Barrier): Generator<any, any, any> {
  yield* aw(self.$cond.wait_for(() => self.$state !== DRAINING && self.$state !== RESETTING));
}
function* barrierWait(self: Barrier): Generator<any, any, any> {
  yield* asyncio_locks_Barrier__wait_534(self);
  if (self.$state === BROKEN || self.$state === RESETTING) throw asyncio_locks_Barrier__wait_537();
}
function* asyncio_locks_Barrier__wait_534(self: Barrier): Generator<any, any, any> {
  yield* aw(self.$cond.wait_for(() => self.$state !== FILLING));
}
function asyncio_locks_Barrier__block_518() { const e = pyErr(BrokenBarrierError, 'Barrier aborted'); recordRaise(e); return e; }
function asyncio_locks_Barrier__wait_537() { const e = pyErr(BrokenBarrierError, 'Abort or reset of barrier'); recordRaise(e); return e; }
vf('asyncio_locks_Barrier_wait_489', 489, 'wait', 'await self._block() # Block while the barrier drains or resets.');
vf('asyncio_locks_Barrier_wait_497', 497, 'wait', 'await self._wait()');
vf('asyncio_locks_Barrier__block_510', 510, '_block', 'await self._cond.wait_for(');
vf('asyncio_locks_Barrier__wait_534', 534, '_wait', 'await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)');
vf('asyncio_locks_Barrier__block_518', 518, '_block', 'raise exceptions.BrokenBarrierError("Barrier aborted")');
vf('asyncio_locks_Barrier__wait_537', 537, '_wait', 'raise exceptions.BrokenBarrierError("Abort or reset of barrier")');

export const BarrierClass = nativeClass({
  name: 'Barrier', module: 'asyncio.locks', es: Barrier, bases: [LoopBoundClass],
  dict: {
    __init__: pyfunc('__init__', ['parties'], function (this: Barrier, parties: any) {
      if (delayNumber(parties) < 1) throw pyErr(E.ValueError, 'parties must be > 0');
      this.$cond = ConditionClass();
      this._parties = parties;
      this.$state = FILLING;
      this._count = 0;
      return None;
    }, [], 'Barrier.__init__'),
  },
});
