// Double-double arithmetic (~104-bit floats as unevaluated sums hi + lo) and BigInt fixed point
// (P fractional bits): the two precision levels of the correctly rounded libm (mathLibm.ts).
import { ratioToDouble, decompose } from '../py/float';

export type DD = [number, number];

// ---------------------------------------------------------------- double-double arithmetic

export function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function fast(a: number, b: number): DD { const s = a + b; return [s, b - (s - a)]; }
export const SPLIT = 134217729;
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a; const ah = t - (t - a), al = a - ah;
  t = SPLIT * b; const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
export function ddAdd(a: DD, b: DD): DD {
  const a0 = a[0], b0 = b[0], a1 = a[1], b1 = b[1];
  let s = a0 + b0, bb = s - a0;
  let e = (a0 - (s - bb)) + (b0 - bb);
  const t = a1 + b1; bb = t - a1;
  const f = (a1 - (t - bb)) + (b1 - bb);
  e += t;
  let u = s + e; e = e - (u - s); s = u;
  e += f;
  u = s + e;
  return [u, e - (u - s)];
}
export function ddNeg(a: DD): DD { return [-a[0], -a[1]]; }
export function ddSub(a: DD, b: DD): DD { return ddAdd(a, [-b[0], -b[1]]); }
export function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a; const ah = t - (t - a), al = a - ah;
  t = SPLIT * b; const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
export function ddMul(a: DD, b: DD): DD {
  const a0 = a[0], b0 = b[0];
  const p = a0 * b0;
  const e = prodErr(a0, b0, p) + (a0 * b[1] + a[1] * b0);
  const s = p + e;
  return [s, e - (s - p)];
}
export function ddMulD(a: DD, b: number): DD {
  const a0 = a[0];
  const p = a0 * b;
  const e = prodErr(a0, b, p) + a[1] * b;
  const s = p + e;
  return [s, e - (s - p)];
}
export function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddSub(a, ddMulD(b, q1));
  const q2 = r[0] / b[0];
  r = ddSub(r, ddMulD(b, q2));
  const q3 = r[0] / b[0];
  return ddAdd(fast(q1, q2), [q3, 0]);
}
export function ddSqrt(a: DD): DD {
  if (a[0] <= 0) return [Math.sqrt(a[0]), 0];
  const s = Math.sqrt(a[0]);
  const r = ddSub(a, twoProd(s, s));
  return fast(s, r[0] / (2 * s));
}
export function ddScale(a: DD, k: number): DD { const f = 2 ** k; return [a[0] * f, a[1] * f]; }

/** Round hi+lo (known to within rel*|hi|) to a double; NaN if the bound straddles a boundary. */
export function ddRound(a: DD, rel: number): number {
  const err = Math.abs(a[0]) * rel;
  const r1 = a[0] + (a[1] - err), r2 = a[0] + (a[1] + err);
  return r1 === r2 ? r1 : NaN;
}

// ---------------------------------------------------------------- BigInt fixed point

export const P = 340;
export const ONE = 1n << BigInt(P);
export const fxMul = (a: bigint, b: bigint) => (a * b) >> BigInt(P);
export const fxDiv = (a: bigint, b: bigint) => (a << BigInt(P)) / b;

/** atanh(1/n) * 2**P */
function fxAtanhInv(n: bigint): bigint {
  const n2 = n * n;
  let pow = ONE / n, sum = 0n;
  for (let k = 1n; pow !== 0n; k += 2n) { sum += pow / k; pow /= n2; }
  return sum;
}
export const LN2_FX = 2n * fxAtanhInv(3n);
export function fxToDD(v: bigint, p = P): DD {
  const h = Number(v);
  const lo = v - BigInt(h);
  return [h * 2 ** -p, Number(lo) * 2 ** -p];
}
export const LN2: DD = fxToDD(LN2_FX);

/** A double as fixed point (exact unless below 2**-P). */
export function fx(x: number): bigint {
  if (x === 0) return 0n;
  const { m, e } = decompose(x);
  const s = e + P;
  const v = s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
  return x < 0 ? -v : v;
}

/** log(x) * 2**P for a double x > 0. */
export function fxLog(x: number): bigint {
  const { m, e } = decompose(x);
  const b = m.toString(2).length;
  const half = 1n << BigInt(b - 1);
  // x = (m / 2**(b-1)) * 2**(e+b-1); log(m/2**(b-1)) = 2 atanh((m-h)/(m+h))
  const s = ((m - half) << BigInt(P)) / (m + half);
  const s2 = fxMul(s, s);
  let term = s, sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) { sum += term / k; term = fxMul(term, s2); }
  return 2n * sum + BigInt(e + b - 1) * LN2_FX;
}

/** exp(v / 2**P) as [N, k]: N * 2**(k - P). */
export function fxExp(v: bigint): [bigint, number] {
  let k = Number((v + LN2_FX / 2n) / LN2_FX);
  if (v < 0n) k = -Number((-v + LN2_FX / 2n) / LN2_FX);
  const r = v - BigInt(k) * LN2_FX;
  let term = ONE, sum = 0n;
  for (let n = 1n; term !== 0n; n++) { sum += term; term = fxMul(term, r) / n; }
  return [sum, k];
}
/** Round N * 2**(k - P) (N >= 0) to the nearest double. */
export function fxRound(N: bigint, k: number): number {
  const s = k - P;
  return s >= 0 ? ratioToDouble(N << BigInt(s), 1n) : ratioToDouble(N, 1n << BigInt(-s));
}

/** 1/n! as double-doubles. */
export const INV_FACT: DD[] = [];
{ let f = ONE; for (let i = 0; i <= 30; i++) { if (i > 1) f /= BigInt(i); INV_FACT.push(fxToDD(f)); } }

