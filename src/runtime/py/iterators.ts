// Runtime iterator objects. Every one has a fast internal `$next()` that returns the next value or
// `undefined` when exhausted (undefined is never a Python value), a Python-visible `__next__` /
// `__iter__`, and `[Symbol.iterator]` so JS `for..of` can walk it without closing it on `break`.
'use strict';
import { PyObject, PyClass, nativeClass, defineMethods, None, tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { iter, truthy, getitem, len } from './protocols';
import { call } from './call';
import { lookupSpecial, callSpecial } from './attrs';

const DONE: IteratorResult<any> = { done: true, value: undefined };

class JsAdapter implements Iterator<any> {
  constructor(private it: PyIterBase) {}
  next(): IteratorResult<any> {
    const v = this.it.$next();
    return v === undefined ? DONE : { done: false, value: v };
  }
  [Symbol.iterator]() { return this; }
}

export abstract class PyIterBase extends PyObject {
  abstract $next(): any;
  [Symbol.iterator](): Iterator<any> { return new JsAdapter(this); }
}

const iterMethods = {
  __next__(this: PyIterBase) {
    const v = this.$next();
    if (v === undefined) throw pyErr(E.StopIteration);
    return v;
  },
  __iter__(this: PyIterBase) { return this; },
};

/** Register an iterator ES class as a Python type with __next__/__iter__. */
export function iterClass(name: string, es: new (...a: any[]) => PyIterBase, extra?: Record<string, any>, newHook?: PyClass['$new']): PyClass {
  const C = nativeClass({ name, es: es as any, new: newHook ?? (() => { throw pyErr(E.TypeError, `cannot create '${name}' instances`); }) });
  defineMethods(C, iterMethods);
  if (extra) defineMethods(C, extra);
  return C;
}

/** Iterator over a JS array by index (list_iterator, tuple_iterator): sees appends, like CPython. */
export class ArrayIter extends PyIterBase {
  constructor(public a: any[] | null, public i = 0) { super(); }
  $next() {
    const a = this.a;
    if (a === null) return undefined;
    if (this.i < a.length) return a[this.i++];
    this.a = null;
    return undefined;
  }
}
export class ListIter extends ArrayIter {}
export class TupleIter extends ArrayIter {}
export const listIteratorClass = iterClass('list_iterator', ListIter);
export const tupleIteratorClass = iterClass('tuple_iterator', TupleIter);

export class ListRevIter extends PyIterBase {
  constructor(public a: any[] | null, public i: number) { super(); }
  $next() {
    const a = this.a;
    if (a === null) return undefined;
    if (this.i >= 0 && this.i < a.length) return a[this.i--];
    this.a = null;
    return undefined;
  }
}
export const listRevIteratorClass = iterClass('list_reverseiterator', ListRevIter);

/** Iterator driven by a JS iterator (generators etc.). One ES subclass per Python type name. */
export class GenIter extends PyIterBase {
  constructor(public it: Iterator<any> | null) { super(); }
  $next() {
    const it = this.it;
    if (it === null) return undefined;
    const r = it.next();
    if (r.done) { this.it = null; return undefined; }
    return r.value;
  }
}
export function genIterType(name: string, extra?: Record<string, any>, newHook?: PyClass['$new']) {
  const ES = class extends GenIter {};
  const cls = iterClass(name, ES, extra, newHook);
  return { cls, make: (it: Iterator<any>) => new ES(it) };
}

export const strAsciiIter = genIterType('str_ascii_iterator');
export const strIter = genIterType('str_iterator');

// ---------------------------------------------------------------- enumerate zip map filter reversed

function* enumerateGen(src: Iterable<any>, start: any) {
  let i = start;
  for (const x of src) {
    yield tuple([i, x]);
    i = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : bigAdd1(i);
  }
}
function bigAdd1(i: any): any {
  const b = BigInt(i) + 1n;
  return Number.isSafeInteger(Number(b)) ? Number(b) : b;
}
export const enumerateType = genIterType('enumerate', undefined, (_c, args, kw) => {
  let it = args[0], start: any = args.length > 1 ? args[1] : 0;
  if (kw) for (const [k, v] of kw) {
    if (k === 'iterable' && it === undefined) it = v;
    else if (k === 'start' && args.length < 2) start = v;
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for enumerate()`);
  }
  if (it === undefined) throw pyErr(E.TypeError, "enumerate() missing required argument 'iterable'");
  if (args.length > 2) throw pyErr(E.TypeError, `enumerate() takes at most 2 arguments (${args.length} given)`);
  if (typeof start !== 'number' && typeof start !== 'bigint' && typeof start !== 'boolean') {
    throw pyErr(E.TypeError, `'${typeName(start)}' object cannot be interpreted as an integer`);
  }
  return enumerateType.make(enumerateGen(iter(it), typeof start === 'boolean' ? +start : start));
});

function* zipGen(its: Iterator<any>[], strict: boolean) {
  if (!its.length) return;
  for (;;) {
    const row: any[] = [];
    for (let k = 0; k < its.length; k++) {
      const r = its[k].next();
      if (r.done) {
        if (strict) {
          if (k > 0) throw pyErr(E.ValueError, `zip() argument ${k + 1} is shorter than argument${k > 1 ? `s 1-${k}` : ' 1'}`);
          for (let j = 1; j < its.length; j++) {
            if (!its[j].next().done) throw pyErr(E.ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`);
          }
        }
        return;
      }
      row.push(r.value);
    }
    yield tuple(row);
  }
}
export const zipType = genIterType('zip', undefined, (_c, args, kw) => {
  let strict = false;
  if (kw) for (const [k, v] of kw) {
    if (k === 'strict') strict = truthy(v);
    else throw pyErr(E.TypeError, `zip() got an unexpected keyword argument '${k}'`);
  }
  const its = args.map(a => iter(a)[Symbol.iterator]());
  return zipType.make(zipGen(its, strict));
});

function* mapGen(f: any, its: Iterator<any>[]) {
  for (;;) {
    const xs: any[] = [];
    for (const it of its) { const r = it.next(); if (r.done) return; xs.push(r.value); }
    yield call(f, ...xs);
  }
}
export const mapType = genIterType('map', undefined, (_c, args, kw) => {
  if (kw && kw.size) throw pyErr(E.TypeError, 'map() takes no keyword arguments');
  if (args.length < 2) throw pyErr(E.TypeError, 'map() must have at least two arguments.');
  const f = args[0];
  const its = args.slice(1).map(a => iter(a)[Symbol.iterator]());
  if (its.length === 1) return mapType.make(map1Gen(f, its[0]));
  return mapType.make(mapGen(f, its));
});

export const filterType = genIterType('filter', undefined, (_c, args, kw) => {
  if (kw && kw.size) throw pyErr(E.TypeError, 'filter() takes no keyword arguments');
  if (args.length !== 2) throw pyErr(E.TypeError, `filter expected 2 arguments, got ${args.length}`);
  const [f, src] = args;
  const it = iter(src);
  return filterType.make(filterGen(f, it));
});
// Module-level generator functions, not a `function* () {}` closure per call: V8 gives each such
// closure its own prototype and shape (see ARCHITECTURE.md, "Keeping the hot paths fast").
function* map1Gen(f: any, it: Iterator<any>) { for (let r = it.next(); !r.done; r = it.next()) yield call(f, r.value); }
function* filterGen(f: any, it: any) { for (const x of it) if (f === None ? truthy(x) : truthy(call(f, x))) yield x; }
function* reversedSeqGen(seq: any, n: number) { for (let i = n - 1; i >= 0; i--) yield getitem(seq, i); }
function* callableGen(f: any, sentinel: any, eqf: (a: any, b: any) => boolean) {
  for (;;) {
    const v = call(f);
    if (eqf(v, sentinel)) return;
    yield v;
  }
}

// reversed(seq): __reversed__ if defined, else the sequence protocol (__len__ + __getitem__).
export const reversedType = genIterType('reversed', undefined, (_c, args, kw) => {
  if (kw && kw.size) throw pyErr(E.TypeError, 'reversed() takes no keyword arguments');
  if (args.length !== 1) throw pyErr(E.TypeError, `reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  if (Array.isArray(seq) && (seq as any).$t !== true) return new ListRevIter(seq, seq.length - 1);
  const rev = lookupSpecial(seq, '__reversed__');
  if (rev === None) throw pyErr(E.TypeError, `'${typeName(seq)}' object is not reversible`);
  if (typeof rev === 'function') return callSpecial(rev, seq);
  if (typeof seq === 'string' || Array.isArray(seq) || (lookupSpecial(seq, '__getitem__') && lookupSpecial(seq, '__len__'))) {
    const n = len(seq);
    return reversedType.make(reversedSeqGen(seq, n));
  }
  throw pyErr(E.TypeError, `'${typeName(seq)}' object is not reversible`);
});

/** iter(callable, sentinel) */
export const callableIterType = genIterType('callable_iterator');
export function callableIter(f: any, sentinel: any, eqf: (a: any, b: any) => boolean) {
  return callableIterType.make(callableGen(f, sentinel, eqf));
}
