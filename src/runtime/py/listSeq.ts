// Shared sequence machinery for list and tuple (and helpers other containers reuse): repr with
// recursion guard, rich comparison, indexing/slicing, membership, iterable → array.
'use strict';
import { PyObject, nativeClass, tuple, typeName, typeOf, isClass, Ellipsis } from './object';
import { E, pyErr } from './exceptions';
import { repr, truthy, iter } from './protocols';
import { eq, lt, le, gt, ge } from './ops';
import { PySlice, adjustSlice, seqIndex, indexValue } from './slice';
import { call } from './call';

// ---------------------------------------------------------------- repr recursion guard

const reprActive = new Set<any>();
/** Py_ReprEnter: false if `o` is already being repr'd further up the stack. */
export function reprEnter(o: any): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}
export function reprLeave(o: any): void { reprActive.delete(o); }

/** Repr of items between brackets, e.g. seqRepr(list, '[', ']', '[...]'). */
export function seqRepr(a: any[], open: string, close: string, recursive: string): string {
  if (!reprEnter(a)) return recursive;
  try {
    let out = open;
    for (let i = 0; i < a.length; i++) out += (i ? ', ' : '') + repr(a[i]);
    return out + close;
  } finally { reprLeave(a); }
}
export function listRepr(a: any[]): string { return a.length ? seqRepr(a, '[', ']', '[...]') : '[]'; }
export function tupleRepr(a: any[]): string {
  if (a.length === 0) return '()';
  if (a.length === 1) return seqRepr(a, '(', ',)', '(...)');
  return seqRepr(a, '(', ')', '(...)');
}

// ---------------------------------------------------------------- equality / comparison

/** PyObject_RichCompareBool(a, b, Py_EQ): identity first. */
export function eqBool(a: any, b: any): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === 'string' || ta === 'number')) return false;
  return truthy(eq(a, b));
}

export function seqEq(a: any[], b: any[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length && i < b.length; i++) if (!eqBool(a[i], b[i])) return false;
  return a.length === b.length;
}

export type CmpOp = 'lt' | 'le' | 'gt' | 'ge';
const OPS: Record<CmpOp, (a: any, b: any) => any> = { lt: (a, b) => lt(a, b), le: (a, b) => le(a, b), gt: (a, b) => gt(a, b), ge: (a, b) => ge(a, b) };

/** list/tuple ordering: the first unequal items decide, else the lengths. */
export function seqCompare(a: any[], b: any[], op: CmpOp): any {
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!eqBool(a[i], b[i])) break;
  if (i >= a.length || i >= b.length) {
    const x = a.length, y = b.length;
    return op === 'lt' ? x < y : op === 'le' ? x <= y : op === 'gt' ? x > y : x >= y;
  }
  return OPS[op](a[i], b[i]);
}

// ---------------------------------------------------------------- indexing

/** arr[key] for list (isTuple false) or tuple. */
export function seqGetitem(a: any[], key: any, isTuple: boolean): any {
  if (typeof key === 'number') {
    const i = key < 0 ? key + a.length : key;
    if (i >= 0 && i < a.length) return a[i];
    throw pyErr(E.IndexError, isTuple ? 'tuple index out of range' : 'list index out of range');
  }
  if (key instanceof PySlice) {
    const r = adjustSlice(key, a.length);
    let out: any[];
    if (r.step === 1) out = r.n > 0 ? a.slice(r.start, r.stop) : [];
    else {
      out = new Array(r.n);
      for (let k = 0, i = r.start; k < r.n; k++, i += r.step) out[k] = a[i];
    }
    return isTuple ? tuple(out) : out;
  }
  const what = isTuple ? 'tuple' : 'list';
  if (indexValue(key) === undefined) throw pyErr(E.TypeError, `${what} indices must be integers or slices, not ${typeName(key)}`);
  return a[seqIndex(key, a.length, `${what} index out of range`, what)];
}
export function listGetitem(a: any[], key: any): any { return seqGetitem(a, key, false); }
export function tupleGetitem(a: any[], key: any): any { return seqGetitem(a, key, true); }

export function seqContains(a: any[], x: any): boolean {
  for (let i = 0; i < a.length; i++) if (eqBool(a[i], x)) return true;
  return false;
}
export function seqCount(a: any[], x: any): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (eqBool(a[i], x)) n++;
  return n;
}
/** index(x, start, stop) search; -1 if absent. */
export function seqIndexOf(a: any[], x: any, start?: any, stop?: any): number {
  const len = a.length;
  let s = start === undefined ? 0 : clampIdx(start, len);
  const e = stop === undefined ? len : clampIdx(stop, len);
  for (; s < e && s < a.length; s++) if (eqBool(a[s], x)) return s;
  return -1;
}
function clampIdx(v: any, len: number): number {
  const n = indexValue(v);
  if (n === undefined) throw pyErr(E.TypeError, 'slice indices must be integers or have an __index__ method');
  let i = typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
  if (i < 0) { i += len; if (i < 0) i = 0; }
  return Math.min(i, len);
}

/** A fresh JS array of the items of any iterable (arrays are copied). */
export function toArray(v: any): any[] {
  if (Array.isArray(v)) return v.slice();
  if (typeof v === 'string') return Array.from(v);
  return Array.from(iter(v));
}

/** seq * n for list/tuple. */
export function seqRepeat(a: any[], n: any): any[] | undefined {
  const k = indexValue(n);
  if (k === undefined) return undefined;
  if (k <= 0 || a.length === 0) return [];
  if (typeof k === 'bigint' || k * a.length > 2 ** 32 - 1) throw pyErr(E.MemoryError);
  const out = new Array(k * a.length);
  for (let i = 0, o = 0; i < k; i++) for (let j = 0; j < a.length; j++) out[o++] = a[j];
  return out;
}

// ---------------------------------------------------------------- list[int] and friends

export class PyGenericAlias extends PyObject {
  constructor(public __origin__: any, public __args__: any[]) { super(); }
}
function typeRepr(t: any): string {
  if (t === Ellipsis) return '...';
  if (isClass(t)) return t.$module === 'builtins' ? t.$qualname : `${t.$module}.${t.$qualname}`;
  return repr(t);
}
nativeClass({
  name: 'GenericAlias', module: 'types', es: PyGenericAlias as any,
  dict: {
    __repr__(this: PyGenericAlias) {
      return `${typeRepr(this.__origin__)}[${this.__args__.length ? this.__args__.map(typeRepr).join(', ') : '()'}]`;
    },
    __call__(this: PyGenericAlias, ...a: any[]) { return call(this.__origin__, ...a); },
    __eq__(this: PyGenericAlias, o: any) {
      return o instanceof PyGenericAlias && o.__origin__ === this.__origin__ && seqEq(o.__args__, this.__args__);
    },
    __hash__(this: PyGenericAlias) { return 0; },
  },
});
/** `__class_getitem__` for builtin generic classes (list[int], dict[str, int]...). A plain
 *  this-based function (protocols.getitem calls it with this = the class). */
export const classGetitem = function (this: any, args: any) {
  const cls = isClass(this) ? this : typeOf(this);
  const items = Array.isArray(args) && (args as any).$t ? args.slice() : [args];
  return new PyGenericAlias(cls, tuple(items));
};
