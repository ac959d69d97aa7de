// `statistics` (CPython 3.11) for int/float data: exact rational sums (as _sum/_ss do), _convert's
// int-or-float result, correctly rounded sqrt of a fraction for stdev/pstdev.
import { None, PyFloat, typeName, nativeClass } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { iter } from '../py/protocols';
import { registerModule } from '../py/modules';
import * as ops from '../py/ops';
import { normInt } from './_num';
import { sortedBy } from './heapq';
import { pyEq } from './_rt';
import { counterClass } from './_counter';

const StatisticsError = nativeClass({ name: 'StatisticsError', module: 'statistics', bases: [E.ValueError], es: PyBaseException });

/** Exact ratio n/d of an int or float (d a power of two for floats). */
function ratio(x: any): [bigint, bigint] | 'nan' | 'inf' | '-inf' {
  if (typeof x === 'number' && Number.isInteger(x)) return [BigInt(x), 1n];
  if (typeof x === 'bigint') return [x, 1n];
  if (typeof x === 'boolean') return [x ? 1n : 0n, 1n];
  if (x instanceof PyFloat) {
    const v = x.v;
    if (Number.isNaN(v)) return 'nan';
    if (!isFinite(v)) return v > 0 ? 'inf' : '-inf';
    if (v === 0) return [0n, 1n];
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, v);
    const hi = buf.getUint32(0), lo = buf.getUint32(4);
    const exp = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let e = exp - 1075;
    if (exp) mant |= 1n << 52n; else e = -1074;
    if (v < 0) mant = -mant;
    return e >= 0 ? [mant << BigInt(e), 1n] : reduce(mant, 1n << BigInt(-e));
  }
  throw pyErr(E.TypeError, `can't convert type '${typeName(x)}' to numerator/denominator`);
}
const gcd = (a: bigint, b: bigint): bigint => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
function reduce(n: bigint, d: bigint): [bigint, bigint] { if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d) || 1n; return [n / g, d / g]; }
const add = (a: [bigint, bigint], b: [bigint, bigint]) => reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);

/** n/d correctly rounded to a double (Python's int/int true division). */
export function fracToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const neg = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n; if (d < 0n) d = -d;
  const shift = 55 - (n.toString(2).length - d.toString(2).length);
  const [sn, sd] = shift >= 0 ? [n << BigInt(shift), d] : [n, d << BigInt(-shift)];
  let q = sn / sd;
  const rem = sn % sd;
  // q has 55 or 56 bits; round to 53 with the remainder as sticky bit.
  const bits = q.toString(2).length;
  const extra = BigInt(bits - 53);
  const mask = (1n << extra) - 1n;
  const low = q & mask, half = 1n << (extra - 1n);
  q >>= extra;
  if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
  return (neg ? -1 : 1) * Number(q) * 2 ** (Number(extra) - shift);
}

interface Acc { isFloat: boolean; count: number; special?: number; sum: [bigint, bigint]; sumsq: [bigint, bigint] }
function accumulate(data: any): Acc {
  const a: Acc = { isFloat: false, count: 0, sum: [0n, 1n], sumsq: [0n, 1n] };
  for (const x of iter(data)) {
    a.count++;
    if (x instanceof PyFloat) a.isFloat = true;
    else if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') throw pyErr(E.TypeError, `can't convert type '${typeName(x)}' to numerator/denominator`);
    const r = ratio(x);
    if (typeof r === 'string') { a.special = r === 'nan' ? NaN : r === 'inf' ? Infinity : -Infinity; continue; }
    a.sum = add(a.sum, r);
    a.sumsq = add(a.sumsq, reduce(r[0] * r[0], r[1] * r[1]));
  }
  return a;
}
/** _convert(value, T): an int when exact and all data were ints, else a float. */
function convert(v: [bigint, bigint], isFloat: boolean): any {
  const [n, d] = reduce(v[0], v[1]);
  if (!isFloat && d === 1n) return normInt(n);
  return new PyFloat(fracToFloat(n, d));
}
function ssd(a: Acc): [bigint, bigint] {
  // (count * sxx - sx * sx) / count
  const c = BigInt(a.count);
  const [A, B] = a.sumsq, [P, Q] = a.sum;
  return reduce(c * A * Q * Q - P * P * B, B * Q * Q * c);
}
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x = (x + n / x) >> 1n;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}
function sqrtFrac(n: bigint, m: bigint): number {
  const rto = (a: bigint, b: bigint) => { const r = isqrt(a / b); return r | (r * r * b !== a ? 1n : 0n); };
  const q = Math.floor((n.toString(2).length - m.toString(2).length - 109) / 2);
  if (q >= 0) return fracToFloat(rto(n, m << BigInt(2 * q)) << BigInt(q), 1n);
  return fracToFloat(rto(n << BigInt(-2 * q), m), 1n << BigInt(-q));
}

function variance(data: any, population: boolean, root: boolean): any {
  const a = accumulate(data);
  const min = population ? 1 : 2;
  const name = `${population ? 'p' : ''}${root ? 'stdev' : 'variance'}`;
  if (a.count < min) throw pyErr(StatisticsError, `${name} requires at least ${min === 1 ? 'one data point' : 'two data points'}`);
  if (a.special !== undefined) return new PyFloat(NaN);
  const ss = ssd(a);
  const v = reduce(ss[0], ss[1] * BigInt(a.count - (population ? 0 : 1)));
  return root ? new PyFloat(sqrtFrac(v[0], v[1])) : convert(v, a.isFloat);
}

function median(data: any, which: 'mid' | 'low' | 'high'): any {
  const xs = sortedBy(Array.from(iter(data)), x => x);
  const n = xs.length;
  if (!n) throw pyErr(StatisticsError, 'no median for empty data');
  if (which === 'high' || n % 2 === 1) return xs[n >> 1];
  if (which === 'low') return xs[(n >> 1) - 1];
  return ops.truediv(ops.add(xs[(n >> 1) - 1], xs[n >> 1]), 2);
}

registerModule('statistics', () => ({
  StatisticsError,
  mean: pyfunc('mean', ['data'], (data: any) => {
    const a = accumulate(data);
    if (a.count < 1) throw pyErr(StatisticsError, 'mean requires at least one data point');
    if (a.special !== undefined) return new PyFloat(a.special);
    return convert(reduce(a.sum[0], a.sum[1] * BigInt(a.count)), a.isFloat);
  }),
  fmean: pyfunc('fmean', ['data', 'weights='], (data: any, w: any) => {
    const xs = Array.from(iter(data));
    if (w !== None) {
      const ws = Array.from(iter(w));
      if (ws.length !== xs.length) throw pyErr(StatisticsError, 'data and weights must be the same length');
      const num = accumulate(xs.map((x, i) => ops.mul(x, ws[i]))), den = accumulate(ws);
      if (den.sum[0] === 0n) throw pyErr(StatisticsError, 'sum of weights must be non-zero');
      return new PyFloat(fracToFloat(num.sum[0], num.sum[1]) / fracToFloat(den.sum[0], den.sum[1]));
    }
    const a = accumulate(xs.map(x => (x instanceof PyFloat ? x : new PyFloat(Number(x)))));
    if (!a.count) throw pyErr(StatisticsError, 'fmean requires at least one data point');
    if (a.special !== undefined) return new PyFloat(a.special);
    return new PyFloat(fracToFloat(a.sum[0], a.sum[1]) / a.count);
  }, [None]),
  median: pyfunc('median', ['data'], (d: any) => median(d, 'mid')),
  median_low: pyfunc('median_low', ['data'], (d: any) => median(d, 'low')),
  median_high: pyfunc('median_high', ['data'], (d: any) => median(d, 'high')),
  mode: pyfunc('mode', ['data'], (data: any) => {
    const mc = (counterClass.prototype.most_common as any).call(call(counterClass, data), 1);
    if (!mc.length) throw pyErr(StatisticsError, 'no mode for empty data');
    return mc[0][0];
  }),
  multimode: pyfunc('multimode', ['data'], (data: any) => {
    const items: [any, number][] = [];
    for (const x of iter(data)) { const e = items.find(p => pyEq(p[0], x)); if (e) e[1]++; else items.push([x, 1]); }
    const max = Math.max(0, ...items.map(p => p[1]));
    return items.filter(p => p[1] === max).map(p => p[0]);
  }),
  variance: pyfunc('variance', ['data', 'xbar='], (d: any) => variance(d, false, false), [None]),
  pvariance: pyfunc('pvariance', ['data', 'mu='], (d: any) => variance(d, true, false), [None]),
  stdev: pyfunc('stdev', ['data', 'xbar='], (d: any) => variance(d, false, true), [None]),
  pstdev: pyfunc('pstdev', ['data', 'mu='], (d: any) => variance(d, true, true), [None]),
}));
