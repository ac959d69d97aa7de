// collections.deque with CPython 3.11's behaviour and messages (Modules/_collectionsmodule.c).
import { PyObject, PyClass, nativeClass, None, NotImplemented, typeName, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { iter, repr } from '../py/protocols';
import { kwMethod, seqIndex, intArg, indexArg } from '../py/slice';
import { reprEnter, reprLeave, eqBool, seqCompare, seqEq, classGetitem } from '../py/listSeq';
import { genIterType } from '../py/iterators';
import { isSlice } from '../py/slice';
import { prop } from './_rt';

export class PyDeque extends PyObject {
  $a: any[] = [];
  $max: number | null = null;
  /** Bumped by every mutation, so iterators can detect one. */
  $state = 0;
}

let dequeClass: PyClass;
const isDeque = (v: any): v is PyDeque => v instanceof PyDeque;

function mutated(): never { throw pyErr(E.RuntimeError, 'deque mutated during iteration'); }

function* dequeGen(d: PyDeque, reverse: boolean) {
  const state = d.$state;
  const n = d.$a.length;
  for (let i = 0; i < n; i++) {
    if (d.$state !== state || d.$a.length !== n) mutated();
    yield d.$a[reverse ? n - 1 - i : i];
  }
  if (d.$state !== state) mutated();
}
const dequeIter = genIterType('_deque_iterator');
const dequeRevIter = genIterType('_deque_reverse_iterator');
dequeIter.cls.$module = '_collections';
dequeRevIter.cls.$module = '_collections';

function append(d: PyDeque, x: any) {
  d.$state++;
  if (d.$max === 0) return;
  d.$a.push(x);
  if (d.$max !== null && d.$a.length > d.$max) d.$a.shift();
}
function appendleft(d: PyDeque, x: any) {
  d.$state++;
  if (d.$max === 0) return;
  d.$a.unshift(x);
  if (d.$max !== null && d.$a.length > d.$max) d.$a.pop();
}
function extend(d: PyDeque, it: any, left: boolean) {
  const items = it === d ? d.$a.slice() : Array.from(iter(it));
  for (const x of items) (left ? appendleft : append)(d, x);
}

function initDeque(d: PyDeque, iterable: any, maxlen: any) {
  if (maxlen === None || maxlen === undefined) d.$max = null;
  else {
    if (typeof maxlen !== 'number' && typeof maxlen !== 'bigint' && typeof maxlen !== 'boolean') throw pyErr(E.TypeError, 'an integer is required');
    const m = Number(maxlen);
    if (m < 0) throw pyErr(E.ValueError, 'maxlen must be non-negative');
    d.$max = m;
  }
  if (d.$a.length) { d.$a = []; d.$state++; }
  if (iterable !== undefined) extend(d, iterable, false);
}

function newDeque(C: PyClass, items: any[], maxlen: number | null): PyDeque {
  const d: PyDeque = Reflect.construct(PyDeque, [], C);
  d.$max = maxlen;
  for (const x of items) append(d, x);
  return d;
}

function dequeRepr(this: PyDeque): string {
  if (!reprEnter(this)) return '[...]';
  try {
    const inner = this.$a.length ? '[' + this.$a.map(x => repr(x)).join(', ') + ']' : '[]';
    const name = typeName(this);
    return this.$max === null ? `${name}(${inner})` : `${name}(${inner}, maxlen=${this.$max})`;
  } finally { reprLeave(this); }
}

function index(d: PyDeque, key: any): number {
  if (isSlice(key) || (typeof key !== 'number' && typeof key !== 'bigint' && typeof key !== 'boolean' && typeof key?.__index__ !== 'function')) {
    throw pyErr(E.TypeError, `sequence index must be integer, not '${typeName(key)}'`);
  }
  return seqIndex(key, d.$a.length, 'deque index out of range', 'deque');
}

function cmp(op: 'lt' | 'le' | 'gt' | 'ge') {
  return function (this: PyDeque, o: any) { return isDeque(o) ? seqCompare(this.$a, o.$a, op) : NotImplemented; };
}

const initMethod = kwMethod('deque', ['iterable', 'maxlen'], function (this: PyDeque, iterable?: any, maxlen?: any) {
  if (arguments.length > 2) throw pyErr(E.TypeError, `deque expected at most 2 arguments, got ${arguments.length}`);
  initDeque(this, iterable, maxlen); return None;
});

dequeClass = nativeClass({
  name: 'deque', module: 'collections', es: PyDeque,
  new: (C, args, kw) => {
    const d: PyDeque = Reflect.construct(PyDeque, [], C);
    if (kw && kw.size) (initMethod as any).$callKw.call(d, args, kw); else (initMethod as any).apply(d, args);
    return d;
  },
  dict: {
    __hash__: None,
    __init__: initMethod,
    maxlen: prop('maxlen', (d: PyDeque) => (d.$max === null ? None : d.$max)),
    append(this: PyDeque, x: any) { append(this, x); return None; },
    appendleft(this: PyDeque, x: any) { appendleft(this, x); return None; },
    pop(this: PyDeque) {
      if (!this.$a.length) throw pyErr(E.IndexError, 'pop from an empty deque');
      this.$state++; return this.$a.pop();
    },
    popleft(this: PyDeque) {
      if (!this.$a.length) throw pyErr(E.IndexError, 'pop from an empty deque');
      this.$state++; return this.$a.shift();
    },
    extend(this: PyDeque, it: any) { extend(this, it, false); return None; },
    extendleft(this: PyDeque, it: any) { extend(this, it, true); return None; },
    clear(this: PyDeque) { this.$a = []; this.$state++; return None; },
    copy(this: PyDeque) { return newDeque(this.$cls, this.$a, this.$max); },
    __copy__(this: PyDeque) { return newDeque(this.$cls, this.$a, this.$max); },
    rotate(this: PyDeque, n: any = 1) {
      const len = this.$a.length;
      const k = intArg(n);
      if (len <= 1 || k === 0) return None;
      let r = k % len; if (r < 0) r += len;
      this.$a = this.$a.slice(len - r).concat(this.$a.slice(0, len - r));
      this.$state++;
      return None;
    },
    reverse(this: PyDeque) { this.$a.reverse(); this.$state++; return None; },
    count(this: PyDeque, x: any) {
      const state = this.$state; let c = 0;
      for (const y of this.$a.slice()) { if (eqBool(y, x)) c++; if (this.$state !== state) mutated(); }
      return c;
    },
    index(this: PyDeque, x: any, start: any = 0, stop: any = 2 ** 53) {
      const n = this.$a.length;
      let s = indexArg(start, () => 'slice indices must be integers or have an __index__ method');
      let e = indexArg(stop, () => 'slice indices must be integers or have an __index__ method');
      if (s < 0) s = Math.max(0, s + n);
      if (e < 0) e = Math.max(0, e + n);
      const state = this.$state;
      for (let i = s; i < Math.min(e, n); i++) {
        if (eqBool(this.$a[i], x)) return i;
        if (this.$state !== state) mutated();
      }
      throw pyErr(E.ValueError, `${repr(x)} is not in deque`);
    },
    insert(this: PyDeque, i: any, x: any) {
      const n = this.$a.length;
      if (this.$max !== null && n >= this.$max) throw pyErr(E.IndexError, 'deque already at its maximum size');
      let k = intArg(i);
      if (k < 0) k = Math.max(0, k + n); else if (k > n) k = n;
      this.$a.splice(k, 0, x); this.$state++;
      return None;
    },
    remove(this: PyDeque, x: any) {
      const state = this.$state;
      for (let i = 0; i < this.$a.length; i++) {
        const hit = eqBool(this.$a[i], x);
        if (this.$state !== state) throw pyErr(E.IndexError, 'deque mutated during remove().');
        if (hit) { this.$a.splice(i, 1); this.$state++; return None; }
      }
      throw pyErr(E.ValueError, `${repr(x)} is not in deque`);
    },
    __len__(this: PyDeque) { return this.$a.length; },
    __bool__(this: PyDeque) { return this.$a.length > 0; },
    __contains__(this: PyDeque, x: any) {
      const state = this.$state;
      for (const y of this.$a.slice()) { if (eqBool(y, x)) return true; if (this.$state !== state) mutated(); }
      return false;
    },
    __getitem__(this: PyDeque, k: any) { return this.$a[index(this, k)]; },
    __setitem__(this: PyDeque, k: any, v: any) { this.$a[index(this, k)] = v; return None; },
    __delitem__(this: PyDeque, k: any) { this.$a.splice(index(this, k), 1); this.$state++; return None; },
    __iter__(this: PyDeque) { return dequeIter.make(dequeGen(this, false)); },
    __reversed__(this: PyDeque) { return dequeRevIter.make(dequeGen(this, true)); },
    __repr__: dequeRepr,
    __eq__(this: PyDeque, o: any) { return isDeque(o) ? seqEq(this.$a, o.$a) : NotImplemented; },
    __ne__(this: PyDeque, o: any) { return isDeque(o) ? !seqEq(this.$a, o.$a) : NotImplemented; },
    __lt__: cmp('lt'), __le__: cmp('le'), __gt__: cmp('gt'), __ge__: cmp('ge'),
    __add__(this: PyDeque, o: any) {
      if (!isDeque(o)) throw pyErr(E.TypeError, `can only concatenate deque (not "${typeName(o)}") to deque`);
      return newDeque(this.$cls, this.$a.concat(o.$a), this.$max);
    },
    __iadd__(this: PyDeque, o: any) { extend(this, o, false); return this; },
    __mul__(this: PyDeque, n: any) {
      const k = intArg(n);
      const out: any[] = [];
      for (let i = 0; i < k; i++) out.push(...this.$a);
      return newDeque(this.$cls, out, this.$max);
    },
    __rmul__(this: PyDeque, n: any) { return (dequeClass.prototype.__mul__ as any).call(this, n); },
    __imul__(this: PyDeque, n: any) {
      const k = intArg(n);
      const items = this.$a.slice();
      if (k <= 0) { this.$a = []; this.$state++; return this; }
      for (let i = 1; i < k; i++) for (const x of items) append(this, x);
      return this;
    },
    __class_getitem__: classGetitem,
    __reduce__(this: PyDeque) { return tuple([this.$cls, tuple([this.$a.slice(), this.$max === null ? None : this.$max])]); },
  },
});
// Make `iter(d)` fast for JS callers (for..of) with the same mutation checks.
Object.defineProperty(PyDeque.prototype, Symbol.iterator, { value: function (this: PyDeque) { return dequeGen(this, false); } });

export { dequeClass };
/** A new deque from JS items (for runtime code). */
export function makeDeque(items: any[] = [], maxlen: number | null = null): PyDeque { return newDeque(dequeClass, items, maxlen); }
