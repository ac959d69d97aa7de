// Python float helpers over JS doubles: CPython's repr, float(str), exact int/float conversions
// and the float arithmetic whose semantics differ from JS (divmod, pow, errors).
import { E, pyErr } from './exceptions';
import { Int, norm, big, bitLength, stripPyWs, normNum } from './int';
import { strRepr } from './strUtil';

// ---------------------------------------------------------------- repr

/** Shortest round-trip digits of |x| (x finite, nonzero): digits without trailing zeros and
 *  decpt such that |x| = 0.DIGITS * 10**decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = (x < 0 ? -x : x).toExponential();
  const e = s.indexOf('e');
  const digits = s[1] === '.' ? s[0] + s.slice(2, e) : s.slice(0, e);
  return { digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}

/** repr(float) exactly as CPython (float_repr_style 'short'). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x >= 1e-4 && x < 1e16 || x <= -1e-4 && x > -1e16) {
    // JS String() uses the same shortest digits and plain notation in this range.
    const s = String(x);
    return s.indexOf('.') < 0 ? s + '.0' : s;
  }
  const { digits, decpt } = shortestDigits(x);
  const sign = x < 0 ? '-' : '';
  const exp = decpt - 1;
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = exp < 0 ? -exp : exp;
  return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
}

// ---------------------------------------------------------------- str -> float

const D = '\\d(?:_?\\d)*';
const FLOAT_RE = new RegExp(`^[+-]?(?:${D}\\.(?:${D})?|\\.${D}|${D})(?:[eE][+-]?${D})?$`);
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str s, with CPython's accepted syntax and error message. */
export function parseFloatStr(s: string): number {
  const t = stripPyWs(s);
  const sp = SPECIAL_RE.exec(t);
  if (sp) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  if (!FLOAT_RE.test(t)) throw pyErr(E.ValueError, `could not convert string to float: ${strRepr(s)}`);
  return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
}

// ---------------------------------------------------------------- exact decomposition

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = m * 2**e exactly, for finite nonzero x (m a bigint < 2**53). */
export function decompose(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const lo = u32[0], hi = u32[1];
  const ex = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  if (ex === 0) return { m: (BigInt(mhi) << 32n) | BigInt(lo), e: -1074 };
  return { m: (BigInt(mhi | 0x100000) << 32n) | BigInt(lo), e: ex - 1075 };
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  f64[0] = x;
  let ex = (u32[1] >>> 20) & 0x7ff;
  let adj = 0;
  if (ex === 0) { f64[0] = x * 2 ** 64; ex = (u32[1] >>> 20) & 0x7ff; adj = -64; }
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], ex - 1022 + adj];
}

/** C ldexp: x * 2**e with a single correct rounding (inf on overflow). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [fr, ex] = frexp(x);
  const t = ex + e;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t >= -1021) return t > 1000 ? fr * 2 ** (t - 100) * 2 ** 100 : fr * 2 ** t;
  // subnormal result: round m * 2**(e0 + e) to a multiple of 2**-1074, half to even
  const { m, e: e0 } = decompose(x);
  const shift = -1074 - (e0 + e);
  let q: bigint;
  if (shift > 60) q = 0n;
  else {
    const S = BigInt(shift);
    q = m >> S;
    const rem = m - (q << S), half = 1n << (S - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const r = Number(q) * 2 ** -1074;
  return x < 0 ? -r : r;
}

/** Nearest double to n / d (n >= 0, d > 0 bigints), round-half-even, inf on overflow. */
export function ratioToDouble(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const nb = bitLength(n), db = bitLength(d);
  let E = nb - db - 55;
  if (E < -1080) E = -1080;
  let q: bigint, sticky: boolean;
  if (E >= 0) { const D = d << BigInt(E); q = n / D; sticky = q * D !== n; }
  else { const N = n << BigInt(-E); q = N / d; sticky = q * d !== N; }
  const qb = bitLength(q);
  let drop = qb - 53;
  if (E + drop < -1074) drop = -1074 - E;
  if (drop > 0) {
    const D = BigInt(drop);
    const rem = q & ((1n << D) - 1n);
    const half = 1n << (D - 1n);
    q >>= D;
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
    E += drop;
  }
  return ldexp(Number(q), E);
}

/** int / int true division, correctly rounded as CPython's long_true_divide. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(E.ZeroDivisionError, 'division by zero');
    return a / b;
  }
  let A = big(a), B = big(b);
  if (B === 0n) throw pyErr(E.ZeroDivisionError, 'division by zero');
  const neg = (A < 0n) !== (B < 0n);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  if (A <= 9007199254740992n && B <= 9007199254740992n) { const r = Number(A) / Number(B); return neg ? -r : r; }
  const r = ratioToDouble(A, B);
  if (r === Infinity) throw pyErr(E.OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

/** float.as_integer_ratio() */
export function floatAsRatio(x: number): [Int, Int] {
  if (x !== x) throw pyErr(E.ValueError, 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) throw pyErr(E.OverflowError, 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  let { m, e } = decompose(x);
  while ((m & 1n) === 0n && e < 0) { m >>= 1n; e++; }
  if (x < 0) m = -m;
  return e >= 0 ? [norm(m << BigInt(e)), 1] : [norm(m), norm(1n << BigInt(-e))];
}

// ---------------------------------------------------------------- float arithmetic

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw pyErr(E.ZeroDivisionError, 'float division by zero');
  return x / y;
}

/** float % float (CPython float_rem). */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw pyErr(E.ZeroDivisionError, 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) { if ((wx < 0) !== (mod < 0)) mod += wx; } else mod = wx < 0 ? -0 : 0;
  return mod;
}

/** CPython _float_div_mod: [floordiv, mod] for wx != 0. */
export function floatDivmodRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let fd: number;
  if (div !== 0) {
    fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [fd, mod];
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw pyErr(E.ZeroDivisionError, 'float floor division by zero');
  return floatDivmodRaw(x, y)[0];
}
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw pyErr(E.ZeroDivisionError, 'float divmod()');
  return floatDivmodRaw(x, y);
}

/** The libm pow used for float ** float (x > 0, x != 1, both finite, y != 0). lib/mathLibm.ts
 *  installs its correctly rounded pow when loaded (builtinsNumeric.ts loads it). */
export let libmPow: (x: number, y: number) => number = Math.pow;
export function setLibmPow(f: (x: number, y: number) => number) { libmPow = f; }

function isOddInt(y: number): boolean { return Number.isInteger(y) && Math.abs(y % 2) === 1; }

/** float ** float with CPython's float_pow special cases and errors. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    return (iw > 0) === (a > 1.0) ? Infinity : 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInt(iw);
    if (iw > 0) return odd ? iv : Infinity;
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) throw pyErr(E.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return isOddInt(iw) ? iv : 0;
  }
  let neg = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      throw pyErr(E.NotImplementedError, 'complex numbers are not supported: a negative number raised to a fractional power gives a complex result');
    }
    iv = -iv;
    neg = isOddInt(iw);
  }
  if (iv === 1.0) return neg ? -1.0 : 1.0;
  const r = libmPow(iv, iw);
  if (r === Infinity) throw pyErr(E.OverflowError, 34, 'Numerical result out of range');
  return neg ? -r : r;
}

// ---------------------------------------------------------------- rounding to int

/** C round(): half away from zero, exact. */
export function cRound(x: number): number {
  const a = x < 0 ? -x : x;
  let t = Math.trunc(a);
  if (a - t >= 0.5) t += 1;
  return x < 0 ? -t : t;
}

/** round(x) for a float: half to even, as an int (CPython float___round___impl). */
export function floatRoundToInt(x: number): Int {
  if (x !== x) throw pyErr(E.ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
  let r = cRound(x);
  if (Math.abs(x - r) === 0.5) r = 2.0 * cRound(x / 2.0);
  return normNum(r);
}

// ---------------------------------------------------------------- float.hex / fromhex

export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { m, e } = decompose(x);
  // normalise to 1.xxxxx * 2**exp with 52 fraction bits
  const bl = bitLength(m);
  const exp = e + bl - 1;
  let frac = (m << BigInt(53 - bl)) & ((1n << 52n) - 1n);
  let hexs = frac.toString(16).padStart(13, '0');
  const lead = exp < -1022 ? '0' : '1';
  let pexp = exp;
  if (exp < -1022) { // subnormal: CPython prints 0x0.xxxp-1022
    frac = m;
    hexs = frac.toString(16).padStart(13, '0');
    pexp = -1022;
  }
  return `${sign}0x${lead}.${hexs}p${pexp < 0 ? '-' : '+'}${Math.abs(pexp)}`;
}

export function floatFromHex(s: string): number {
  const t = stripPyWs(s);
  const sp = SPECIAL_RE.exec(t);
  if (sp) { const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity; return sp[1] === '-' ? -v : v; }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] + (m[3] ?? '')).length === 0) throw pyErr(E.ValueError, 'invalid hexadecimal floating-point string');
  const digits = m[2] + (m[3] ?? '');
  const n = BigInt('0x' + digits);
  const e = parseInt(m[4] ?? '0', 10) - 4 * (m[3] ?? '').length;
  let r: number;
  if (e >= 0) r = ratioToDouble(n << BigInt(Math.min(e, 5000)), 1n);
  else r = ratioToDouble(n, 1n << BigInt(Math.min(-e, 5000)));
  if (r === Infinity) throw pyErr(E.OverflowError, 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -r : r;
}
