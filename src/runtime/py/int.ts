// Python int helpers over the int representation: a JS number when it is a safe integer, else
// a bigint (canonical, never -0). See ARCHITECTURE.md "Value model".
import { PyObject, typeName } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { strRepr } from './strUtil';

export type Int = number | bigint;
export const MAX_SAFE = 9007199254740991;
const MAX_SAFE_N = 9007199254740991n;

/** Canonical int from a bigint: a number when it is a safe integer. */
export function norm(b: bigint): Int {
  return b >= -MAX_SAFE_N && b <= MAX_SAFE_N ? Number(b) : b;
}

/** Canonical int from a JS integral double that may exceed the safe range. */
export function normNum(x: number): Int {
  if (x >= -MAX_SAFE && x <= MAX_SAFE) return x === 0 ? 0 : x;
  return BigInt(x);
}

export function big(v: Int | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

/** The int value of an int, a bool or an instance of an int subclass (stored in `$int`);
 *  undefined for anything else. */
export function intOf(v: any): Int | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'object': if (v instanceof PyObject) return (v as any).$int;
  }
  return undefined;
}

export function isZero(v: Int): boolean { return v === 0 || v === 0n; }
export function isNeg(v: Int): boolean { return v < 0; }

export function bitLength(v: Int): number {
  if (typeof v === 'number') {
    const n = v < 0 ? -v : v;
    if (n < 2147483648) return 32 - Math.clz32(n);
    const hi = Math.floor(n / 4294967296);
    return 64 - Math.clz32(hi);
  }
  const n = v < 0n ? -v : v;
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

// ---------------------------------------------------------------- int -> str

export const MAX_STR_DIGITS = 4300;

/** str(int) with CPython 3.11's 4300-digit limit. */
export function intToStr(v: Int): string {
  if (typeof v === 'number') return String(v);
  if (bitLength(v) > 14300) throw digitsError();
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) throw digitsError();
  return s;
}
function digitsError() {
  return pyErr(E.ValueError, `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };
/** hex()/oct()/bin(): '-0xff' style. */
export function intToBase(v: Int, base: 2 | 8 | 16, prefix = true): string {
  const neg = v < 0;
  const a = typeof v === 'number' ? (neg ? -v : v) : (neg ? -v : v);
  return (neg ? '-' : '') + (prefix ? PREFIX[base] : '') + a.toString(base);
}

// ---------------------------------------------------------------- str -> int

const UWS = /[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const ND = /\p{Nd}/u;
const ASCII_TRIM = /^[ \t\n\x0b\x0c\r]+|[ \t\n\x0b\x0c\r]+$/g;

/** _PyUnicode_TransformDecimalAndSpaceToASCII + strip: non-ASCII whitespace becomes ' ', Unicode
 *  decimal digits become ASCII digits, anything else non-ASCII ends the text with '?'; then
 *  ASCII whitespace is stripped from both ends (what int() and float() parse). */
export function stripPyWs(s: string): string {
  let t = s;
  if (/[^\x00-\x7e]/.test(s)) {
    t = '';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 127) t += ch;
      else if (UWS.test(ch)) t += ' ';
      else if (ND.test(ch)) t += String.fromCharCode(48 + ndValue(c));
      else { t += '?'; break; }
    }
  }
  return t.replace(ASCII_TRIM, '');
}
/** Value of a Unicode decimal digit: Nd characters come in runs of ten starting at zero. */
function ndValue(c: number): number {
  let z = c;
  while (z > 0 && ND.test(String.fromCodePoint(z - 1))) z--;
  return (c - z) % 10;
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** int(s, base) for a str s: CPython's PyLong_FromString rules (whitespace, sign, prefixes,
 *  single underscores between digits) and error messages. */
export function parseIntStr(s: string, base: number): Int {
  if (base !== 0 && (base < 2 || base > 36)) throw pyErr(E.ValueError, 'int() base must be >= 2 and <= 36, or 0');
  const t = stripPyWs(s);
  const bad = () => {
    let r = strRepr(s);
    if (r.length > 200) r = r.slice(0, 200);
    return pyErr(E.ValueError, `invalid literal for int() with base ${base}: ${r}`);
  };
  let i = 0, neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; i = 1; }
  let b = base, nonzeroErr = false;
  const p = t[i + 1]?.toLowerCase();
  if (b === 0) {
    if (t[i] !== '0') b = 10;
    else if (p === 'x') b = 16;
    else if (p === 'o') b = 8;
    else if (p === 'b') b = 2;
    else { b = 10; nonzeroErr = true; }
  }
  if (t[i] === '0' && ((b === 16 && p === 'x') || (b === 8 && p === 'o') || (b === 2 && p === 'b'))) {
    i += 2;
    if (t[i] === '_') i++;
  }
  let digits = '';
  let prevDigit = false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) { if (!prevDigit) throw bad(); prevDigit = false; continue; }
    if (digitVal(c) >= b) throw bad();
    digits += t[i];
    prevDigit = true;
  }
  if (!prevDigit) throw bad();
  if ((b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    throw pyErr(E.ValueError, `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const v = digitsToInt(digits, b);
  if (nonzeroErr && !isZero(v)) throw bad();
  return neg ? neg1(v) : v;
}
function neg1(v: Int): Int { return typeof v === 'number' ? (v === 0 ? 0 : -v) : norm(-v); }

/** Digits (already validated, no sign/underscores) in base b to an int. */
export function digitsToInt(d: string, b: number): Int {
  const safeLen = Math.floor(52 / Math.log2(b));
  if (d.length <= safeLen) return parseInt(d, b);
  if (b === 10) return norm(BigInt(d));
  if (b === 16) return norm(BigInt('0x' + d));
  if (b === 8) return norm(BigInt('0o' + d));
  if (b === 2) return norm(BigInt('0b' + d));
  const B = BigInt(b) ** BigInt(safeLen);
  let acc = 0n, k = d.length % safeLen || safeLen;
  acc = BigInt(parseInt(d.slice(0, k), b));
  for (; k < d.length; k += safeLen) acc = acc * B + BigInt(parseInt(d.slice(k, k + safeLen), b));
  return norm(acc);
}

// ---------------------------------------------------------------- conversions

/** int(x) for a float value (truncation), with CPython's errors for inf/nan. */
export function floatToInt(x: number): Int {
  if (x !== x) throw pyErr(E.ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
  return normNum(Math.trunc(x));
}

/** float(int): correctly rounded; OverflowError when too large. */
export function intToFloat(v: Int): number {
  if (typeof v === 'number') return v;
  const r = Number(v);
  if (r === Infinity || r === -Infinity) throw pyErr(E.OverflowError, 'int too large to convert to float');
  return r;
}

/** operator.index(v). */
export function index(v: any): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  const f = typeof v === 'object' && v !== null ? lookupSpecial(v, '__index__') : undefined;
  if (typeof f === 'function') {
    const r = callSpecial(f, v);
    const ri = intOf(r);
    if (ri === undefined) throw pyErr(E.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return ri;
  }
  throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** index() clamped to a JS number (for counts/shifts); huge values saturate. */
export function indexNum(v: any): number {
  const i = index(v);
  if (typeof i === 'number') return i;
  return i > 0n ? Infinity : -Infinity;
}

// ---------------------------------------------------------------- exact integer arithmetic

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(-a);
}
export function intAbs(a: Int): Int { return a < 0 ? intNeg(a) : a; }

/** floor(a / b) for b != 0. */
export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
/** a mod b with the sign of b, for b != 0. */
export function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** a ** b for b >= 0, exact. */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = 1, x = a, n = b;
    for (;;) {
      if (n & 1) { r *= x; if (r > MAX_SAFE || r < -MAX_SAFE) break; }
      n = Math.floor(n / 2);
      if (n === 0) return r === 0 ? 0 : r;
      x *= x;
      if (x > MAX_SAFE) break;
    }
  }
  if (a === 1 || a === 0) return b === 0 ? 1 : a;
  if (a === -1) return big(b) % 2n === 0n ? 1 : -1;
  if (typeof b === 'bigint') throw pyErr(E.MemoryError);
  return norm(big(a) ** BigInt(b));
}

/** pow(a, b, m) for ints (CPython long_pow with a modulus). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw pyErr(E.ValueError, 'pow() 3rd argument cannot be 0');
  const negM = M < 0n;
  if (negM) M = -M;
  let A = big(a), B = big(b);
  if (B < 0n) {
    A = modInverse(modBig(A, M), M);
    B = -B;
  }
  A = modBig(A, M);
  let r = M === 1n ? 0n : 1n;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    B >>= 1n;
    if (B) A = (A * A) % M;
  }
  if (negM && r !== 0n) r -= M;
  return norm(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m], [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyErr(E.ValueError, 'base is not invertible for the given modulus');
  return modBig(s0, m);
}

export function gcdInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a), y = Math.abs(b);
    while (y) { const t = x % y; x = y; y = t; }
    return x;
  }
  let x = big(a), y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) { const t = x % y; x = y; y = t; }
  return norm(x);
}

/** floor(sqrt(n)) for n >= 0. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  const bits = bitLength(n);
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** round(int, ndigits) with ndigits < 0: round half to even to a multiple of 10**-ndigits. */
export function roundIntNeg(v: Int, ndigits: number): Int {
  if (ndigits < -400000) return 0;
  const p = 10n ** BigInt(-ndigits);
  const a = big(v);
  const q = floorDivBig(a, p), r = a - q * p;
  const twice = 2n * r;
  let n = q;
  if (twice > p || (twice === p && (q & 1n) === 1n)) n += 1n;
  return norm(n * p);
}
