// Correctly rounded log, exp, sin, cos, acos and pow for doubles, computed in double-double
// arithmetic (~104 bits) and rounded once. CPython uses glibc's libm, which is correctly rounded
// in practice; V8's Math.* is off by one ulp in a few percent of cases, which would show in
// printed floats (random.gauss, random.expovariate, math.log...). Non-finite and out-of-range
// arguments fall back to Math.*, whose special-case results are the IEEE ones.

type DD = [number, number];

const SPLIT = 134217729; // 2^27 + 1
function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a; const ah = t - (t - a), al = a - ah;
  t = SPLIT * b; const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [h, l] = twoSum(s, e + t);
  [h, l] = twoSum(h, l + f);
  return [h, l];
}
function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  const [h, l] = twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
  return [h, l];
}
function mulN(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}
function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, neg(mulN(b, q1)));
  const q2 = r[0] / b[0];
  const r2 = add(r, neg(mulN(b, q2)));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}
const neg = (a: DD): DD => [-a[0], -a[1]];
const dd = (x: number): DD => [x, 0];

// ln 2 and pi/2 to ~160 bits as three doubles.
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_3 = 5.707708438416212e-34;
const PIO2: [number, number, number] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** log(m) for m near 1, as a double-double: 2 atanh((m-1)/(m+1)). */
function logDD(x: number): DD {
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) { m *= 2 ** 54; e -= 54; }
  const ex = Math.floor(Math.log2(m));
  m = m / 2 ** ex; e += ex;
  // keep m in [sqrt(1/2), sqrt(2)); Math.log2 may be off by one near powers of two
  while (m >= Math.SQRT2) { m /= 2; e++; }
  while (m < Math.SQRT1_2) { m *= 2; e--; }
  const s = div(twoSum(m, -1), twoSum(m, 1));
  const s2 = mul(s, s);
  // 2 * (s + s^3/3 + s^5/5 + ...)
  let term = s;
  let sum: DD = s;
  for (let k = 3; k < 80; k += 2) {
    term = mul(term, s2);
    const t = div(term, dd(k));
    sum = add(sum, t);
    if (Math.abs(t[0]) < Math.abs(sum[0]) * 1e-34) break;
  }
  const r = mulN(sum, 2);
  if (e === 0) return r;
  return add(add(mulN(LN2, e), [LN2_3 * e, 0]), r);
}

/** exp of a double-double argument (|z| < 746), as a double-double before the final scaling. */
function expDD(z: DD): [DD, number] {
  const k = Math.round(z[0] / LN2[0]);
  // r = z - k ln2, in double-double with the third ln2 word
  let r = add(z, neg(mulN(LN2, k)));
  r = add(r, [-LN2_3 * k, 0]);
  // exp(r) = exp(r / 2^8) ^ (2^8)
  const rr = mulN(r, 1 / 256);
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 1; n < 30; n++) {
    term = div(mul(term, rr), dd(n));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  return [sum, k];
}
function scale(v: DD, k: number): number {
  // Round v * 2^k once, including into the subnormal range.
  if (k > -1000) {
    const h = v[0] + v[1];
    if (k <= 1023) return h * 2 ** k;
    return h * 2 ** 1023 * 2 ** (k - 1023);
  }
  const s = 2 ** (k + 1074);
  const [p, e] = [v[0] * s, v[1] * s];
  return (p + e) * 2 ** -1074;
}

export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

export function exp(x: number): number {
  if (!isFinite(x) || x > 709.8 || x < -745.2 || x === 0) return Math.exp(x);
  const [v, k] = expDD(dd(x));
  return scale(v, k);
}

/** x mod pi/2 as a double-double and the quadrant, for |x| < 2^24. */
function reduce(x: number): [DD, number] {
  const q = Math.round(x / PIO2[0]);
  let r = add(dd(x), neg(twoProd(q, PIO2[0])));
  r = add(r, neg(twoProd(q, PIO2[1])));
  r = add(r, [-q * PIO2[2], 0]);
  return [r, ((q % 4) + 4) % 4];
}
function sinKernel(r: DD): DD {
  const r2 = mul(r, r);
  let term = r, sum = r;
  for (let n = 3; n < 60; n += 2) {
    term = div(mul(term, r2), dd(-(n - 1) * n));
    sum = add(sum, term);
    if (Math.abs(term[0]) < Math.abs(sum[0]) * 1e-34) break;
  }
  return sum;
}
function cosKernel(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = [1, 0], sum: DD = [1, 0];
  for (let n = 2; n < 60; n += 2) {
    term = div(mul(term, r2), dd(-(n - 1) * n));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  return sum;
}
function sinCosDD(x: number, wantSin: boolean): DD {
  const [r, q] = reduce(x);
  const quad = wantSin ? q : (q + 1) % 4;
  switch (quad) {
    case 0: return sinKernel(r);
    case 1: return cosKernel(r);
    case 2: return neg(sinKernel(r));
    default: return neg(cosKernel(r));
  }
}

export function sin(x: number): number {
  if (!isFinite(x) || Math.abs(x) > 2 ** 24) return Math.sin(x);
  if (Math.abs(x) < 1e-8) return Math.sin(x);
  const v = sinCosDD(x, true);
  return v[0] + v[1];
}
export function cos(x: number): number {
  if (!isFinite(x) || Math.abs(x) > 2 ** 24) return Math.cos(x);
  const v = sinCosDD(x, false);
  return v[0] + v[1];
}

export function acos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  // One Newton step from Math.acos in double-double: y <- y + (cos y - x) / sin y.
  const y = Math.acos(x);
  const c = sinCosDD(y, false), s = sinCosDD(y, true);
  const corr = div(add(c, dd(-x)), s);
  const r = add(dd(y), corr);
  return r[0] + r[1];
}

export function pow(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y) || x === 0 || y === 0 || x === 1 || Number.isNaN(x) || Number.isNaN(y)) return Math.pow(x, y);
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1) sign = -1;
    x = -x;
  }
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    // Exact-if-representable small integer powers by repeated double-double multiplication.
    let acc: DD = [1, 0], base: DD = [x, 0];
    let n = Math.abs(y);
    while (n) { if (n & 1) acc = mul(acc, base); base = mul(base, base); n >>= 1; }
    if (!isFinite(acc[0]) || acc[0] === 0) return sign * Math.pow(x, y);
    if (y < 0) acc = div([1, 0], acc);
    return sign * (acc[0] + acc[1]);
  }
  const z = mulN(logDD(x), y);
  if (z[0] > 709.8) return sign * Infinity;
  if (z[0] < -745.2) return sign * 0;
  const [v, k] = expDD(z);
  return sign * scale(v, k);
}
