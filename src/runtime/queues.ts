// asyncio/queues.py (CPython 3.11): Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull.
import { nativeClass, None, PyClass } from './py/object';
import { E, pyErr, PyBaseException } from './py/exceptions';
import { pyfunc } from './py/call';
import { callMethod } from './py/attrs';
import { repr, truthy, iter, len } from './py/protocols';
import { fakeAddress } from './py/generators';
import { dropConsumed } from './py/fifoArray';
import { registerVirtualFrame, libRaise } from './py/traceback';
import { host } from './eventsHost';
import { libCode, libCoro, aw } from './coroutines';
import { LoopBound, LoopBoundClass, Waiters, Event, EventClass } from './locks';
import { Future } from './futures';
import { delayNumber } from './tasksApi';

export const QueueEmpty = nativeClass({ name: 'QueueEmpty', module: 'asyncio.queues', bases: [E.Exception], es: PyBaseException });
export const QueueFull = nativeClass({ name: 'QueueFull', module: 'asyncio.queues', bases: [E.Exception], es: PyBaseException });

const vf = (name: string, line: number, fn: string, text: string) => registerVirtualFrame(name, 'asyncio/queues.py', line, fn, text);
const PUT = libCode('Queue.put', 'asyncio/queues.py', 110);
const GET = libCode('Queue.get', 'asyncio/queues.py', 149);
const JOIN = libCode('Queue.join', 'asyncio/queues.py', 206);

export class Queue extends LoopBound {
  _maxsize: any = 0;
  $max = 0;
  $getters = new Waiters();
  $putters = new Waiters();
  _unfinished_tasks = 0;
  _finished!: Event;
  /** FIFO storage: items[head..] (PriorityQueue/LifoQueue use a plain list). */
  $items: any[] = [];
  $head = 0;
  $fast = true;

  // The overridable storage methods (a Python subclass may replace them).
  _init(_maxsize: any) { this.$items = []; this.$head = 0; return None; }
  _get(): any {
    const v = this.$items[this.$head];
    this.$items[this.$head++] = undefined;
    this.$head = dropConsumed(this.$items, this.$head);
    return v;
  }
  _put(item: any) { this.$items.push(item); return None; }
  /** `self._queue` when a Python subclass's _init assigned its own storage. */
  $uq: any = undefined;
  get _queue() { return this.$uq !== undefined ? this.$uq : this.$items.slice(this.$head); }
  set _queue(v: any) { this.$uq = v; }

  $qsize(): number {
    if (this.$fast) return this.$items.length - this.$head;
    return delayNumber(callMethod(this, 'qsize'));
  }
  $empty(): boolean { return this.$fast ? this.$items.length === this.$head : truthy(callMethod(this, 'empty')); }
  $full(): boolean {
    if (!this.$fast) return truthy(callMethod(this, 'full'));
    return this.$max > 0 && this.$items.length - this.$head >= this.$max;
  }
  $doGet(): any { return this.$fast ? this._get() : callMethod(this, '_get'); }
  $doPut(item: any) { if (this.$fast) this._put(item); else callMethod(this, '_put', item); }

  _wakeup_next(waiters: Waiters) {
    for (;;) {
      const w = waiters.popleft();
      if (w === undefined) return None;
      if (w._state === 'PENDING') { w.$setResult(None); return None; }
    }
  }
  __repr__() { return `<${this.$cls.$name} at ${fakeAddress(this)} ${this._format()}>`; }
  __str__() { return `<${this.$cls.$name} ${this._format()}>`; }
  _format() {
    let result = `maxsize=${repr(this._maxsize)}`;
    const q = this._queue;
    if (q !== undefined && truthy(q)) result += ` _queue=${repr(Array.from(iter(q)))}`;
    if (this.$getters.length) result += ` _getters[${this.$getters.length}]`;
    if (this.$putters.length) result += ` _putters[${this.$putters.length}]`;
    if (this._unfinished_tasks) result += ` tasks=${this._unfinished_tasks}`;
    return result;
  }
  qsize() { return this.$uq !== undefined ? len(this.$uq) : this.$items.length - this.$head; }
  get maxsize() { return this._maxsize; }
  empty() { return this.$uq !== undefined ? !truthy(this.$uq) : this.$items.length === this.$head; }
  full() { return this.$max <= 0 ? false : this.$qsize() >= this.$max; }
  put(item: any) { return simple(this) ? libCoro(PUT, putBody, this, item) : libCoro(PUT, asyncio_queues_Queue_put_general, this, item); }
  put_nowait(item: any) {
    if (this.$full()) throw libRaise(pyErr(QueueFull), 'asyncio/queues.py', 143, 'put_nowait', 'raise QueueFull');
    this.$doPut(item);
    this._unfinished_tasks += 1;
    this._finished._value = false;
    this._wakeup_next(this.$getters);
    return None;
  }
  get() { return simple(this) ? libCoro(GET, getBody, this) : libCoro(GET, asyncio_queues_Queue_get_general, this); }
  get_nowait() {
    if (this.$empty()) throw libRaise(pyErr(QueueEmpty), 'asyncio/queues.py', 181, 'get_nowait', 'raise QueueEmpty');
    const item = this.$doGet();
    this._wakeup_next(this.$putters);
    return item;
  }
  task_done() {
    if (this._unfinished_tasks <= 0) throw libRaise(pyErr(E.ValueError, 'task_done() called too many times'), 'asyncio/queues.py', 201, 'task_done', "raise ValueError('task_done() called too many times')");
    this._unfinished_tasks -= 1;
    if (this._unfinished_tasks === 0) this._finished.set();
    return None;
  }
  join() { return libCoro(JOIN, asyncio_queues_Queue_join, this); }
  get _getters() { return this.$getters.items(); }
  get _putters() { return this.$putters.items(); }
}

// put() and get() of a queue with the native storage methods and put_nowait/get_nowait are small
// iterators, not generators (pingpong makes 400k of them): `while full/empty: await a waiter`,
// then put_nowait()/get_nowait(). The named functions below stand for their frames when an
// exception is thrown into the wait; a queue with Python-level overrides takes the generators.
class QueueWait {
  /** The waiter future being awaited, if any. */
  $f: Future | undefined = undefined;
  constructor(public $c: any, public $q: Queue, public $put: boolean, public $item: any) {}
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    const q = this.$q, put = this.$put;
    const f = this.$f;
    if (f !== undefined) {
      let r: IteratorResult<any>;
      try { r = f.next(); } catch (e) { this.$f = undefined; waitFailed(q, put, f); throw e; }
      if (!r.done) return r;
      this.$f = undefined;
    }
    if (put ? q.$full() : q.$empty()) {
      const w = this.$f = q.$waiter('queue', put ? '.put()' : '.get()');
      (put ? q.$putters : q.$getters).push(w);
      this.$c.$lineno = put ? 120 : 158;
      return w.next();
    }
    return { value: put ? q.put_nowait(this.$item) : q.get_nowait(), done: true };
  }
  throw(e: any): IteratorResult<any> { return this.$put ? asyncio_queues_Queue_put(this, e) : asyncio_queues_Queue_get(this, e); }
  return(v: any): IteratorResult<any> { return { value: v, done: true }; }
}
/** The `except:` of put()/get() around `await putter`/`await getter`. */
function waitFailed(q: Queue, put: boolean, w: Future) {
  w.$cancel(None);
  try { (put ? q.$putters : q.$getters).remove(w); } catch { /* removed by get_nowait()/put_nowait() */ }
  if (!(put ? q.$full() : q.$empty()) && w._state !== 'CANCELLED') q._wakeup_next(put ? q.$putters : q.$getters);
}
function thrownIn(b: QueueWait, e: any): never {
  const w = b.$f;
  if (w === undefined) throw e;
  b.$f = undefined;
  try { w.throw(e); } catch (x) { waitFailed(b.$q, b.$put, w); throw x; }
  throw e;
}
function asyncio_queues_Queue_put(b: QueueWait, e: any): never { return thrownIn(b, e); }
function asyncio_queues_Queue_get(b: QueueWait, e: any): never { return thrownIn(b, e); }
vf('asyncio_queues_Queue_put', 120, 'put', 'await putter');
vf('asyncio_queues_Queue_get', 158, 'get', 'await getter');

/** Queue.put()/get() as iterators, when nothing they call is a Python override. */
function simple(q: Queue): boolean {
  return q.$fast && q.put_nowait === Queue.prototype.put_nowait && q.get_nowait === Queue.prototype.get_nowait;
}
const putBody = (c: any, q: Queue, item: any) => new QueueWait(c, q, true, item);
const getBody = (c: any, q: Queue) => new QueueWait(c, q, false, undefined);

function* asyncio_queues_Queue_put_general(c: any, self: Queue, item: any): Generator<any, any, any> {
  while (self.$full()) {
    const putter: Future = self.$waiter('queue', '.put()');
    self.$putters.push(putter);
    try {
      c.$lineno = 120;
      yield* putter;
    } catch (e) {
      waitFailed(self, true, putter);
      throw e;
    }
  }
  return callMethod(self, 'put_nowait', item);
}
vf('asyncio_queues_Queue_put_general', 120, 'put', 'await putter');

function* asyncio_queues_Queue_get_general(c: any, self: Queue): Generator<any, any, any> {
  while (self.$empty()) {
    const getter: Future = self.$waiter('queue', '.get()');
    self.$getters.push(getter);
    try {
      c.$lineno = 158;
      yield* getter;
    } catch (e) {
      waitFailed(self, false, getter);
      throw e;
    }
  }
  return callMethod(self, 'get_nowait');
}
vf('asyncio_queues_Queue_get_general', 158, 'get', 'await getter');

function* asyncio_queues_Queue_join(c: any, self: Queue): Generator<any, any, any> {
  if (self._unfinished_tasks > 0) {
    c.$lineno = 215;
    yield* aw(self._finished.wait());
  }
  return None;
}
vf('asyncio_queues_Queue_join', 215, 'join', 'await self._finished.wait()');

function queueInit(this: Queue, maxsize: any) {
  this._maxsize = maxsize;
  this.$max = delayNumber(maxsize);
  this.$getters = new Waiters();
  this.$putters = new Waiters();
  this._unfinished_tasks = 0;
  this._finished = EventClass();
  this._finished._value = true;
  const C: any = this.$cls;
  const native = C.$mro.find((k: any) => !k.$user);
  this.$fast = !C.$user || !['_init', '_get', '_put', 'qsize', 'empty', 'full'].some(m => C.prototype[m] !== native.prototype[m]);
  if (this.$fast) this._init(maxsize); else callMethod(this, '_init', maxsize);
  return None;
}

export const QueueClass: PyClass = nativeClass({
  name: 'Queue', module: 'asyncio.queues', es: Queue, bases: [LoopBoundClass],
  dict: {
    __init__: pyfunc('__init__', ['maxsize='], queueInit, [0], 'Queue.__init__'),
    __class_getitem__: function (this: any) { return this; },
  },
});

/** A queue whose storage is a plain list (heap or stack); slower but overridable storage. */
abstract class ListQueue extends Queue {
  _init(_maxsize: any) { this.$items = []; this.$head = 0; return None; }
  get _queue() { return this.$uq !== undefined ? this.$uq : this.$items; }
  set _queue(v: any) { this.$uq = v; }
}

export class PriorityQueue extends ListQueue {
  _put(item: any) {
    const h = this.$items;
    let i = h.length;
    h.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!host.lt(item, h[p])) break;
      h[i] = h[p]; i = p;
    }
    h[i] = item;
    return None;
  }
  _get(): any {
    const h = this.$items;
    const last = h.pop();
    if (!h.length) return last;
    const top = h[0];
    // heapq._siftup: move the smaller child up until a leaf, then sift `last` down into place.
    const n = h.length;
    let pos = 0;
    let child = 1;
    while (child < n) {
      const right = child + 1;
      if (right < n && !host.lt(h[child], h[right])) child = right;
      h[pos] = h[child];
      pos = child;
      child = 2 * pos + 1;
    }
    h[pos] = last;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      if (!host.lt(last, h[parent])) break;
      h[pos] = h[parent]; pos = parent;
    }
    h[pos] = last;
    return top;
  }
}
export const PriorityQueueClass = nativeClass({ name: 'PriorityQueue', module: 'asyncio.queues', es: PriorityQueue, bases: [QueueClass] });

export class LifoQueue extends ListQueue {
  _get(): any { return this.$items.pop(); }
}
export const LifoQueueClass = nativeClass({ name: 'LifoQueue', module: 'asyncio.queues', es: LifoQueue, bases: [QueueClass] });
