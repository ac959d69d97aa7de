// tasks.sleep: `sleep(delay)` is the most common await there is, so its bodies are small
// iterators instead of generators (a generator costs an object, a register file and a resume
// through the generator machinery; a 50k-task program has 50k of them alive at once). On the JS
// stack, the named asyncio_tasks_* functions stand for sleep()'s frames in a traceback.
import { None, PyFloat, typeName } from './py/object';
import { E, pyErr, isPyException } from './py/exceptions';
import { prependFrames, registerVirtualFrame, Frame, STDLIB_PREFIX } from './py/traceback';
import { host } from './eventsHost';
import { get_running_loop } from './events';
import { Future, newFuture } from './futures';
import { libCode, libCoro } from './coroutines';
import { _set_result_unless_cancelled } from './futuresChain';

const SLEEP = libCode('sleep', 'asyncio/tasks.py', 637);

/** A delay compared with 0 as Python would (`delay <= 0`). */
export function delayNumber(delay: any): number {
  if (typeof delay === 'number') return delay;
  if (delay instanceof PyFloat) return delay.v;
  if (typeof delay === 'boolean') return delay ? 1 : 0;
  if (typeof delay === 'bigint') return Number(delay);
  throw pyErr(E.TypeError, `'<=' not supported between instances of '${typeName(delay)}' and 'int'`);
}

/** asyncio.sleep(delay, result=None) */
export function sleep(delay: any, result: any = None): any {
  if ((typeof delay === 'number' && delay <= 0) || (delay instanceof PyFloat && delay.v <= 0)) return libCoro(SLEEP, sleep0Body, result);
  return libCoro(SLEEP, sleepBody, delay, result);
}

const SLEEP0_FRAME: Frame = { file: `${STDLIB_PREFIX}/asyncio/tasks.py`, line: 634, name: '__sleep0', text: 'yield' };

/** `if delay <= 0:` (tasks.py:639), where a delay that is not a number fails. */
function asyncio_tasks_sleep_check(delay: any): number { return delayNumber(delay); }
registerVirtualFrame('asyncio_tasks_sleep_check', 'asyncio/tasks.py', 639, 'sleep', 'if delay <= 0:', [3, 13]);

/** sleep(0)'s body, `await __sleep0()` (tasks.py:640) and __sleep0's bare `yield`, as an
 *  iterator. $s: 0 not started, 1 at the `yield`, 2 finished. */
class Sleep0Body {
  $s = 0;
  constructor(public $c: any, public $r: any) {}
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    if (this.$s === 0) { this.$s = 1; this.$c.$lineno = 640; return { value: None, done: false }; }
    this.$s = 2;
    return { value: this.$r, done: true };
  }
  throw(e: any): IteratorResult<any> { return asyncio_tasks_sleep0_throw(this, e); }
  return(v: any): IteratorResult<any> { this.$s = 2; return { value: v, done: true }; }
}
const sleep0Body = (c: any, result: any) => new Sleep0Body(c, result);
function asyncio_tasks_sleep0_throw(b: Sleep0Body, e: any): never {
  if (b.$s === 1 && isPyException(e)) { prependFrames(e); (e.$frames ??= []).push(SLEEP0_FRAME); }
  b.$s = 2;
  throw e;
}
registerVirtualFrame('asyncio_tasks_sleep0_throw', 'asyncio/tasks.py', 640, 'sleep', 'await __sleep0()');

/** sleep(delay) for any other delay, as an iterator: the delay is checked at the first step (a
 *  delay <= 0 then behaves as sleep(0)), the timer set, the future awaited (`return await
 *  future`), the timer cancelled at the end (`finally: h.cancel()`). */
class SleepBody {
  $fut: Future | undefined = undefined;
  $h: any = undefined;
  /** Set when the delay turned out <= 0 (True is 1, but a big int 0 or False is 0). */
  $zero: Sleep0Body | undefined = undefined;
  constructor(public $c: any, public $delay: any, public $r: any) {}
  [Symbol.iterator]() { return this; }
  next(): IteratorResult<any> {
    let fut = this.$fut;
    if (fut === undefined) {
      if (this.$zero !== undefined) return this.$zero.next();
      const d = asyncio_tasks_sleep_check(this.$delay);
      if (d <= 0) { this.$zero = new Sleep0Body(this.$c, this.$r); return this.$zero.next(); }
      const loop = get_running_loop();
      fut = this.$fut = newFuture(loop);
      const when = loop.$time() + d;
      this.$h = loop.$callAt(when, undefined, _set_result_unless_cancelled, [fut, this.$r], host.copyContext());
      if (loop.$trace !== undefined) fut.$wk = { kind: 'sleep', desc: `sleep(${d})`, until: when };
      this.$c.$lineno = 649;
    }
    let r: IteratorResult<any>;
    try { r = fut.next(); } catch (e) { this.$h.cancel(); throw e; }
    if (r.done) this.$h.cancel();
    return r;
  }
  throw(e: any): IteratorResult<any> {
    if (this.$zero !== undefined) return this.$zero.throw(e);
    return asyncio_tasks_sleep(this, e);
  }
  return(v: any): IteratorResult<any> { if (this.$h !== undefined) this.$h.cancel(); return { value: v, done: true }; }
}
const sleepBody = (c: any, delay: any, result: any) => new SleepBody(c, delay, result);
/** The exception thrown into `return await future`; on the JS stack this is sleep()'s frame. */
function asyncio_tasks_sleep(b: SleepBody, e: any): never {
  try {
    if (b.$fut === undefined) throw e;
    b.$fut.throw(e);
    throw e;
  } finally {
    if (b.$h !== undefined) b.$h.cancel();
  }
}
registerVirtualFrame('asyncio_tasks_sleep', 'asyncio/tasks.py', 649, 'sleep', 'return await future');
