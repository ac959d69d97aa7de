// `itertools` (CPython 3.11, Modules/itertoolsmodule.c): lazy iterator types with CPython's
// consumption order, reprs and argument errors. (batched is 3.12: not here.)
import { PyClass, None, tuple } from '../py/object';
import { classMethod } from '../py/slice';
import { E, pyErr } from '../py/exceptions';
import { call, Kw } from '../py/call';
import { iter, repr, truthy } from '../py/protocols';
import { genIterType } from '../py/iterators';
import { registerModule } from '../py/modules';
import * as ops from '../py/ops';
import { isNumber, toIndex } from './_num';
import { teeFn, groupbyType } from './_itertools2';

type NewHook = (C: PyClass, args: any[], kw?: Map<string, any>) => any;

/** An itertools type: `make` wraps a JS generator; `hook` builds it from Python arguments. */
export function itType(name: string, params: string[], build: (...a: any[]) => Iterator<any>, extra?: Record<string, any>, defaults: any[] = []) {
  let T: ReturnType<typeof genIterType>;
  const hook: NewHook = (_C, args, kw) => {
    const vals = bindSimple(name, params, args, kw, defaults);
    return T.make(build(...vals));
  };
  T = genIterType(name, extra, hook);
  T.cls.$module = 'itertools';
  return T;
}

/** Bind positional/keyword args to simple parameter names ('*rest' collects; 'name=' optional). */
function bindSimple(fn: string, params: string[], args: any[], kw: Kw | undefined, defaults: any[]): any[] {
  const out: any[] = [];
  let ai = 0, di = 0;
  for (const p of params) {
    if (p.startsWith('*')) { out.push(args.slice(ai)); ai = args.length; continue; }
    const opt = p.endsWith('='), name = opt ? p.slice(0, -1) : p;
    if (ai < args.length) out.push(args[ai++]);
    else if (kw?.has(name)) out.push(kw.get(name));
    else if (opt) out.push(defaults[di]);
    else throw pyErr(E.TypeError, `${fn}() missing required argument '${name}' (pos ${out.length + 1})`);
    if (opt) di++;
  }
  if (ai < args.length) throw pyErr(E.TypeError, `${fn} expected at most ${params.length} arguments, got ${args.length}`);
  if (kw) for (const k of kw.keys()) if (!params.some(p => p.replace(/[*=]/g, '') === k)) throw pyErr(E.TypeError, `${fn}() got an unexpected keyword argument '${k}'`);
  return out;
}

const jsIter = (x: any): Iterator<any> => (iter(x) as any)[Symbol.iterator]();
const pyAdd = (a: any, b: any) => (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b) ? a + b : ops.add(a, b));

// ------------------------------------------------------------------ infinite iterators

class CountState { constructor(public n: any, public step: any) {} }
function* countGen(s: CountState) { for (;;) { const v = s.n; s.n = pyAdd(s.n, s.step); yield v; } }
const countStates = new WeakMap<object, CountState>();
const count = itType('count', ['start=', 'step='], (start: any, step: any) => {
  if (!isNumber(start) && typeof start?.__add__ !== 'function') throw pyErr(E.TypeError, 'a number is required');
  if (!isNumber(step) && typeof step?.__add__ !== 'function') throw pyErr(E.TypeError, 'a number is required');
  const s = new CountState(start, step);
  const g = countGen(s);
  countStates.set(g, s);
  return g;
}, {
  __repr__(this: any) {
    const s = countStates.get(this.it)!;
    const unit = s.step === 1 || (typeof s.step === 'boolean' && false);
    return unit ? `count(${repr(s.n)})` : `count(${repr(s.n)}, ${repr(s.step)})`;
  },
}, [0, 1]);

const cycle = itType('cycle', ['iterable'], function* (iterable: any) {
  const saved: any[] = [];
  for (const x of iter(iterable)) { saved.push(x); yield x; }
  if (!saved.length) return;
  for (;;) for (const x of saved) yield x;
});

class RepeatState { constructor(public obj: any, public left: number | null) {} }
const repeatStates = new WeakMap<object, RepeatState>();
function* repeatGen(s: RepeatState) {
  for (;;) {
    if (s.left !== null) { if (s.left <= 0) return; s.left--; }
    yield s.obj;
  }
}
const repeat = itType('repeat', ['object', 'times='], (obj: any, times: any) => {
  const n = times === undefined ? null : Math.max(0, Number(toIndex(times)));
  const s = new RepeatState(obj, n);
  const g = repeatGen(s);
  repeatStates.set(g, s);
  return g;
}, {
  __repr__(this: any) {
    const s = repeatStates.get(this.it ?? {});
    if (!s) return 'repeat()';
    return s.left === null ? `repeat(${repr(s.obj)})` : `repeat(${repr(s.obj)}, ${s.left})`;
  },
  __length_hint__(this: any) { const s = repeatStates.get(this.it ?? {}); if (!s || s.left === null) throw pyErr(E.TypeError, 'len() of unsized object'); return s.left; },
}, [undefined]);

// ------------------------------------------------------------------ finite iterators

const accumulate = itType('accumulate', ['iterable', 'func=', 'initial='], function* (iterable: any, func: any, initial: any) {
  const it = jsIter(iterable);
  let acc: any, first = true;
  if (initial !== None) { acc = initial; first = false; yield initial; }
  for (let r = it.next(); !r.done; r = it.next()) {
    if (first) { acc = r.value; first = false; } else acc = func === None ? pyAdd(acc, r.value) : call(func, acc, r.value);
    yield acc;
  }
}, undefined, [None, None]);

function* chainGen(its: Iterable<any>) { for (const x of its) yield* iter(x) as any; }
const chain = itType('chain', ['*iterables'], (its: any[]) => chainGen(its));
Object.defineProperty(chain.cls.prototype, 'from_iterable', {
  value: classMethod(function (this: any, iterable: any) { return chain.make(chainGen(iter(iterable))); }),
  enumerable: false, configurable: true, writable: true,
});

const compress = itType('compress', ['data', 'selectors'], function* (data: any, selectors: any) {
  const d = jsIter(data), s = jsIter(selectors);
  for (;;) {
    const a = d.next(); if (a.done) return;
    const b = s.next(); if (b.done) return;
    if (truthy(b.value)) yield a.value;
  }
});
const dropwhile = itType('dropwhile', ['predicate', 'iterable'], function* (pred: any, iterable: any) {
  let dropping = true;
  for (const x of iter(iterable)) {
    if (dropping && truthy(call(pred, x))) continue;
    dropping = false;
    yield x;
  }
});
const takewhile = itType('takewhile', ['predicate', 'iterable'], function* (pred: any, iterable: any) {
  for (const x of iter(iterable)) { if (!truthy(call(pred, x))) return; yield x; }
});
const filterfalse = itType('filterfalse', ['function', 'iterable'], function* (pred: any, iterable: any) {
  for (const x of iter(iterable)) if (!truthy(pred === None ? x : call(pred, x))) yield x;
});
const starmap = itType('starmap', ['function', 'iterable'], function* (fn: any, iterable: any) {
  for (const args of iter(iterable)) yield call(fn, ...Array.from(iter(args)));
});

function isliceArg(v: any, msg: string): number | null {
  if (v === None) return null;
  let n: number;
  try { n = Number(toIndex(v)); } catch { throw pyErr(E.ValueError, msg); }
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw pyErr(E.ValueError, msg);
  return n;
}
const islice = itType('islice', ['iterable', '*args'], (iterable: any, args: any[]) => {
  if (args.length < 1 || args.length > 3) throw pyErr(E.TypeError, `islice expected ${args.length < 1 ? 'at least 2' : 'at most 4'} arguments, got ${args.length + 1}`);
  let start = 0, stop: number | null, step = 1;
  if (args.length === 1) stop = isliceArg(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  else {
    const idx = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    start = isliceArg(args[0], idx) ?? 0;
    stop = isliceArg(args[1], idx);
    if (args.length === 3) {
      const st = args[2] === None ? 1 : (() => { try { return Number(toIndex(args[2])); } catch { return -1; } })();
      if (st < 1) throw pyErr(E.ValueError, 'Step for islice() must be a positive integer or None.');
      step = st;
    }
  }
  const it = jsIter(iterable);
  return (function* () {
    let next = start, i = 0;
    for (;;) {
      if (stop !== null && next >= stop) return;
      const r = it.next();
      if (r.done) return;
      if (i++ === next) { yield r.value; next += step; }
    }
  })();
});

const zipLongest = itType('zip_longest', ['*iterables', 'fillvalue='], function* (its: any[], fill: any) {
  const srcs: (Iterator<any> | null)[] = its.map(jsIter);
  let active = srcs.length;
  if (!active) return;
  for (;;) {
    const row: any[] = [];
    for (let i = 0; i < srcs.length; i++) {
      const s = srcs[i];
      if (s === null) { row.push(fill); continue; }
      const r = s.next();
      if (r.done) { srcs[i] = null; if (--active === 0) return; row.push(fill); } else row.push(r.value);
    }
    yield tuple(row);
  }
}, undefined, [None]);

const pairwise = itType('pairwise', ['iterable'], function* (iterable: any) {
  const it = jsIter(iterable);
  let a = it.next();
  if (a.done) return;
  for (let b = it.next(); !b.done; b = it.next()) { yield tuple([a.value, b.value]); a = b; }
});

// ------------------------------------------------------------------ combinatorics

function rArg(r: any, n: number): number {
  if (r === None || r === undefined) return n;
  const k = Number(toIndex(r));
  if (k < 0) throw pyErr(E.ValueError, 'r must be non-negative');
  return k;
}
const product = itType('product', ['*iterables', 'repeat='], (its: any[], rep: any) => {
  const k = Number(toIndex(rep));
  if (k < 0) throw pyErr(E.ValueError, 'repeat argument cannot be negative');
  const base = its.map(x => Array.from(iter(x)));
  const pools: any[][] = [];
  for (let i = 0; i < k; i++) pools.push(...base);
  return (function* () {
    if (pools.some(p => p.length === 0)) return;
    const idx = pools.map(() => 0);
    for (;;) {
      yield tuple(pools.map((p, i) => p[idx[i]]));
      let i = pools.length - 1;
      for (; i >= 0; i--) { if (++idx[i] < pools[i].length) break; idx[i] = 0; }
      if (i < 0) return;
    }
  })();
}, undefined, [1]);

const permutations = itType('permutations', ['iterable', 'r='], function* (iterable: any, r: any) {
  const pool = Array.from(iter(iterable));
  const n = pool.length, k = rArg(r, n);
  if (k > n) return;
  const indices = pool.map((_, i) => i);
  const cycles = Array.from({ length: k }, (_, i) => n - i);
  yield tuple(indices.slice(0, k).map(i => pool[i]));
  while (n) {
    let i = k - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        yield tuple(indices.slice(0, k).map(x => pool[x]));
        break;
      }
    }
    if (i < 0) return;
  }
}, undefined, [None]);

const combinations = itType('combinations', ['iterable', 'r'], (iterable: any, r: any) => {
  const pool = Array.from(iter(iterable));
  const n = pool.length, k = rArg(r, n);
  return (function* () {
    if (k > n) return;
    const idx = Array.from({ length: k }, (_, i) => i);
    yield tuple(idx.map(i => pool[i]));
    for (;;) {
      let i = k - 1;
      while (i >= 0 && idx[i] === i + n - k) i--;
      if (i < 0) return;
      idx[i]++;
      for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
      yield tuple(idx.map(x => pool[x]));
    }
  })();
});

const cwr = itType('combinations_with_replacement', ['iterable', 'r'], (iterable: any, r: any) => {
  const pool = Array.from(iter(iterable));
  const n = pool.length, k = rArg(r, n);
  return (function* () {
    if (!n && k) return;
    const idx = new Array(k).fill(0);
    yield tuple(idx.map(i => pool[i]));
    for (;;) {
      let i = k - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) return;
      const v = idx[i] + 1;
      for (let j = i; j < k; j++) idx[j] = v;
      yield tuple(idx.map(x => pool[x]));
    }
  })();
});

registerModule('itertools', () => ({
  count: count.cls, cycle: cycle.cls, repeat: repeat.cls, accumulate: accumulate.cls, chain: chain.cls,
  compress: compress.cls, dropwhile: dropwhile.cls, takewhile: takewhile.cls, filterfalse: filterfalse.cls,
  groupby: groupbyType(), islice: islice.cls, starmap: starmap.cls, tee: teeFn, zip_longest: zipLongest.cls,
  pairwise: pairwise.cls, product: product.cls, permutations: permutations.cls, combinations: combinations.cls,
  combinations_with_replacement: cwr.cls,
}));
export { chain };
