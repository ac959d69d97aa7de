// Correctly rounded exp/log/pow. CPython calls the platform libm (glibc), whose results are
// correctly rounded in all but ~0.1% of cases; V8's Math.exp/log/pow differ in 3-10%. We evaluate
// in double-double (~104 bits) and round; when the result is too close to a rounding boundary
// (Ziv's test) we recompute with BigInt fixed point (P bits), exactly for integer powers.
import { ratioToDouble, decompose, setLibmPow } from '../py/float';
import {
  DD, P, ONE, fxMul, fxDiv, LN2_FX, LN2, fx, fxToDD, fxLog, fxExp, fxRound, INV_FACT, ddRound, ddDiv,
} from './mathDD';

// ---------------------------------------------------------------- scalar dd kernels
// The hot paths (exp, log, pow) pass double-doubles as (hi, lo) scalars: each kernel returns hi
// and leaves lo in LOW[0], avoiding allocations.

/** The lo part of the last scalar kernel result (a typed array: no HeapNumber boxing). */
const LOW = new Float64Array(1);
const SPLIT = 134217729;
function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a; const ah = t - (t - a), al = a - ah;
  t = SPLIT * b; const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
function add22(ah: number, al: number, bh: number, bl: number): number {
  let s = ah + bh, bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl; bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  e += t;
  let u = s + e; e = e - (u - s); s = u;
  e += f;
  u = s + e;
  LOW[0] = e - (u - s);
  return u;
}
function mul22(ah: number, al: number, bh: number, bl: number): number {
  const p = ah * bh;
  const e = prodErr(ah, bh, p) + (ah * bl + al * bh);
  const s = p + e;
  LOW[0] = e - (s - p);
  return s;
}
function mul21(ah: number, al: number, b: number): number {
  const p = ah * b;
  const e = prodErr(ah, b, p) + al * b;
  const s = p + e;
  LOW[0] = e - (s - p);
  return s;
}
function div22(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = mul21(bh, bl, q1), pl = LOW[0];
  let rh = add22(ah, al, -ph, -pl), rl = LOW[0];
  const q2 = rh / bh;
  ph = mul21(bh, bl, q2); pl = LOW[0];
  rh = add22(rh, rl, -ph, -pl);
  const q3 = rh / bh;
  const s = q1 + q2;
  let e = q2 - (s - q1);
  e += q3;
  const u = s + e;
  LOW[0] = e - (u - s);
  return u;
}
/** Round hi+lo known to within rel*|hi|; NaN when the bound straddles a rounding boundary. */
function zivRound(h: number, l: number, rel: number): number {
  const err = Math.abs(h) * rel;
  const r1 = h + (l - err), r2 = h + (l + err);
  return r1 === r2 ? r1 : NaN;
}

// ---------------------------------------------------------------- tables (lazy, from BigInt)

const INV3 = fxToDD(ONE / 3n), INV3H = INV3[0], INV3L = INV3[1];
let LOG_H: Float64Array, LOG_L: Float64Array;   // log(1 + j/64), j = 0..64
let EXP2_H: Float64Array, EXP2_L: Float64Array; // 2**(j/64), j = 0..63
let L64A = 0, L64B = 0, L64C = 0;                // ln2/64 = A + B + C, A and B with 32 bits
let ready = false;
function tables() {
  LOG_H = new Float64Array(65); LOG_L = new Float64Array(65);
  for (let j = 0; j <= 64; j++) { const d = fxToDD(fxLog(1 + j / 64)); LOG_H[j] = d[0]; LOG_L[j] = d[1]; }
  EXP2_H = new Float64Array(64); EXP2_L = new Float64Array(64);
  for (let j = 0; j < 64; j++) {
    const [N, k] = fxExp(LN2_FX * BigInt(j) / 64n);
    const d = fxToDD(N);
    EXP2_H[j] = d[0] * 2 ** k; EXP2_L[j] = d[1] * 2 ** k;
  }
  const v = LN2_FX / 64n;
  const chop = (x: bigint) => { const b = x.toString(2).length; const sh = BigInt(Math.max(0, b - 32)); return (x >> sh) << sh; };
  const a = chop(v), b = chop(v - a), c = v - a - b;
  L64A = Number(a) * 2 ** -P; L64B = Number(b) * 2 ** -P; L64C = Number(c) * 2 ** -P;
  ready = true;
}

// ---------------------------------------------------------------- exp

let EK = 0;
const INV_L64 = 64 / LN2[0];
const I4H = INV_FACT[4][0], I4L = INV_FACT[4][1], I3H = INV_FACT[3][0], I3L = INV_FACT[3][1];
/** exp(ah + al) for |a| < 746: returns the dd mantissa (hi; lo in LOW[0]), in [0.7, 1.5), scale in EK. */
function expCore(ah: number, al: number): number {
  if (!ready) tables();
  const k = Math.round(ah * INV_L64);
  let rh = ah - k * L64A;
  const t = -k * L64B;
  let s = rh + t;
  const bb = s - rh;
  let rl = (rh - (s - bb)) + (t - bb);
  rh = s;
  rl += al - k * L64C;
  s = rh + rl; rl = rl - (s - rh); rh = s;
  const x = rh;
  const p = 1 / 120 + x * (1 / 720 + x * (1 / 5040 + x * (1 / 40320 + x * (1 / 362880 + x / 3628800))));
  let hh = mul21(rh, rl, p), hl = LOW[0];
  hh = add22(I4H, I4L, hh, hl); hl = LOW[0];
  hh = mul22(rh, rl, hh, hl); hl = LOW[0];
  hh = add22(I3H, I3L, hh, hl); hl = LOW[0];
  hh = mul22(rh, rl, hh, hl); hl = LOW[0];
  hh = add22(0.5, 0, hh, hl); hl = LOW[0];
  hh = mul22(rh, rl, hh, hl); hl = LOW[0];
  hh = add22(1, 0, hh, hl); hl = LOW[0];
  hh = mul22(rh, rl, hh, hl); hl = LOW[0];
  const j = k & 63;
  const th = EXP2_H[j], tl = EXP2_L[j];
  hh = mul22(th, tl, hh, hl); hl = LOW[0];
  EK = (k - j) / 64;
  return add22(th, tl, hh, hl);
}

/** exp(a) for a dd with |a| < 746: [dd mantissa, k] with value = mant * 2**k. */
export function ddExpParts(a: DD): [DD, number] {
  const h = expCore(a[0], a[1]);
  return [[h, LOW[0]], EK];
}

function expSlow(x: number): number {
  const [N, k] = fxExp(fx(x));
  return fxRound(N, k);
}

/** Correctly rounded e**x. */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const h = expCore(x, 0), k = EK;
  if (k > -1020 && k < 1022) {
    const r = zivRound(h, LOW[0], 2 ** -90);
    if (r === r) return r * 2 ** k;
  }
  return expSlow(x);
}

// ---------------------------------------------------------------- log

const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
const LN2H = LN2[0], LN2L = LN2[1];
/** log(x) for a double x > 0 (hi; lo in LOW[0]): table log(c), c = 1 + j/64, + 2 atanh((m-c)/(m+c)). */
function logCore(x: number): number {
  if (!ready) tables();
  let e = 0;
  if (x < 2 ** -1000) { x *= 2 ** 100; e = -100; }
  f64[0] = x;
  const hw = u32[1];
  e += ((hw >>> 20) & 0x7ff) - 1023;
  u32[1] = (hw & 0x800fffff) | 0x3ff00000;
  const m = f64[0];
  const j = Math.round((m - 1) * 64);
  const c = 1 + j / 64;
  const sum = m + c, bb = sum - m;
  const sumL = (m - (sum - bb)) + (c - bb);
  const sh = div22(m - c, 0, sum, sumL), sl = LOW[0];
  const s2h = mul22(sh, sl, sh, sl), s2l = LOW[0];
  const z = s2h;
  const p = 1 / 5 + z * (1 / 7 + z * (1 / 9 + z * (1 / 11 + z / 13)));
  let th = mul21(s2h, s2l, p), tl = LOW[0];
  th = add22(INV3H, INV3L, th, tl); tl = LOW[0];
  th = mul22(s2h, s2l, th, tl); tl = LOW[0];
  th = mul22(sh, sl, th, tl); tl = LOW[0];
  th = add22(sh, sl, th, tl); tl = LOW[0];
  th = add22(LOG_H[j], LOG_L[j], 2 * th, 2 * tl); tl = LOW[0];
  if (e === 0) { LOW[0] = tl; return th; }
  const eh = mul21(LN2H, LN2L, e), el = LOW[0];
  return add22(th, tl, eh, el);
}

/** log(x) as a dd for a double x > 0. */
export function ddLog(x: number): DD {
  const h = logCore(x);
  return [h, LOW[0]];
}

function logSlow(x: number): number {
  const v = fxLog(x);
  const r = v < 0n ? -ratioToDouble(-v, ONE) : ratioToDouble(v, ONE);
  return r;
}

/** Correctly rounded natural log for a double (C semantics for 0, negatives, inf, nan). */
export function crLog(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x <= 0) return x === 0 ? -Infinity : NaN;
  if (x === 1) return 0;
  const h = logCore(x);
  const r = zivRound(h, LOW[0], 2 ** -92);
  return r === r ? r : logSlow(x);
}

/** log2(x): correctly rounded (glibc's log2 is), exact at powers of two. */
export function crLog2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x <= 0) return x === 0 ? -Infinity : NaN;
  const { m, e } = decompose(x);
  if ((m & (m - 1n)) === 0n) return e + m.toString(2).length - 1;
  const r = ddRound(ddDiv(ddLog(x), LN2), 2 ** -90);
  if (r === r) return r;
  const v = fxDiv(fxLog(x), LN2_FX);
  return v < 0n ? -ratioToDouble(-v, ONE) : ratioToDouble(v, ONE);
}

const IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01, LOG10_2LO = 3.69423907715893078616e-13;
/** glibc's __ieee754_log10 (dbl-64/e_log10.c), built on its (correctly rounded) log. */
export function glibcLog10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x <= 0) return x === 0 ? -Infinity : NaN;
  let k = 0;
  if (x < 2.2250738585072014e-308) { k -= 54; x *= 18014398509481984; }
  f64[0] = x;
  const hx = u32[1] | 0;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  u32[1] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * crLog(f64[0]);
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------- pow

/** x ** y for finite x > 0, x != 1, finite y != 0 (the libm core of float_pow). */
export function crPowPos(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (y >= -64 && y <= 64 && Number.isInteger(y)) {
    // small integer powers: double-double power by squaring
    let n = y < 0 ? -y : y, bh = x, bl = 0, rh = 1, rl = 0;
    for (;;) {
      if (n & 1) { rh = mul22(rh, rl, bh, bl); rl = LOW[0]; }
      n >>= 1;
      if (n === 0) break;
      bh = mul22(bh, bl, bh, bl); bl = LOW[0];
    }
    if (y < 0) { rh = div22(1, 0, rh, rl); rl = LOW[0]; }
    const a = Math.abs(rh);
    if (a > 2 ** -1000 && a < 2 ** 1000) {
      const r = zivRound(rh, rl, 2 ** -95);
      if (r === r) return r;
    }
    return powSlow(x, y);
  }
  let h = logCore(x);
  const th = mul21(h, LOW[0], y), tl = LOW[0];
  if (th > 709.8) return Infinity;
  if (th < -745.2) return 0;
  h = expCore(th, tl);
  const k = EK;
  if (k > -1020 && k < 1022) {
    const r = zivRound(h, LOW[0], 2 ** -80);
    if (r === r) return r * 2 ** k;
  }
  return powSlow(x, y);
}

function powSlow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 4096) {
    const { m, e } = decompose(x);
    const n = BigInt(Math.abs(y));
    let num = m ** n, den = 1n;
    const ex = e * Math.abs(y);
    if (ex >= 0) num <<= BigInt(ex); else den <<= BigInt(-ex);
    return y > 0 ? ratioToDouble(num, den) : ratioToDouble(den, num);
  }
  const [N, k] = fxExp(fxMul(fxLog(x), fx(y)));
  return fxRound(N, k);
}

/** C99 pow(x, y) with correctly rounded finite results (math.pow / random). */
export function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const yInt = Number.isInteger(y), yOdd = yInt && Math.abs(y % 2) === 1;
  if (x === 0) return y < 0 ? (yOdd ? 1 / x : Infinity) : (yOdd ? x : 0);
  if (!isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return (y > 0) === (a > 1) ? Infinity : 0;
  }
  if (!isFinite(x)) {
    if (x > 0) return y > 0 ? Infinity : 0;
    return y > 0 ? (yOdd ? -Infinity : Infinity) : (yOdd ? -0 : 0);
  }
  if (x < 0) {
    if (!yInt) return NaN;
    const r = crPowPos(-x, y);
    return yOdd ? -r : r;
  }
  return crPowPos(x, y);
}

setLibmPow(crPowPos);
