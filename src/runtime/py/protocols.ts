// The object protocols (repr, str, bool, hash, len, iteration, containment, subscripting),
// dispatched through the type's class dict with fast paths for the common JS representations.
import { PyObject, typeOf, typeName, None, PyFloat, isClass } from './object';
import { E, pyErr, raiseErr, isPyException } from './exceptions';
import { lookupSpecial, callSpecial, callMethod } from './attrs';

// dict.ts/dictMethods.ts/int.ts import this module: load them on first use.
let lazy: { dictClass: any; intToStr: (v: bigint) => string } | undefined;
function deps() {
  if (!lazy) lazy = { dictClass: require('./dictMethods').dictClass, intToStr: require('./int').intToStr };
  return lazy!;
}
function intToStr(v: bigint): string { return deps().intToStr(v); }

const hasOwn = Object.prototype.hasOwnProperty;

export function repr(v: any): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return intToStr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  const f = lookupSpecial(v, '__repr__');
  const r = callSpecial(f, v);
  if (typeof r !== 'string') throw raiseErr(E.TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

export function str(v: any): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'bigint': return intToStr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  const f = lookupSpecial(v, '__str__');
  const r = callSpecial(f, v);
  if (typeof r !== 'string') throw raiseErr(E.TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  return r;
}

export function truthy(v: any): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return v !== 0n;
    case 'function': return true;
  }
  if (v === None) return false;
  if (Array.isArray(v)) return v.length !== 0;
  if (v instanceof PyFloat) return v.v !== 0;
  const b = lookupSpecial(v, '__bool__');
  if (b !== undefined && b !== null) {
    const r = callSpecial(b, v);
    if (typeof r !== 'boolean') throw raiseErr(E.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = lookupSpecial(v, '__len__');
  if (l !== undefined) return truthy(callSpecial(l, v));
  return true;
}

export function not(v: any): boolean { return !truthy(v); }

export function hash(v: any): any {
  if (typeof v === 'string' || typeof v === 'number') {
    const f = typeOf(v).prototype.__hash__;
    if (typeof f === 'function') return f.call(v);
  }
  const f = lookupSpecial(v, '__hash__');
  if (f === undefined || f === None || f === null) throw raiseErr(E.TypeError, `unhashable type: '${typeName(v)}'`);
  return normalizeHash(callSpecial(f, v));
}

const HASH_MODULUS = (1n << 61n) - 1n;
/** What CPython makes of a __hash__ result: an int (reduced like hash(int) beyond 64 bits), never -1. */
function normalizeHash(r: any): number | bigint {
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'object' && r !== null && r.$int !== undefined) r = r.$int;
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (typeof r !== 'bigint') throw raiseErr(E.TypeError, '__hash__ method should return an integer');
  if (r >= -(1n << 63n) && r < (1n << 63n)) return r;  // fits a Py_ssize_t: kept as is
  const m = (r < 0n ? -r : r) % HASH_MODULUS;
  const h = Number(r < 0n ? -m : m);
  return h === -1 ? -2 : h;
}

export function len(v: any): number {
  if (Array.isArray(v)) return v.length;
  const f = lookupSpecial(v, '__len__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `object of type '${typeName(v)}' has no len()`);
  const n = callSpecial(f, v);
  if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') {
    throw raiseErr(E.TypeError, `'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  if (Number(n) < 0) throw raiseErr(E.ValueError, '__len__() should return >= 0');
  return Number(n);
}

// ------------------------------------------------------------------ iteration

/** A Python iterator over a JS iterator (list_iterator, str_iterator, ...). */
export class PyIterator extends PyObject {
  constructor(public $it: Iterator<any> | undefined = undefined) { super(); }
  [Symbol.iterator]() { return this.$it!; }
}
export function pyIteratorOf(it: Iterator<any>): PyIterator { return new PyIterator(it); }

/** Adapter: a Python object with __next__ seen as a JS iterator (no `return`, so a `break`
 *  in a for loop does not close it, as in Python). */
class NextAdapter {
  constructor(private o: any) {}
  next(): IteratorResult<any> {
    try {
      return { value: callMethod(this.o, '__next__'), done: false };
    } catch (e) {
      if (isPyException(e) && e.$cls.$mro.includes(E.StopIteration)) return { value: (e as any).value, done: true };
      throw e;
    }
  }
  [Symbol.iterator]() { return this; }
}

/** For `for x in v`: a JS iterable with Python semantics. */
export function iter(v: any): Iterable<any> {
  if (Array.isArray(v) || typeof v === 'string') return v;
  if (typeof v === 'function' && v.$isclass === true) {
    // A class is iterable through its metaclass (`for c in Color` for an Enum).
    const f = lookupSpecial(v, '__iter__');
    if (typeof f === 'function') return asJsIterable(callSpecial(f, v));
  }
  if (typeof v === 'object' && v !== null) {
    if (v.$cls?.$user) return userIter(v);
    if (typeof v[Symbol.iterator] === 'function') return v;
    const f = v.__iter__;
    if (typeof f === 'function') return asJsIterable(callSpecial(f, v));
    if (v.__getitem__ !== undefined) return sequenceIter(v);
  }
  throw raiseErr(E.TypeError, `'${typeName(v)}' object is not iterable`);
}
function userIter(v: any): Iterable<any> {
  const f = lookupSpecial(v, '__iter__');
  if (typeof f === 'function') return asJsIterable(callSpecial(f, v));
  if (f === undefined && lookupSpecial(v, '__getitem__') !== undefined) return sequenceIter(v);
  throw raiseErr(E.TypeError, `'${typeName(v)}' object is not iterable`);
}
function asJsIterable(it: any): Iterable<any> {
  if (typeof it === 'object' && it !== null && !Array.isArray(it)) {
    if (!it.$cls?.$user && typeof it[Symbol.iterator] === 'function') return it;
    if (lookupSpecial(it, '__next__') !== undefined) return new NextAdapter(it);
  }
  throw raiseErr(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
}
function* sequenceIter(v: any) {
  for (let i = 0; ; i++) {
    let x;
    try { x = callMethod(v, '__getitem__', i); } catch (e) {
      if (isPyException(e) && (e.$cls.$mro.includes(E.IndexError) || e.$cls.$mro.includes(E.StopIteration))) return;
      throw e;
    }
    yield x;
  }
}

/** Python iter(v): returns a Python iterator object. */
export function pyIter(v: any): any {
  {
    const f = lookupSpecial(v, '__iter__');
    if (typeof f === 'function') {
      const it = callSpecial(f, v);
      if (lookupSpecial(it, '__next__') === undefined && !(it instanceof PyIterator)) {
        throw raiseErr(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
      }
      return it;
    }
  }
  const js = iter(v);
  return new PyIterator((js as any)[Symbol.iterator]());
}

/** Python next(it[, default]). */
export function next(it: any, dflt?: any): any {
  if (it instanceof PyIterator) {
    const r = it.$it!.next();
    if (!r.done) return r.value;
    if (dflt !== undefined) return dflt;
    throw pyErr(E.StopIteration);
  }
  const f = lookupSpecial(it, '__next__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(it)}' object is not an iterator`);
  if (dflt === undefined) return callSpecial(f, it);
  try { return callSpecial(f, it); } catch (e) {
    if (isPyException(e) && e.$cls.$mro.includes(E.StopIteration)) return dflt;
    throw e;
  }
}

// ------------------------------------------------------------------ containment, subscripts

let eqImpl: (a: any, b: any) => boolean = (a, b) => a === b;
export function setEq(f: (a: any, b: any) => boolean) { eqImpl = f; }

/** `x in c` */
export function contains(c: any, x: any): boolean {
  if (Array.isArray(c)) {
    for (let i = 0; i < c.length; i++) { const y = c[i]; if (y === x || eqImpl(y, x)) return true; }
    return false;
  }
  if (typeof c === 'string') {
    if (typeof x !== 'string') throw raiseErr(E.TypeError, `'in <string>' requires string as left operand, not ${typeName(x)}`);
    return c.includes(x);
  }
  const f = lookupSpecial(c, '__contains__');
  if (typeof f === 'function') return truthy(callSpecial(f, c, x));
  if (typeof c !== 'object' || isClass(c) && lookupSpecial(c, '__iter__') === undefined) {
    throw raiseErr(E.TypeError, `argument of type '${typeName(c)}' is not iterable`);
  }
  for (const y of iter(c)) if (y === x || eqImpl(y, x)) return true;
  return false;
}
export const in_ = (x: any, c: any) => contains(c, x);
export const notIn = (x: any, c: any) => !contains(c, x);
export const is = (a: any, b: any) => a === b;
export const isNot = (a: any, b: any) => a !== b;

export function getitem(o: any, k: any): any {
  if (Array.isArray(o) && typeof k === 'number') {
    const i = k < 0 ? k + o.length : k;
    if (i >= 0 && i < o.length) return o[i];
  }
  if (typeof o === 'object' && o.$cls !== undefined && o.$cls === deps().dictClass) {
    const i = o.$find(k);  // an exact dict has no __missing__
    if (i >= 0) return o.$v[i];
    throw raiseErr(E.KeyError, k);
  }
  if (isClass(o)) {
    const cg = o.prototype.__class_getitem__;
    if (typeof cg === 'function') return cg.$py === 1 ? cg(o, k) : cg.call(o, k);
    if (o.$name === 'type' || hasOwn.call(o, '$generic')) return o;
    throw raiseErr(E.TypeError, `type '${o.$name}' is not subscriptable`);
  }
  const f = lookupSpecial(o, '__getitem__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(o)}' object is not subscriptable`);
  return callSpecial(f, o, k);
}

export function setitem(o: any, k: any, v: any): void {
  if (Array.isArray(o) && (o as any).$t !== true && typeof k === 'number') {
    const i = k < 0 ? k + o.length : k;
    if (i >= 0 && i < o.length) { o[i] = v; return; }
  }
  const f = lookupSpecial(o, '__setitem__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(o)}' object does not support item assignment`);
  callSpecial(f, o, k, v);
}

export function delitem(o: any, k: any): void {
  const f = lookupSpecial(o, '__delitem__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(o)}' object doesn't support item deletion`);
  callSpecial(f, o, k);
}
