// Hyperbolic functions, expm1/log1p, cbrt, exp2 and erf/erfc in double-double, rounded once.
import { DD, ddAdd, ddSub, ddMul, ddMulD, ddDiv, ddSqrt, ddScale, twoSum, twoProd, INV_FACT, LN2 } from './mathDD';
import { ddExpParts, ddLog, crExp, crLog } from './mathLibm';
import { frexp, ldexp } from '../py/float';
import { PI } from './mathTrig';

const round = (a: DD) => a[0] + a[1];

/** e**a as a dd (|a| < 709). */
function ddExp(a: DD): DD {
  const [m, k] = ddExpParts(a);
  return ddScale(m, k);
}
/** log(a) for a dd a > 0: log(hi) + log1p(lo/hi). */
export function ddLogDD(a: DD): DD {
  return ddAdd(ddLog(a[0]), [a[1] / a[0], 0]);
}
/** e**a - 1 for a dd, accurate also near 0. */
export function ddExpm1(a: DD): DD {
  if (Math.abs(a[0]) > 0.5) return ddSub(ddExp(a), [1, 0]);
  let term: DD = a, sum: DD = a;
  for (let n = 2; n <= 27; n++) {
    term = ddMul(term, a);
    const t = ddMul(term, INV_FACT[n]);
    sum = ddAdd(sum, t);
    if (Math.abs(t[0]) < 2 ** -110 * Math.abs(sum[0])) break;
  }
  return sum;
}

// glibc implements these with the fdlibm algorithms (as V8's Math.* do), calling its own exp/log
// (correctly rounded here) inside: we follow fdlibm with crExp/crLog and V8's fdlibm expm1/log1p.
const expm1 = Math.expm1, log1p = Math.log1p;
const LN2D = 6.93147180559945286227e-01;

export function crExpm1(x: number): number { return expm1(x); }
export function crLog1p(x: number): number { return log1p(x); }

export function crSinh(x: number): number {
  if (!isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5, a = Math.abs(x);
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = expm1(a);
    if (a < 1) return h * (2.0 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < 709.782712893384) return h * crExp(a);
  if (a <= 710.4758600739439) { const w = crExp(0.5 * a); const t = h * w; return t * w; }
  return x * 1.0e307;
}
export function crCosh(x: number): number {
  if (!isFinite(x)) return x * x;
  const a = Math.abs(x);
  if (a < 0.3465735902799726) {
    const t = expm1(a), w = 1 + t;
    if (a < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) { const t = crExp(a); return 0.5 * t + 0.5 / t; }
  if (a < 709.782712893384) return 0.5 * crExp(a);
  if (a <= 710.4758600739439) { const w = crExp(0.5 * a); const t = 0.5 * w; return t * w; }
  return Infinity;
}
export function crTanh(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return x > 0 ? 1 : -1;
  const a = Math.abs(x);
  let z: number;
  if (a < 22) {
    if (a < 2 ** -55) return x * (1 + x);
    if (a >= 1) { const t = expm1(2 * a); z = 1 - 2 / (t + 2); } else { const t = expm1(-2 * a); z = -t / (t + 2); }
  } else z = 1;
  return x < 0 ? -z : z;
}
export function crAsinh(x: number): number {
  if (!isFinite(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) return x;
  let w: number;
  if (a > 2 ** 28) w = crLog(a) + LN2D;
  else if (a > 2) w = crLog(2.0 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else { const t = x * x; w = log1p(a + t / (1 + Math.sqrt(1 + t))); }
  return x < 0 ? -w : w;
}
export function crAcosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : crLog(x) + LN2D;
  if (x === 1) return 0;
  if (x > 2) { const t = x * x; return crLog(2.0 * x - 1 / (x + Math.sqrt(t - 1))); }
  const t = x - 1;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}
export function crAtanh(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a === 1) return x / 0;
  if (a < 2 ** -28) return x;
  let t: number;
  if (a < 0.5) { t = a + a; t = 0.5 * log1p(t + t * a / (1 - a)); } else t = 0.5 * log1p((a + a) / (1 - a));
  return x < 0 ? -t : t;
}

const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
const CBRT_F = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
/** glibc's dbl-64 cbrt. */
export function crCbrt(x: number): number {
  if (!isFinite(x) || x === 0) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_F[2 + (xe % 3)];
  const r = ldexp(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}

export function crExp2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (Number.isInteger(x) && x >= -1074 && x <= 1023) return 2 ** x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  const [m, k] = ddExpParts(ddMulD(LN2, x));
  if (k > -1020) return round(m) * 2 ** k;
  return round(ddScale(m, k + 200)) * 2 ** -200;
}

// ---------------------------------------------------------------- erf / erfc

const TWO_OVER_SQRTPI: DD = ddDiv([2, 0], ddSqrt(PI));

/** erf(x) for |x| < 3 by its Taylor series (all terms in dd). */
function erfSeries(x: number): DD {
  const z = twoProd(x, x);
  let term: DD = [x, 0], sum: DD = [x, 0];
  for (let n = 1; n < 200; n++) {
    term = ddDiv(ddMul(term, z), [-n, 0]);
    const t = ddDiv(term, [2 * n + 1, 0]);
    sum = ddAdd(sum, t);
    if (Math.abs(t[0]) < 2 ** -110 * Math.abs(sum[0])) break;
  }
  return ddMul(sum, TWO_OVER_SQRTPI);
}
/** erfc(x) for x >= 2 by the continued fraction (Lentz), in dd. */
function erfcCF(x: number): DD {
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + 2/(x + ...)))))
  let f: DD = [x, 0];
  const N = x < 3 ? 260 : x < 6 ? 120 : 60;
  for (let n = N; n >= 1; n--) f = ddAdd([x, 0], ddDiv([n / 2, 0], f));
  const e = ddExpParts(ddNeg(twoProd(x, x)));
  const ex = ddScale(e[0], e[1]);
  return ddDiv(ddMul(ex, ddScale(TWO_OVER_SQRTPI, -1)), f);
}
function ddNeg(a: DD): DD { return [-a[0], -a[1]]; }

export function crErf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) return round(ddMulD(TWO_OVER_SQRTPI, x));
  if (a > 6) return x > 0 ? 1 : -1;
  const r = a < 2.5 ? round(erfSeries(a)) : round(ddSub([1, 0], erfcCF(a)));
  return x < 0 ? -r : r;
}
export function crErfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x > 27.3) return 0;
  if (x < -6) return 2;
  if (Math.abs(x) < 2.5) {
    const e = Math.abs(x) < 2 ** -60 ? [0, 0] as DD : erfSeries(Math.abs(x));
    return round(x < 0 ? ddAdd([1, 0], e) : ddSub([1, 0], e));
  }
  if (x > 0) {
    const c = erfcCF(x);
    return round(c);
  }
  return round(ddSub([2, 0], erfcCF(-x)));
}
