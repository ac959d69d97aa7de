// Glue between the stdlib modules and the kernel: generic arithmetic/comparison with numeric
// fast paths, and the few type predicates the modules share.
import { PyFloat, typeOf, PyClass, isTuple, None } from '../py/object';
import { PyProperty } from '../py/descriptors';
import { pyfunc } from '../py/call';
import * as ops from '../py/ops';
import { truthy, len, getitem, iter } from '../py/protocols';
import { PyDict } from '../py/dict';
import { E, pyErr } from '../py/exceptions';

const isNum = (v: any) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

/** a < b with Python semantics (exact int/float comparison on the fast path). */
export function pyLt(a: any, b: any): boolean {
  const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
  if ((isNum(x) || a instanceof PyFloat) && (isNum(y) || b instanceof PyFloat)) return x < y;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? strLt(a, b) : false;
  return truthy(ops.lt(a, b));
}
/** Strings compare by code point (JS < compares UTF-16 units, which differs above U+FFFF). */
function strLt(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i), cb = b.charCodeAt(i);
    if (ca !== cb) {
      if (ca >= 0xd800 && ca <= 0xdfff || cb >= 0xd800 && cb <= 0xdfff) return a.codePointAt(i)! < b.codePointAt(i)!;
      return ca < cb;
    }
  }
  return a.length < b.length;
}

export function pyEq(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  return truthy(ops.eq(a, b));
}

export function pyAdd(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return ops.add(a, b);
}

/** Classes registered as collections.abc.Sequence (besides list, tuple, str, range...). */
export const sequenceClasses = new Set<PyClass>();
const BUILTIN_SEQUENCES = new Set(['range', 'bytes', 'bytearray', 'memoryview', 'deque']);

/** isinstance(v, collections.abc.Sequence) */
export function isSequence(v: any): boolean {
  if (Array.isArray(v) || typeof v === 'string') return true;
  const C = typeOf(v);
  if (BUILTIN_SEQUENCES.has(C.$name)) return true;
  return C.$mro.some(k => sequenceClasses.has(k));
}

export { isTuple };

const SURROGATE = /[\ud800-\udfff]/;
/** len(x), with strings measured in code points. */
export function pyLen(x: any): number {
  if (Array.isArray(x)) return x.length;
  if (typeof x === 'string') return SURROGATE.test(x) ? [...x].length : x.length;
  return len(x);
}
/** x[i] for a valid non-negative index i (lists/tuples/str fast, else __getitem__). */
export function pyItem(x: any, i: number | bigint): any {
  if (Array.isArray(x) && typeof i === 'number') return x[i];
  if (typeof x === 'string' && typeof i === 'number') return SURROGATE.test(x) ? [...x][i] : x[i];
  return getitem(x, i);
}

// ------------------------------------------------------------------ dicts

/** A new Python dict from [key, value] pairs (insertion order). */
export function newDict(entries?: Iterable<[any, any]>): any {
  const d = new PyDict();
  if (entries) for (const [k, v] of entries) d.$set(k, v);
  return d;
}
/** The [key, value] pairs of a mapping, in iteration order (a plain dict's own entries; for
 *  anything else, iteration and __getitem__ as `dict(m)` would see them). */
export function dictEntries(d: any): [any, any][] {
  if (d instanceof PyDict && !d.$cls.$user) return [...d.$entries()];
  const out: [any, any][] = [];
  for (const k of iter(d)) out.push([k, getitem(d, k)]);
  return out;
}
/** **mapping as a Kw map (keys must be str). */
export function toKw(d: any): Map<string, any> {
  const m = new Map<string, any>();
  for (const [k, v] of d instanceof Map ? d : dictEntries(d)) {
    if (typeof k !== 'string') throw pyErr(E.TypeError, 'keywords must be strings');
    m.set(k, v);
  }
  return m;
}
export function isDict(v: any): boolean { return v instanceof PyDict; }

/** Store an instance attribute directly (its __dict__ entry), even where object's class dict has a
 *  read-only accessor of the same name (__doc__, __module__...). */
export function setOwn(o: any, name: string, v: any): void {
  Object.defineProperty(o, name, { value: v, writable: true, enumerable: true, configurable: true });
}

/** A read-only (or read/write) property for a runtime class dict. */
export function prop(name: string, get: (self: any) => any, set?: (self: any, v: any) => void): PyProperty {
  const p = new PyProperty();
  p.__init__(pyfunc(name, ['self'], get), set ? pyfunc(name, ['self', 'value'], (s: any, v: any) => { set(s, v); return None; }) : None);
  p.$name = name;
  return p;
}
