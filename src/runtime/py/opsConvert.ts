// Numeric conversions with CPython's protocols and messages: int(x) (PyNumber_Long), float(x)
// (PyNumber_Float) and the C-level "as double" used by math functions and %-formatting.
import { PyFloat, typeName } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial, callMethod } from './attrs';
import { repr } from './protocols';
import { Int, intOf, index, floatToInt, intToFloat, parseIntStr } from './int';
import { parseFloatStr } from './float';

function special(o: any, name: string): any {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
  const f = lookupSpecial(o, name);
  return typeof f === 'function' ? f : undefined;
}

function isBytesLike(v: any): boolean {
  const n = typeof v === 'object' && v !== null && !Array.isArray(v) ? typeName(v) : '';
  return n === 'bytes' || n === 'bytearray';
}
function bytesText(v: any): string { return callMethod(v, 'decode', 'latin-1'); }

/** int(x) with one argument. */
export function toInt(v: any): Int {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return parseIntStr(v, 10);
  }
  const f = special(v, '__int__');
  if (f !== undefined) {
    const r = callSpecial(f, v);
    const i = intOf(r);
    if (i === undefined) throw pyErr(E.TypeError, `__int__ returned non-int (type ${typeName(r)})`);
    return i;
  }
  if (special(v, '__index__') !== undefined) return index(v);
  const t = special(v, '__trunc__');
  if (t !== undefined) {
    const r = callSpecial(t, v);
    const i = intOf(r);
    if (i !== undefined) return i;
    if (special(r, '__index__') === undefined) throw pyErr(E.TypeError, `__trunc__ returned non-Integral (type ${typeName(r)})`);
    return index(r);
  }
  if (isBytesLike(v)) return parseIntText(bytesText(v), 10, v);
  throw pyErr(E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

/** int(x, base) */
export function toIntBase(v: any, base: any): Int {
  const b = index(base);
  const bn = typeof b === 'number' ? b : (b > 0n ? 37 : -1);
  if (typeof v === 'string') return parseIntStr(v, bn);
  if (isBytesLike(v)) return parseIntText(bytesText(v), bn, v);
  throw pyErr(E.TypeError, "int() can't convert non-string with explicit base");
}
function parseIntText(s: string, base: number, orig: any): Int {
  try { return parseIntStr(s, base); } catch (e: any) {
    if (e?.$cls === E.ValueError && String(e.args[0]).startsWith('invalid literal')) {
      throw pyErr(E.ValueError, `invalid literal for int() with base ${base}: ${repr(orig)}`);
    }
    throw e;
  }
}

/** float(x) as a JS double. */
export function toFloat(v: any): number {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return parseFloatStr(v);
  }
  const f = special(v, '__float__');
  if (f !== undefined) {
    const r = callSpecial(f, v);
    if (!(r instanceof PyFloat)) throw pyErr(E.TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  if (special(v, '__index__') !== undefined) return intToFloat(index(v));
  if (v instanceof PyFloat) return v.v;
  if (isBytesLike(v)) {
    try { return parseFloatStr(bytesText(v)); } catch (e: any) {
      if (e?.$cls === E.ValueError) throw pyErr(E.ValueError, `could not convert string to float: ${repr(v)}`);
      throw e;
    }
  }
  throw pyErr(E.TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** PyFloat_AsDouble: a float, an int, or __float__/__index__; "must be real number, not X". */
export function asDouble(v: any): number {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  const i = intOf(v);
  if (i !== undefined) return intToFloat(i);
  const f = special(v, '__float__');
  if (f !== undefined) {
    const r = callSpecial(f, v);
    if (!(r instanceof PyFloat)) throw pyErr(E.TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  if (special(v, '__index__') !== undefined) return intToFloat(index(v));
  throw pyErr(E.TypeError, `must be real number, not ${typeName(v)}`);
}

/** Whether v supports int()/float() conversion (CPython's PyNumber_Check). */
export function isNumberLike(v: any): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyFloat) return true;
  return special(v, '__index__') !== undefined || special(v, '__int__') !== undefined || special(v, '__float__') !== undefined;
}

/** float(x) truncated toward zero as an int (for %d of floats and int(float)). */
export function truncToInt(x: number): Int { return floatToInt(x); }
