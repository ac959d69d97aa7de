// datetime.timedelta: an exact count of microseconds (bigint), normalised and printed as CPython.
import { PyObject, PyClass, nativeClass, NotImplemented, PyFloat, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { Kw } from '../py/call';
import { normInt } from './_num';
import { fracToFloat } from './statistics';
import { prop } from './_rt';

export const US_PER_DAY = 86400000000n;

export class TD extends PyObject { $us = 0n; }
export let timedeltaClass: PyClass;

export function td(us: bigint): TD {
  if (us <= -1000000000n * US_PER_DAY || us >= 1000000000n * US_PER_DAY) {
    throw pyErr(E.OverflowError, `days=${us / US_PER_DAY}; must have magnitude <= 999999999`);
  }
  const t = new TD(); t.$us = us; return t;
}
const floorDiv = (a: bigint, b: bigint) => { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; };
const mod = (a: bigint, b: bigint) => a - floorDiv(a, b) * b;
export function parts(us: bigint): [bigint, bigint, bigint] {
  const days = floorDiv(us, US_PER_DAY);
  const rest = us - days * US_PER_DAY;
  return [days, rest / 1000000n, rest % 1000000n];
}
/** Round a double to the nearest integer, ties to even, as a bigint. */
function roundEven(x: number): bigint {
  const f = Math.floor(x), d = x - f;
  let r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  if (Object.is(r, -0)) r = 0;
  return BigInt(r);
}
function exactRatio(x: number): [bigint, bigint] {
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let d = 1n, v = x;
  while (!Number.isInteger(v)) { v *= 2; d *= 2n; }
  return [BigInt(v), d];
}
/** n/d rounded half-even to an integer. */
function divRound(n: bigint, d: bigint): bigint {
  if (d < 0n) { n = -n; d = -d; }
  const q = floorDiv(n, d), r = n - q * d;
  const twice = 2n * r;
  return twice > d || (twice === d && q % 2n !== 0n) ? q + 1n : q;
}

const UNITS: [string, bigint][] = [['days', US_PER_DAY], ['seconds', 1000000n], ['microseconds', 1n], ['milliseconds', 1000n],
  ['minutes', 60000000n], ['hours', 3600000000n], ['weeks', 7n * US_PER_DAY]];

function construct(args: any[], kw?: Kw): TD {
  if (args.length > 7) throw pyErr(E.TypeError, `timedelta expected at most 7 arguments, got ${args.length}`);
  let exact = 0n, frac = 0;
  UNITS.forEach(([name, scale], i) => {
    let v = i < args.length ? args[i] : kw?.get(name);
    if (kw?.has(name) && i < args.length) throw pyErr(E.TypeError, `argument for timedelta() given by name ('${name}') and position (${i + 1})`);
    if (v === undefined) return;
    if (typeof v === 'boolean') v = v ? 1 : 0;
    if (typeof v === 'number' && Number.isInteger(v) || typeof v === 'bigint') exact += BigInt(v) * scale;
    else if (v instanceof PyFloat) {
      const [n, d] = exactRatio(v.v);
      const whole = floorDiv(n, d);
      exact += whole * scale;
      frac += Number(n - whole * d) / Number(d) * Number(scale);
    } else throw pyErr(E.TypeError, `unsupported type for timedelta ${name} component: ${typeName(v)}`);
  });
  if (kw) for (const k of kw.keys()) if (!UNITS.some(u => u[0] === k)) throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for __new__()`);
  return td(exact + roundEven(frac));
}

export function tdStr(us: bigint): string {
  const [d, s, u] = parts(us);
  const hh = s / 3600n, mm = (s % 3600n) / 60n, ss = s % 60n;
  let out = `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
  if (u) out += '.' + String(u).padStart(6, '0');
  if (d) out = `${d} day${d === 1n || d === -1n ? '' : 's'}, ${out}`;
  return out;
}

const isTD = (o: any): o is TD => o instanceof TD;
const num = (o: any) => typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean';

timedeltaClass = nativeClass({ name: 'timedelta', module: 'datetime', es: TD, new: (_C, args, kw) => construct(args, kw), dict: {
  days: prop('days', (o: TD) => normInt(parts(o.$us)[0])),
  seconds: prop('seconds', (o: TD) => Number(parts(o.$us)[1])),
  microseconds: prop('microseconds', (o: TD) => Number(parts(o.$us)[2])),
  total_seconds(this: TD) { return new PyFloat(fracToFloat(this.$us, 1000000n)); },
  __repr__(this: TD) {
    const [d, s, u] = parts(this.$us);
    const f: string[] = [];
    if (d) f.push(`days=${d}`); if (s) f.push(`seconds=${s}`); if (u) f.push(`microseconds=${u}`);
    return `datetime.timedelta(${f.length ? f.join(', ') : '0'})`;
  },
  __str__(this: TD) { return tdStr(this.$us); },
  __add__(this: TD, o: any) { return isTD(o) ? td(this.$us + o.$us) : NotImplemented; },
  __radd__(this: TD, o: any) { return isTD(o) ? td(this.$us + o.$us) : NotImplemented; },
  __sub__(this: TD, o: any) { return isTD(o) ? td(this.$us - o.$us) : NotImplemented; },
  __rsub__(this: TD, o: any) { return isTD(o) ? td(o.$us - this.$us) : NotImplemented; },
  __neg__(this: TD) { return td(-this.$us); },
  __pos__(this: TD) { return this; },
  __abs__(this: TD) { return td(this.$us < 0n ? -this.$us : this.$us); },
  __mul__(this: TD, o: any) {
    if (num(o)) return td(this.$us * BigInt(o));
    if (o instanceof PyFloat) { const [n, d] = exactRatio(o.v); return td(divRound(this.$us * n, d)); }
    return NotImplemented;
  },
  __rmul__(this: TD, o: any) { return (timedeltaClass.prototype.__mul__ as any).call(this, o); },
  __truediv__(this: TD, o: any) {
    if (isTD(o)) { if (!o.$us) throw pyErr(E.ZeroDivisionError, 'division by zero'); return new PyFloat(fracToFloat(this.$us, o.$us)); }
    if (num(o)) { if (!BigInt(o)) throw pyErr(E.ZeroDivisionError, 'division by zero'); return td(divRound(this.$us, BigInt(o))); }
    if (o instanceof PyFloat) { const [n, d] = exactRatio(o.v); if (!n) throw pyErr(E.ZeroDivisionError, 'division by zero'); return td(divRound(this.$us * d, n)); }
    return NotImplemented;
  },
  __floordiv__(this: TD, o: any) {
    if (isTD(o)) { if (!o.$us) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero'); return normInt(floorDiv(this.$us, o.$us)); }
    if (num(o)) { if (!BigInt(o)) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero'); return td(floorDiv(this.$us, BigInt(o))); }
    return NotImplemented;
  },
  __mod__(this: TD, o: any) { return isTD(o) ? td(mod(this.$us, o.$us)) : NotImplemented; },
  __divmod__(this: TD, o: any) { if (!isTD(o)) return NotImplemented; const t: any = [normInt(floorDiv(this.$us, o.$us)), td(mod(this.$us, o.$us))]; t.$t = true; return t; },
  __eq__(this: TD, o: any) { return isTD(o) ? this.$us === o.$us : NotImplemented; },
  __ne__(this: TD, o: any) { return isTD(o) ? this.$us !== o.$us : NotImplemented; },
  __lt__(this: TD, o: any) { return isTD(o) ? this.$us < o.$us : NotImplemented; },
  __le__(this: TD, o: any) { return isTD(o) ? this.$us <= o.$us : NotImplemented; },
  __gt__(this: TD, o: any) { return isTD(o) ? this.$us > o.$us : NotImplemented; },
  __ge__(this: TD, o: any) { return isTD(o) ? this.$us >= o.$us : NotImplemented; },
  __hash__(this: TD) { return Number(this.$us % 2305843009213693951n); },
  __bool__(this: TD) { return this.$us !== 0n; },
} });
Object.defineProperty(timedeltaClass.prototype, 'min', { value: td(-999999999n * US_PER_DAY), writable: true, configurable: true });
Object.defineProperty(timedeltaClass.prototype, 'max', { value: td(999999999n * US_PER_DAY + US_PER_DAY - 1n), writable: true, configurable: true });
Object.defineProperty(timedeltaClass.prototype, 'resolution', { value: td(1n), writable: true, configurable: true });
export { floorDiv, divRound };
