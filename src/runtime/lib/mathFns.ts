// The parts of the math module that CPython implements itself (not via libm), ported from
// Modules/mathmodule.c of 3.11: vector_norm (hypot/dist), fsum, gamma/lgamma (Lanczos), and the
// exact integer functions.
import { E, pyErr } from '../py/exceptions';
import { frexp, ldexp, cRound } from '../py/float';
import { Int, norm, big, isqrtBig } from '../py/int';
import { crExp, crLog, cPow } from './mathLibm';
import { crSin, crCos } from './mathTrig';

// ---------------------------------------------------------------- hypot / dist

const SPLIT = 134217729;
function dlMul(x: number, y: number): [number, number] {
  const p = x * y;
  let t = SPLIT * x; const xh = t - (t - x), xl = x - xh;
  t = SPLIT * y; const yh = t - (t - y), yl = y - yh;
  return [p, ((xh * yh - p) + xh * yl + xl * yh) + xl * yl];
}
function dlFastSum(a: number, b: number): [number, number] { const s = a + b; return [s, (a - s) + b]; }
const DBL_MIN = 2.2250738585072014e-308;

/** CPython 3.11 vector_norm: sqrt of the sum of squares, with lossless scaling and correction. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map(v => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const pr = dlMul(x, x);
    const sm = dlFastSum(csum, pr[0]);
    csum = sm[0];
    frac1 += pr[1];
    frac2 += sm[1];
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pr = dlMul(-h, h);
  const sm = dlFastSum(csum, pr[0]);
  csum = sm[0];
  frac1 += pr[1];
  frac2 += sm[1];
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---------------------------------------------------------------- fsum

/** math.fsum over doubles (Shewchuk's exact partials, CPython's final half-even fix-up). */
export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0.0, infSum = 0.0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y, yr = hi - x, lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw pyErr(E.OverflowError, 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) throw pyErr(E.ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0, lo = 0.0, n = p.length;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- gamma / lgamma

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
  39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
  355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0];
const PI = 3.141592653589793, LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 13; --i >= 0;) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    case 2: r = crSin(PI * (1.0 - y)); break;
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
}

/** m_tgamma; returns [value, errno] with errno 'EDOM' | 'ERANGE' | ''. */
export function tgamma(x: number): [number, string] {
  if (!isFinite(x)) {
    if (x !== x || x > 0) return [x, ''];
    return [NaN, 'EDOM'];
  }
  if (x === 0) return [1 / x > 0 ? Infinity : -Infinity, 'EDOM'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'EDOM'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], ''];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) { const r = 1.0 / x; return [r, isFinite(r) ? '' : 'ERANGE']; }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), ''];
    return [Infinity, 'ERANGE'];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; } else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= cPow(y, absx - 0.5);
    else { const sp = cPow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= cPow(y, absx - 0.5);
    else { const sp = cPow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
  }
  return [r, isFinite(r) ? '' : 'ERANGE'];
}

/** m_lgamma; returns [value, errno]. */
export function lgamma(x: number): [number, string] {
  if (!isFinite(x)) return [x !== x ? x : Infinity, ''];
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'EDOM'];
    return [0.0, ''];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-crLog(absx), ''];
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return [r, isFinite(r) ? '' : 'ERANGE'];
}

// ---------------------------------------------------------------- exact integer functions

/** n! for n >= 0 (binary splitting). */
export function factorialBig(n: number): bigint {
  const prod = (a: number, b: number): bigint => {
    if (b - a < 16) { let r = 1n; for (let i = a; i <= b; i++) r *= BigInt(i); return r; }
    const m = (a + b) >> 1;
    return prod(a, m) * prod(m + 1, b);
  };
  return n < 2 ? 1n : prod(2, n);
}

/** n! / (n-k)! */
export function permBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}
/** n choose k */
export function combBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = r * (n - k + i) / i;
  return r;
}

export function isqrtInt(n: Int): Int { return norm(isqrtBig(big(n))); }
