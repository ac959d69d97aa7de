// Coroutine, generator and async-generator objects over JS generators. A Task steps a coroutine
// with $send/$throw (no StopIteration allocated); `await x` is `yield* await_(x)`.
import { PyObject, nativeClass, None, typeName } from './object';
import { stepEnter, stepLeave } from './raise';
import { PrunedLog } from './prunedLog';
import { E, pyErr, isPyException, PyBaseException } from './exceptions';
import { callMethod, lookupSpecial, callSpecial } from './attrs';

const CREATED = 0, RUNNING = 1, SUSPENDED = 2, CLOSED = 3;

/** Coroutines created but never started, for the "never awaited" warning: a Set's API (has,
 *  delete, iteration in creation order) over a flag on each coroutine and a creation log. A real
 *  Set cost a hash-table insert and delete for every coroutine, and its delete was a fifth of the
 *  time of `await queue.get()`. */
class Unstarted {
  private log = new PrunedLog<Coroutine>((c: any) => c.$u === true);
  add(c: Coroutine) { (c as any).$u = true; this.log.add(c); }
  has(c: Coroutine): boolean { return (c as any).$u === true; }
  delete(c: Coroutine): boolean {
    if ((c as any).$u !== true) return false;
    (c as any).$u = false;
    return true;
  }
  clear() { this.log.clear((c: any) => { c.$u = false; }); }
  [Symbol.iterator](): Iterator<Coroutine> { return this.log[Symbol.iterator](); }
}
export const unstarted = new Unstarted();
let unawaitedHook: (c: Coroutine) => void = () => {};
export function setUnawaitedHook(f: (c: Coroutine) => void) { unawaitedHook = f; }

abstract class GenBase extends PyObject {
  $gen!: Generator<any, any, any>;
  $fn: any;
  $state = CREATED;
  /** In `unstarted` (a coroutine created and not yet started). */
  $u = false;
  /** gather(): the future made for this coroutine while the call runs (its arg_to_fut). */
  declare $gf: any;
  get __name__() { return this.$fn?.$name ?? '?'; }
  get __qualname__() { return this.$fn?.$qualname ?? '?'; }
  $send(v: any): IteratorResult<any> {
    if (this.$state === RUNNING) throw pyErr(E.ValueError, `${this.$kindName()} already executing`);
    if (this.$state === CLOSED) throw this.$exhausted();
    this.$state = RUNNING;
    let r: IteratorResult<any>;
    const mark = stepEnter(this as any);
    try { r = this.$gen.next(v); } catch (e) { stepLeave(this as any, mark); this.$state = CLOSED; throw this.$fixStop(e); }
    stepLeave(this as any, mark);
    this.$state = r.done ? CLOSED : SUSPENDED;
    return r;
  }
  $throw(e: any): IteratorResult<any> {
    if (this.$state === RUNNING) throw pyErr(E.ValueError, `${this.$kindName()} already executing`);
    if (this.$state === CLOSED) throw e;
    if (this.$state === CREATED) { this.$state = CLOSED; unstarted.delete(this as any); throw e; }
    this.$state = RUNNING;
    let r: IteratorResult<any>;
    const mark = stepEnter(this as any);
    try { r = this.$gen.throw(e); } catch (x) { stepLeave(this as any, mark); this.$state = CLOSED; throw this.$fixStop(x); }
    stepLeave(this as any, mark);
    this.$state = r.done ? CLOSED : SUSPENDED;
    return r;
  }
  /** PEP 479: StopIteration escaping a generator body becomes RuntimeError. */
  $fixStop(e: any): any {
    if (isPyException(e) && (e.$cls === E.StopIteration || e.$cls.$mro.includes(E.StopIteration))) {
      const r = pyErr(E.RuntimeError, `${this.$kindName()} raised StopIteration`);
      r.__cause__ = e; r.__context__ = e; r.__suppress_context__ = true;
      return r;
    }
    return e;
  }
  $exhausted(): any { return pyErr(E.RuntimeError, `cannot reuse already awaited ${this.$kindName()}`); }
  abstract $kindName(): string;
  send(v: any): any {
    if (this.$state === CREATED && v !== None) throw pyErr(E.TypeError, `can't send non-None value to a just-started ${this.$kindName()}`);
    unstarted.delete(this as any);
    const r = this.$send(v === None ? undefined : v);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }
  throw(typ: any, val?: any): any {
    const e = isPyException(typ) ? typ : (val !== undefined && val !== None ? val : (typeof typ === 'function' ? typ() : typ));
    unstarted.delete(this as any);
    const r = this.$throw(e);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }
  close(): any {
    unstarted.delete(this as any);
    if (this.$state === CREATED || this.$state === CLOSED) { this.$state = CLOSED; return None; }
    try {
      this.$throw(pyErr(E.GeneratorExit));
    } catch (e) {
      if (isPyException(e) && (e.$cls === E.GeneratorExit || e.$cls.$mro.includes(E.StopIteration))) return None;
      throw e;
    }
    throw pyErr(E.RuntimeError, `${this.$kindName()} ignored GeneratorExit`);
  }
}

function stopIteration(value: any): PyBaseException {
  return value === undefined || value === None ? pyErr(E.StopIteration) : pyErr(E.StopIteration, value);
}

export class Coroutine extends GenBase {
  $kindName() { return 'coroutine'; }
  get cr_running() { return this.$state === RUNNING; }
  get cr_suspended() { return this.$state === SUSPENDED; }
  get cr_frame() { return this.$state === CLOSED ? None : this; }
  get cr_code() { return this.$fn; }
  __await__() { return new CoroutineWrapper(this); }
  __repr__() { return `<coroutine object ${this.$fn?.$qualname ?? '?'} at ${fakeAddress(this)}>`; }
}
export const coroutineClass = nativeClass({ name: 'coroutine', es: Coroutine });

/** What coroutine.__await__() returns. */
(Coroutine.prototype as any).$gf = undefined;

class CoroutineWrapper extends PyObject {
  constructor(public $c: Coroutine | undefined = undefined) { super(); }
  __next__() { return this.$c!.send(None); }
  send(v: any) { return this.$c!.send(v); }
  throw(t: any, v?: any) { return this.$c!.throw(t, v); }
  close() { return this.$c!.close(); }
  __iter__() { return this; }
  /** `yield from coro.__await__()` drives the body directly: the coroutine has started. */
  [Symbol.iterator]() { unstarted.delete(this.$c!); return this.$c!.$gen; }
}
nativeClass({ name: 'coroutine_wrapper', es: CoroutineWrapper });

export class PyGenerator extends GenBase {
  $kindName() { return 'generator'; }
  get gi_running() { return this.$state === RUNNING; }
  get gi_frame() { return this.$state === CLOSED ? None : this; }
  __iter__() { return this; }
  __next__() {
    const r = this.$send(undefined);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }
  $exhausted(): any { return pyErr(E.StopIteration); }
  [Symbol.iterator]() {
    // No `return` method: breaking out of a for loop must not close the generator.
    const self = this;
    return { next() { return self.$state === CLOSED ? { value: undefined, done: true } : self.$send(undefined); },
      [Symbol.iterator]() { return this; } };
  }
  __repr__() { return `<generator object ${this.$fn?.$qualname ?? '?'} at ${fakeAddress(this)}>`; }
}
export const generatorClass = nativeClass({ name: 'generator', es: PyGenerator });

/** Box for a value produced by `yield` inside an async generator (vs. a Future bubbling up). */
export class AgYield { constructor(public v: any) {} }
export function agYield(v: any): AgYield { return new AgYield(v); }

export class AsyncGenerator extends GenBase {
  $kindName() { return 'async generator'; }
  $hooked = false;
  $exhausted(): any { return pyErr(E.StopAsyncIteration); }
  __aiter__() { return this; }
  // As CPython's async_gen_init_hooks: the first __anext__/asend/athrow/aclose calls firstiter.
  __anext__() { firstIterHook(this); return new AgAwaitable(this, 0, undefined); }
  asend(v: any) { firstIterHook(this); return new AgAwaitable(this, 0, v === None ? undefined : v); }
  athrow(t: any, v?: any) { firstIterHook(this); return new AgAwaitable(this, 1, isPyException(t) ? t : (v ?? t())); }
  aclose() { firstIterHook(this); return new AgAwaitable(this, 2, undefined); }
  get ag_running() { return this.$state === RUNNING; }
  __repr__() { return `<async_generator object ${this.$fn?.$qualname ?? '?'} at ${fakeAddress(this)}>`; }
}
export const asyncGeneratorClass = nativeClass({ name: 'async_generator', es: AsyncGenerator });

/** sys.get_asyncgen_hooks() firstiter dispatch (eventsLoopHooks.asyncgenFirstIter, wired in
 *  wiring.ts: importing it here would make a load-time cycle). */
let firstIterHook: (ag: AsyncGenerator) => void = () => {};
export function setAsyncgenFirstIterHook(f: (ag: AsyncGenerator) => void) { firstIterHook = f; }

/** The awaitable returned by __anext__/asend/athrow/aclose. It is driven by `yield*` from the
 *  awaiting coroutine: Futures the generator awaits pass through to the Task; an AgYield ends it. */
class AgAwaitable extends PyObject {
  $started = false;
  constructor(public $ag: AsyncGenerator | undefined = undefined, public $mode = 0, public $arg: any = undefined) { super(); }
  [Symbol.iterator]() { return this; }
  next(sent: any): IteratorResult<any> {
    const ag = this.$ag!;
    if (!this.$started) {
      this.$started = true;
      if (this.$mode === 1) return this.$handle(() => ag.$throw(this.$arg));
      if (this.$mode === 2) return this.$close();
      if (ag.$state === CLOSED) throw pyErr(E.StopAsyncIteration);
      return this.$handle(() => ag.$send(this.$arg));
    }
    return this.$handle(() => ag.$send(sent));
  }
  throw(e: any): IteratorResult<any> { return this.$handle(() => this.$ag!.$throw(e)); }
  return(v: any): IteratorResult<any> { return { value: v, done: true }; }
  $handle(step: () => IteratorResult<any>): IteratorResult<any> {
    let r: IteratorResult<any>;
    try { r = step(); } catch (e) {
      if (this.$mode === 2 && isPyException(e) && (e.$cls === E.GeneratorExit || e.$cls === E.StopAsyncIteration)) return { value: None, done: true };
      throw e;
    }
    if (r.done) {
      if (this.$mode === 2) return { value: None, done: true };
      throw pyErr(E.StopAsyncIteration);
    }
    if (r.value instanceof AgYield) {
      if (this.$mode === 2) throw pyErr(E.RuntimeError, 'async generator ignored GeneratorExit');
      return { value: r.value.v, done: true };
    }
    return r;
  }
  $close(): IteratorResult<any> {
    const ag = this.$ag!;
    if (ag.$state === CREATED || ag.$state === CLOSED) { ag.$state = CLOSED; return { value: None, done: true }; }
    return this.$handle(() => ag.$throw(pyErr(E.GeneratorExit)));
  }
  __await__() { return this; }
  __iter__() { return this; }
  __next__() { const r = this.next(undefined); if (r.done) throw stopIteration(r.value); return r.value; }
  send(v: any) { const r = this.next(v === None ? undefined : v); if (r.done) throw stopIteration(r.value); return r.value; }
}
nativeClass({ name: 'async_generator_asend', es: AgAwaitable });

// ------------------------------------------------------------------ construction helpers

/** The body receives its coroutine object, so that emitted code can pass it to await_() to
 *  record the line it is suspended at (Task reprs: "running at FILE:LINE"). */
export function coroutine(fn: any, body: Generator<any, any, any> | ((c: Coroutine) => Generator<any, any, any>)): Coroutine {
  const c = new Coroutine();
  c.$gen = typeof body === 'function' ? body(c) : body;
  c.$fn = fn;
  unstarted.add(c);
  return c;
}
export function generator(fn: any, body: Generator<any, any, any> | (() => Generator<any, any, any>)): PyGenerator {
  const g = new PyGenerator();
  g.$gen = typeof body === 'function' ? body() : body; g.$fn = fn;
  return g;
}
export function asyncGenerator(fn: any, body: Generator<any, any, any> | (() => Generator<any, any, any>)): AsyncGenerator {
  const g = new AsyncGenerator();
  g.$gen = typeof body === 'function' ? body() : body; g.$fn = fn;
  return g;
}

/** `await x` → `yield* await_(x)`: the JS iterator to delegate to. With the awaiting coroutine
 *  and the line of the await (`yield* $.await(x, $c, 12)`), records where the coroutine is
 *  suspended: one property store per await. */
export function await_(x: any, c?: Coroutine, line?: number): Iterator<any> {
  if (c !== undefined) (c as any).$lineno = line;
  if (x instanceof Coroutine) {
    if (x.$state !== CREATED) throw pyErr(E.RuntimeError, 'cannot reuse already awaited coroutine');
    unstarted.delete(x);
    x.$state = CLOSED;
    return x.$gen;
  }
  if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
    if (x.$isFuture === true || x instanceof AgAwaitable) return x;
    const f = lookupSpecial(x, '__await__');
    if (typeof f === 'function') {
      const it = callSpecial(f, x);
      if (it instanceof PyGenerator) { it.$state = CLOSED; return it.$gen; }
      if (it instanceof Coroutine) throw pyErr(E.TypeError, '__await__() returned a coroutine');
      if (typeof it === 'object' && it !== null && typeof it[Symbol.iterator] === 'function' && !it.$cls?.$user) return noneWhenDone(it[Symbol.iterator]());
      if (lookupSpecial(it, '__next__') !== undefined) return pyIteratorAsJs(it);
      throw pyErr(E.TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
    }
  }
  throw pyErr(E.TypeError, `object ${typeName(x)} can't be used in 'await' expression`);
}

/** A runtime iterator (e.g. iter(())) ends with value undefined; `await` must produce None. */
function noneWhenDone(it: Iterator<any>): Iterator<any> {
  const fix = (r: IteratorResult<any>) => (r.done && r.value === undefined ? { value: None, done: true } : r);
  const w: any = { next: (v: any) => fix(it.next(v)), [Symbol.iterator]() { return w; } };
  if (typeof it.throw === 'function') w.throw = (e: any) => fix(it.throw!(e));
  return w;
}

/** A Python iterator driven as a JS iterator, forwarding send/throw (for `yield from`). */
function pyIteratorAsJs(it: any): Iterator<any> {
  const finish = (e: any): IteratorResult<any> => {
    if (isPyException(e) && e.$cls.$mro.includes(E.StopIteration)) return { value: e.value, done: true };
    throw e;
  };
  return {
    next(v: any) {
      try { return { value: v === undefined ? callMethod(it, '__next__') : callMethod(it, 'send', v), done: false }; } catch (e) { return finish(e); }
    },
    throw(e: any) {
      if (lookupSpecial(it, 'throw') === undefined) throw e;
      try { return { value: callMethod(it, 'throw', e), done: false }; } catch (x) { return finish(x); }
    },
    [Symbol.iterator]() { return this; },
  } as Iterator<any>;
}

/** `yield from x` inside a generator. */
export function yieldFrom(x: any): Iterator<any> {
  if (x instanceof PyGenerator) { x.$state = SUSPENDED; return x.$gen; }
  if (x instanceof Coroutine) return await_(x);
  if (Array.isArray(x) || typeof x === 'string') return noneWhenDone((x as any)[Symbol.iterator]());
  if (typeof x === 'object' && x !== null && !x.$cls?.$user && typeof x[Symbol.iterator] === 'function') return noneWhenDone(x[Symbol.iterator]());
  const it = callMethod(x, '__iter__');
  return pyIteratorAsJs(it);
}

const addresses = new WeakMap<object, string>();
let nextAddress = 0x7f3a1c000000;
/** A stable, fake memory address for reprs (CPython's are arbitrary too). */
export function fakeAddress(o: object): string {
  let a = addresses.get(o);
  if (!a) { nextAddress += 0x70; a = '0x' + nextAddress.toString(16); addresses.set(o, a); }
  return a;
}
export function id(o: any): number {
  if (typeof o !== 'object' && typeof o !== 'function') return Number.parseInt(fakeAddress({}), 16);
  return Number.parseInt(fakeAddress(o), 16);
}
export { unawaitedHook };
