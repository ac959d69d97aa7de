// Small numeric helpers shared by the stdlib modules: the int representation is
// `number` (safe integers) or `bigint`, floats are PyFloat (see ARCHITECTURE.md "Value model").
import { PyFloat, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { lookupSpecial, callSpecial } from '../py/attrs';

export type Int = number | bigint;

export function isInt(v: any): v is Int {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

/** Canonical int: a bigint that fits in a safe integer becomes a number. */
export function normInt(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function big(v: Int | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

export function bitLength(v: Int): number {
  if (typeof v === 'number') {
    let n = Math.abs(v);
    if (n < 2 ** 31) return n === 0 ? 0 : 32 - Math.clz32(n);
    return big(n).toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

/** operator.index(v): int (bool included) or an object with __index__. */
export function toIndex(v: any): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v !== null && typeof v === 'object' ? lookupSpecial(v, '__index__') : undefined;
  if (typeof f === 'function') {
    const r = callSpecial(f, v);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    throw pyErr(E.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  }
  throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** A Python int/bool/float as a JS double (TypeError otherwise, CPython's wording for float()). */
export function toF(v: any): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'bigint') {
    const r = Number(v);
    if (!isFinite(r)) throw pyErr(E.OverflowError, 'int too large to convert to float');
    return r;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v !== null && typeof v === 'object' ? lookupSpecial(v, '__float__') : undefined;
  if (typeof f === 'function') {
    const r = callSpecial(f, v);
    if (r instanceof PyFloat) return r.v;
  }
  const g = v !== null && typeof v === 'object' ? lookupSpecial(v, '__index__') : undefined;
  if (typeof g === 'function') return toF(toIndex(v));
  throw pyErr(E.TypeError, `must be real number, not ${typeName(v)}`);
}

export function isNumber(v: any): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
}

export function f(v: number): PyFloat { return new PyFloat(v); }

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}
/** Python floor division for ints (b != 0). */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.floor(a / b);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Math.abs(a) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normInt(q);
}
export function intCmp(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const A = big(a), B = big(b);
  return A < B ? -1 : A > B ? 1 : 0;
}

/** repr of a JS double exactly as CPython's float.__repr__. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const s = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  const sign = m[1];
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
