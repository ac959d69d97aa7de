// Hyperbolic functions, expm1/log1p, cbrt and exp2 as glibc computes them.
import { DD, ddMulD, ddScale, LN2 } from './mathDD';
import { ddExpParts, crExp, crLog } from './mathLibm';
import { frexp, ldexp } from '../py/float';

const round = (a: DD) => a[0] + a[1];

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
