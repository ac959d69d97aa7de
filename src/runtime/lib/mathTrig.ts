// Trigonometric functions evaluated in double-double and rounded once (glibc's results are
// correctly rounded in practice; V8's Math.sin/atan2/... differ in 2-20% of cases). Arguments are
// reduced modulo pi/2 with a 4-part pi/2 for |x| < 2**20, else exactly with BigInt (Payne-Hanek).
import {
  DD, ddAdd, ddSub, ddMul, ddMulD, ddDiv, ddSqrt, twoSum, twoProd, fxToDD, ONE, P, INV_FACT,
} from './mathDD';
import { decompose } from '../py/float';

// ---------------------------------------------------------------- pi

const PP = 1300;
function atanInvBig(n: bigint, one: bigint): bigint {
  const n2 = n * n;
  let pow = one / n, sum = 0n, k = 1n, neg = false;
  while (pow !== 0n) { sum += neg ? -(pow / k) : pow / k; pow /= n2; k += 2n; neg = !neg; }
  return sum;
}
let PI_BIG = 0n;        // pi * 2**PP
let TWO_OVER_PI = 0n;   // floor(2/pi * 2**PP)
function initPi() {
  const one = 1n << BigInt(PP + 16);
  const pi = 16n * atanInvBig(5n, one) - 4n * atanInvBig(239n, one);
  PI_BIG = pi >> 16n;
  TWO_OVER_PI = (2n << BigInt(2 * PP)) / PI_BIG;
}
initPi();
const PI_FX = PI_BIG >> BigInt(PP - P);       // pi * 2**P
export const PI: DD = fxToDD(PI_FX);
export const PIO2: DD = [PI[0] / 2, PI[1] / 2];
export const PIO4: DD = [PI[0] / 4, PI[1] / 4];
const PIO2_FX = PI_FX >> 1n;
// pi/2 = C1 + C2 + C3 + C4, C1..C3 with 30 significant bits (n * Ci exact for n < 2**23)
const PIO2_PARTS: number[] = (() => {
  let v = PIO2_FX;
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = v.toString(2).length, sh = BigInt(Math.max(0, b - 30));
    const c = (v >> sh) << sh;
    out.push(Number(c) * 2 ** -P);
    v -= c;
  }
  out.push(Number(v) * 2 ** -P);
  return out;
})();

// ---------------------------------------------------------------- reduction

/** x = n * pi/2 + r with |r| <= ~pi/4; returns [r, n mod 4]. */
export function reduce(x: number): [DD, number] {
  const ax = Math.abs(x);
  if (ax <= PIO4[0]) return [[x, 0], 0];
  if (ax < 2 ** 20) {
    const n = Math.round(x * (2 / Math.PI));
    let r = twoSum(x, -n * PIO2_PARTS[0]);
    r = ddAdd(r, [-n * PIO2_PARTS[1], 0]);
    r = ddAdd(r, twoProd(-n, PIO2_PARTS[2]));
    r = ddAdd(r, [-n * PIO2_PARTS[3], 0]);
    if (Math.abs(r[0]) > 2 ** -20) return [r, ((n % 4) + 4) % 4];
  }
  // exact: x * 2/pi = m * T * 2**(e - PP)
  const { m, e } = decompose(x);
  const S = PP - e;
  const v = m * TWO_OVER_PI;
  const half = 1n << BigInt(S - 1);
  const n = (v + half) >> BigInt(S);
  const frac = v - (n << BigInt(S));           // (x*2/pi - n) * 2**S
  let rfx = (frac * PIO2_FX) >> BigInt(S);      // r * 2**P
  if (x < 0) rfx = -rfx;
  let q = Number(n & 3n);
  if (x < 0) q = (4 - q) % 4;
  return [fxToDD(rfx), q];
}

// ---------------------------------------------------------------- kernels on |r| <= pi/4

function sinPoly(r: DD): DD {
  const z = ddMul(r, r), zd = z[0];
  let t = INV_FACT[19][0] - zd * (INV_FACT[21][0] - zd * (INV_FACT[23][0] - zd * INV_FACT[25][0]));
  let h: DD = [t, 0];
  for (let k = 8; k >= 1; k--) h = ddSub(INV_FACT[2 * k + 1], ddMul(z, h));
  h = ddSub([1, 0], ddMul(z, h));
  return ddMul(r, h);
}
function cosPoly(r: DD): DD {
  const z = ddMul(r, r), zd = z[0];
  const t = INV_FACT[18][0] - zd * (INV_FACT[20][0] - zd * (INV_FACT[22][0] - zd * INV_FACT[24][0]));
  let h: DD = [t, 0];
  for (let k = 8; k >= 1; k--) h = ddSub(INV_FACT[2 * k], ddMul(z, h));
  return ddSub([1, 0], ddMul(z, h));
}
const round = (a: DD) => a[0] + a[1];

export function crSin(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const [r, q] = reduce(x);
  const v = q & 1 ? cosPoly(r) : sinPoly(r);
  return q & 2 ? -round(v) : round(v);
}
export function crCos(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const [r, q] = reduce(x);
  const v = q & 1 ? sinPoly(r) : cosPoly(r);
  return (q === 1 || q === 2) ? -round(v) : round(v);
}
export function crTan(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const [r, q] = reduce(x);
  const s = sinPoly(r), c = cosPoly(r);
  return round(q & 1 ? ddDiv([-c[0], -c[1]], s) : ddDiv(s, c));
}

// ---------------------------------------------------------------- atan family

const ATAN_T: DD[] = [];   // atan(j/8), j = 0..8
function initAtan() {
  // atan(y) = 2 atan(y / (1 + sqrt(1 + y^2))), applied until y is small, then the series
  for (let j = 0; j <= 8; j++) {
    let y = (ONE * BigInt(j)) / 8n, mult = 1n;
    for (let i = 0; i < 4; i++) {
      const root = isqrtBig((ONE * ONE) + y * y);
      y = (y * ONE) / (ONE + root);
      mult *= 2n;
    }
    const y2 = (y * y) >> BigInt(P);
    let term = y, sum = 0n, neg = false;
    for (let k = 1n; term !== 0n; k += 2n) { sum += neg ? -(term / k) : term / k; term = (term * y2) >> BigInt(P); neg = !neg; }
    ATAN_T.push(fxToDD(sum * mult));
  }
}
function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) { const y = (x + n / x) >> 1n; if (y >= x) return x; x = y; }
}
initAtan();
const INV_ODD: DD[] = [];   // 1/(2k+1)
for (let k = 0; k <= 8; k++) INV_ODD.push(fxToDD(ONE / BigInt(2 * k + 1)));

/** atan(t) for a dd t >= 0. */
export function atanDD(t: DD): DD {
  let inv = false;
  if (t[0] > 1) { t = ddDiv([1, 0], t); inv = true; }
  const j = Math.round(t[0] * 8);
  const c = j / 8;
  const u = ddDiv(ddSub(t, [c, 0]), ddAdd([1, 0], ddMulD(t, c)));
  const z = ddMul(u, u), zd = z[0];
  const d = 1 / 17 - zd * (1 / 19 - zd * (1 / 21 - zd * (1 / 23 - zd / 25)));
  let h: DD = [d, 0];
  for (let k = 7; k >= 1; k--) h = ddSub(INV_ODD[k], ddMul(z, h));
  h = ddSub([1, 0], ddMul(z, h));
  let a = ddAdd(ATAN_T[j], ddMul(u, h));
  if (inv) a = ddSub(PIO2, a);
  return a;
}

export function crAtan(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 60) return x > 0 ? round(PIO2) : -round(PIO2);
  const a = round(atanDD([Math.abs(x), 0]));
  return x < 0 ? -a : a;
}

/** C99 atan2 with correctly rounded finite results. */
export function crAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const pi = round(PI), pio2 = round(PIO2), pio4 = round(PIO4);
  const ny = y < 0 || (y === 0 && 1 / y < 0);
  const sgn = (v: number) => ny ? -v : v;
  const xneg = x < 0 || (x === 0 && 1 / x < 0);
  if (y === 0) return sgn(xneg ? pi : 0);
  if (x === 0) return sgn(pio2);
  if (!isFinite(y)) {
    if (x === Infinity) return sgn(pio4);
    if (x === -Infinity) return sgn(round(ddMulD(PIO4, 3)));
    return sgn(pio2);
  }
  if (x === Infinity) return sgn(0);
  if (x === -Infinity) return sgn(pi);
  let ay = Math.abs(y), ax = Math.abs(x);
  let a: DD;
  const q = ay / ax;
  if (q > 2 ** 60) a = ddSub(PIO2, [ax / ay, 0]);
  else if (q < 2 ** -60) return sgn(xneg ? round(ddSub(PI, [q, 0])) : q);
  else {
    const sc = 2 ** -Math.floor(Math.log2(ax));
    ax *= sc; ay *= sc;
    a = atanDD(ddDiv([ay, 0], [ax, 0]));
  }
  if (xneg) a = ddSub(PI, a);
  return sgn(round(a));
}

/** asin via atan2(x, sqrt(1 - x^2)) in double-double. */
export function crAsin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 2 ** -26) return x;
  if (ax === 1) return x > 0 ? round(PIO2) : -round(PIO2);
  const w = ddSqrt(ddMul(twoSum(1, -ax), twoSum(1, ax)));
  const a = round(atanDD(ddDiv([ax, 0], w)));
  return x < 0 ? -a : a;
}
export function crAcos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return round(PI);
  if (ax < 2 ** -57) return round(PIO2);
  const w = ddSqrt(ddMul(twoSum(1, -ax), twoSum(1, ax)));
  let a = atanDD(ddDiv(w, [ax, 0]));
  if (x < 0) a = ddSub(PI, a);
  return round(a);
}
