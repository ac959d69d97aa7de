// The range type: lazy arithmetic sequence with CPython's len/index/slice/contains/eq/hash rules.
// Bounds are JS numbers (bigint arguments are converted; ranges beyond 2**53 are not exact).
'use strict';
import { PyObject, nativeClass, NotImplemented, None, tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { repr } from './protocols';
import { PySlice, adjustSlice, indexValue, seqIndex } from './slice';
import { PyIterBase, iterClass } from './iterators';
import { eqBool } from './listSeq';
import { tupleHash } from './tuple';

export class PyRange extends PyObject {
  start = 0;
  stop = 0;
  step = 1;
  $len = 0;
}

function intOf(v: any): number {
  const i = indexValue(v);
  if (i === undefined) throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(i);
}

function rangeLen(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function makeRange(start: number, stop: number, step = 1): PyRange {
  const r = new PyRange();
  r.start = start; r.stop = stop; r.step = step;
  r.$len = rangeLen(start, stop, step);
  return r;
}

/** range(stop) / range(start, stop[, step]) */
export function range(...args: any[]): PyRange {
  if (args.length === 1) return makeRange(0, intOf(args[0]));
  if (args.length === 2) return makeRange(intOf(args[0]), intOf(args[1]));
  if (args.length === 3) {
    const step = intOf(args[2]);
    if (step === 0) throw pyErr(E.ValueError, 'range() arg 3 must not be zero');
    return makeRange(intOf(args[0]), intOf(args[1]), step);
  }
  if (args.length === 0) throw pyErr(E.TypeError, 'range expected at least 1 argument, got 0');
  throw pyErr(E.TypeError, `range expected at most 3 arguments, got ${args.length}`);
}

export class RangeIter extends PyIterBase {
  constructor(public cur: number, public step: number, public left: number) { super(); }
  $next() {
    if (this.left <= 0) return undefined;
    const v = this.cur;
    this.cur += this.step;
    this.left--;
    return v;
  }
}
iterClass('range_iterator', RangeIter);
/** What JS `for..of` walks for `for i in range(...)`: a counted loop, no generator frame. */
class RangeJsIter implements Iterator<number> {
  constructor(private cur: number, private readonly step: number, private left: number) {}
  next(): IteratorResult<number> {
    if (this.left <= 0) return { done: true, value: undefined };
    const v = this.cur;
    this.cur = v + this.step;
    this.left--;
    return { done: false, value: v };
  }
  [Symbol.iterator]() { return this; }
}
Object.defineProperty(PyRange.prototype, Symbol.iterator, {
  value: function (this: PyRange) { return new RangeJsIter(this.start, this.step, this.$len); }, configurable: true, writable: true,
});

function isInt(x: any): boolean { return typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint'; }

export function rangeContains(r: PyRange, x: any): boolean {
  if (isInt(x)) {
    const v = Number(x);
    if (r.$len === 0) return false;
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0;
  }
  for (let i = 0, v = r.start; i < r.$len; i++, v += r.step) if (eqBool(v, x)) return true;
  return false;
}

function rangeIndex(r: PyRange, x: any): number {
  if (isInt(x)) {
    if (!rangeContains(r, x)) return -1;
    return (Number(x) - r.start) / r.step;
  }
  for (let i = 0, v = r.start; i < r.$len; i++, v += r.step) if (eqBool(v, x)) return i;
  return -1;
}

export function rangeGetitem(r: PyRange, k: any): any {
  if (k instanceof PySlice) {
    const s = adjustSlice(k, r.$len);
    return makeRange(r.start + s.start * r.step, r.start + s.stop * r.step, r.step * s.step);
  }
  if (typeof k !== 'number' && indexValue(k) === undefined) {
    throw pyErr(E.TypeError, `range indices must be integers or slices, not ${typeName(k)}`);
  }
  return r.start + seqIndex(k, r.$len, 'range object index out of range', 'range') * r.step;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.$len !== b.$len) return false;
  if (a.$len === 0) return true;
  if (a.start !== b.start) return false;
  return a.$len === 1 || a.step === b.step;
}

export const rangeClass = nativeClass({
  name: 'range', es: PyRange,
  new: (_c, args, kw) => {
    if (kw && kw.size) throw pyErr(E.TypeError, 'range() takes no keyword arguments');
    return range(...args);
  },
  dict: {
    __len__(this: PyRange) { return this.$len; },
    __bool__(this: PyRange) { return this.$len > 0; },
    __iter__(this: PyRange) { return new RangeIter(this.start, this.step, this.$len); },
    __reversed__(this: PyRange) { return new RangeIter(this.start + (this.$len - 1) * this.step, -this.step, this.$len); },
    __contains__(this: PyRange, x: any) { return rangeContains(this, x); },
    __getitem__(this: PyRange, k: any) { return rangeGetitem(this, k); },
    __repr__(this: PyRange) {
      return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
    },
    __eq__(this: PyRange, o: any) { return o instanceof PyRange ? rangeEq(this, o) : NotImplemented; },
    __ne__(this: PyRange, o: any) { return o instanceof PyRange ? !rangeEq(this, o) : NotImplemented; },
    __hash__(this: PyRange) {
      if (this.$len === 0) return tupleHash(tuple([0, None, None]));
      if (this.$len === 1) return tupleHash(tuple([1, this.start, None]));
      return tupleHash(tuple([this.$len, this.start, this.step]));
    },
    count(this: PyRange, x: any) {
      if (isInt(x)) return rangeContains(this, x) ? 1 : 0;
      let n = 0;
      for (let i = 0, v = this.start; i < this.$len; i++, v += this.step) if (eqBool(v, x)) n++;
      return n;
    },
    index(this: PyRange, x: any) {
      const i = rangeIndex(this, x);
      if (i < 0) throw pyErr(E.ValueError, `${repr(x)} is not in range`);
      return i;
    },
  },
});
