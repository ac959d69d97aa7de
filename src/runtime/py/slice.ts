// The slice type, index conversion (__index__) and CPython's slice/index adjustment rules.
'use strict';
import { PyObject, None, NotImplemented, nativeClass, tuple, typeName, isInstance, intClass } from './object';
import { StaticMethod, ClassMethod } from './descriptors';
import { E, pyErr } from './exceptions';
import { repr, truthy } from './protocols';
import { eq } from './ops';

export class PySlice extends PyObject {
  start: any = None;
  stop: any = None;
  step: any = None;
}

/** `$.slice(a, b, c)`: omitted parts (undefined) are None. */
export function slice(start?: any, stop?: any, step?: any): PySlice {
  const s = new PySlice();
  if (start !== undefined) s.start = start;
  if (stop !== undefined) s.stop = stop;
  if (step !== undefined) s.step = step;
  return s;
}

export function isSlice(v: any): v is PySlice { return v instanceof PySlice; }

const MAXSIZE = Number.MAX_SAFE_INTEGER;

/** operator.index(v): an int (number or bigint), or undefined if v has no __index__. */
export function indexValue(v: any): number | bigint | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'object': {
      if (v === null || Array.isArray(v)) return undefined;
      const f = v.__index__;
      if (typeof f !== 'function') return undefined;
      const r = f.$py === 1 ? f(v) : f.call(v);
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      if (isInstance(r, intClass)) return r;
      throw pyErr(E.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    }
  }
  return undefined;
}

/** An index-sized integer (clamped like PyNumber_AsSsize_t with an IndexError on overflow). */
export function indexArg(v: any, errMsg: () => string): number {
  const i = indexValue(v);
  if (i === undefined) throw pyErr(E.TypeError, errMsg());
  if (typeof i === 'number') return i;
  if (i > BigInt(MAXSIZE) || i < -BigInt(MAXSIZE)) {
    throw pyErr(E.IndexError, `cannot fit '${typeName(v)}' into an index-sized integer`);
  }
  return Number(i);
}

/** Slice bound to a clamped number (_PyEval_SliceIndex). */
function sliceBound(v: any): number {
  const i = indexValue(v);
  if (i === undefined) throw pyErr(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'number') return i;
  return i > 0n ? MAXSIZE : -MAXSIZE;
}

/** Start, stop, step and length of a slice applied to a sequence of `len` items
 *  (PySlice_Unpack + PySlice_AdjustIndices). Result in SL. */
export const SL = { start: 0, stop: 0, step: 1, n: 0 };
export function adjustSlice(s: PySlice, len: number): typeof SL {
  let step = 1;
  if (s.step !== None) {
    step = sliceBound(s.step);
    if (step === 0) throw pyErr(E.ValueError, 'slice step cannot be zero');
  }
  let start = s.start === None ? (step < 0 ? MAXSIZE : 0) : sliceBound(s.start);
  let stop = s.stop === None ? (step < 0 ? -MAXSIZE : MAXSIZE) : sliceBound(s.stop);
  if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
  else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
  else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  SL.start = start; SL.stop = stop; SL.step = step; SL.n = n;
  return SL;
}

/** Normalise a sequence index: negative counts from the end; IndexError(msg) if out of range. */
export function seqIndex(key: any, len: number, msg: string, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else i = indexArg(key, () => `${what} indices must be integers or slices, not ${typeName(key)}`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw pyErr(E.IndexError, msg);
  return i;
}

function sliceNew(_cls: any, args: any[], kw?: Map<string, any>): PySlice {
  if (kw && kw.size) throw pyErr(E.TypeError, 'slice() takes no keyword arguments');
  if (args.length === 0) throw pyErr(E.TypeError, 'slice expected at least 1 argument, got 0');
  if (args.length > 3) throw pyErr(E.TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return slice(None, args[0], None);
  return slice(args[0], args[1], args.length > 2 ? args[2] : None);
}

function sliceTuple(s: PySlice): any[] { return tuple([s.start, s.stop, s.step]); }

export const sliceClass = nativeClass({
  name: 'slice', es: PySlice, new: sliceNew,
  dict: {
    __hash__: None,
    __repr__(this: PySlice) { return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`; },
    __eq__(this: PySlice, o: any) {
      if (!(o instanceof PySlice)) return NotImplemented;
      if (o === this) return true;
      const a = sliceTuple(this), b = sliceTuple(o);
      for (let i = 0; i < 3; i++) if (a[i] !== b[i] && !truthy(eq(a[i], b[i]))) return false;
      return true;
    },
    indices(this: PySlice, length: any) {
      const len = indexArg(length, () => `'${typeName(length)}' object cannot be interpreted as an integer`);
      if (len < 0) throw pyErr(E.ValueError, 'length should not be negative');
      const r = adjustSlice(this, len);
      return tuple([r.start, r.stop, r.step]);
    },
  },
});

// ---------------------------------------------------------------- argument helpers

/** An int argument of a builtin method ("'str' object cannot be interpreted as an integer"). */
export function intArg(v: any): number {
  return indexArg(v, () => `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Give a positional, this-based runtime method keyword support: `params` names its parameters
 *  in order (those after `posonly` may be passed by keyword). Omitted ones arrive as undefined. */
export function kwMethod<F extends (...a: any[]) => any>(name: string, params: string[], fn: F, posonly = 0): F {
  (fn as any).$callKw = function (this: any, pos: any[], kw: Map<string, any>) {
    if (params.length === posonly) throw pyErr(E.TypeError, `${name}() takes no keyword arguments`);
    const args = pos.slice();
    for (const [k, v] of kw) {
      const i = params.indexOf(k);
      if (i < posonly) throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < pos.length) throw pyErr(E.TypeError, `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      args[i] = v;
    }
    return fn.apply(this, args);
  };
  return fn;
}

// ---------------------------------------------------------------- static/class method descriptors

/** A static method for a builtin class dict (str.maketrans). */
export function staticMethod(f: any): any { return new StaticMethod(f); }
/** A class method for a builtin class dict: `f` is this-based, `this` = the class (dict.fromkeys). */
export function classMethod(f: any): any { return new ClassMethod(f); }
