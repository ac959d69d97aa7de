// `datetime` (naive + fixed-offset timezones). now()/today()/utcnow() read the virtual clock
// (EPOCH + loop time, TZ=UTC) so a program prints the same thing on every run. Note: the oracle
// leaves datetime.now() on the real clock, so outputs that print it cannot match the oracle anyway.
import { PyObject, PyClass, nativeClass, None, NotImplemented, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { Kw } from '../py/call';
import { repr, str } from '../py/protocols';
import { registerModule } from '../py/modules';
import { strftime, Tm } from './_strftime';
import { TD, td, timedeltaClass, US_PER_DAY, floorDiv, divRound } from './_timedelta';
import { toIndex } from './_num';
import { dateDicts } from './_datetime2';

const DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const dim = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DIM[m]);
const daysBeforeYear = (y: number) => { const p = y - 1; return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400); };
const daysBeforeMonth = (y: number, m: number) => { let n = 0; for (let i = 1; i < m; i++) n += DIM[i]; return n + (m > 2 && leap(y) ? 1 : 0); };
export const ymd2ord = (y: number, m: number, d: number) => daysBeforeYear(y) + daysBeforeMonth(y, m) + d;
export function ord2ymd(n: number): [number, number, number] {
  n -= 1;
  const n400 = Math.floor(n / 146097); n %= 146097;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / 36524); n %= 36524;
  const n4 = Math.floor(n / 1461); n %= 1461;
  const n1 = Math.floor(n / 365); n %= 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  let month = 1;
  while (n >= dim(year, month)) { n -= dim(year, month); month++; }
  return [year, month, n + 1];
}

// ------------------------------------------------------------------ timezone

export class TZ extends PyObject { $off = 0n; $name: any = None; }
let utc: TZ;
const tzClass: PyClass = nativeClass({ name: 'timezone', module: 'datetime', es: TZ, new: (_C, args, kw) => {
  const off = args[0] ?? kw?.get('offset');
  if (!(off instanceof TD)) throw pyErr(E.TypeError, `timezone() argument 1 must be datetime.timedelta, not ${typeName(off)}`);
  if (off.$us <= -US_PER_DAY || off.$us >= US_PER_DAY) throw pyErr(E.ValueError, 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).');
  if (off.$us === 0n && (args[1] ?? kw?.get('name')) === undefined) return utc;
  const z = new TZ(); z.$off = off.$us; z.$name = args[1] ?? kw?.get('name') ?? None; return z;
}, dict: {
  utcoffset(this: TZ) { return td(this.$off); },
  dst() { return None; },
  tzname(this: TZ) { return this.$name !== None ? this.$name : offName(this.$off, 'UTC'); },
  __repr__(this: TZ) { return this === utc ? 'datetime.timezone.utc' : `datetime.timezone(${repr(td(this.$off))}${this.$name !== None ? ', ' + repr(this.$name) : ''})`; },
  __str__(this: TZ) { return (tzClass.prototype.tzname as any).call(this); },
  __eq__(this: TZ, o: any) { return o instanceof TZ ? o.$off === this.$off : NotImplemented; },
  __hash__(this: TZ) { return Number(this.$off % 1000000007n); },
} });
utc = new TZ();
function offName(us: bigint, prefix: string): string {
  if (us === 0n) return prefix;
  return prefix + offStr(us, ':');
}
function offStr(us: bigint, sep: string): string {
  const sign = us < 0n ? '-' : '+';
  let a = us < 0n ? -us : us;
  const h = a / 3600000000n; a %= 3600000000n;
  const m = a / 60000000n; a %= 60000000n;
  const s = a / 1000000n, u = a % 1000000n;
  let r = `${sign}${String(h).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}`;
  if (s || u) r += `${sep}${String(s).padStart(2, '0')}`;
  if (u) r += `.${String(u).padStart(6, '0')}`;
  return r;
}
Object.defineProperty(tzClass.prototype, 'utc', { value: utc, writable: true, configurable: true });

// ------------------------------------------------------------------ date / datetime / time

export class PyDate extends PyObject { $y = 1; $m = 1; $d = 1; }
export class PyDT extends PyDate { $H = 0; $M = 0; $S = 0; $us = 0; $tz: any = None; }
export class PyTime extends PyObject { $H = 0; $M = 0; $S = 0; $us = 0; $tz: any = None; }

function checkDate(y: number, m: number, d: number) {
  if (y < 1 || y > 9999) throw pyErr(E.ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) throw pyErr(E.ValueError, 'month must be in 1..12');
  if (d < 1 || d > dim(y, m)) throw pyErr(E.ValueError, 'day is out of range for month');
}
function checkTime(H: number, M: number, S: number, us: number) {
  if (H < 0 || H > 23) throw pyErr(E.ValueError, 'hour must be in 0..23');
  if (M < 0 || M > 59) throw pyErr(E.ValueError, 'minute must be in 0..59');
  if (S < 0 || S > 59) throw pyErr(E.ValueError, 'second must be in 0..59');
  if (us < 0 || us > 999999) throw pyErr(E.ValueError, 'microsecond must be in 0..999999');
}
function argv(names: string[], args: any[], kw: Kw | undefined, fn: string, required: number): any[] {
  const out = names.map((n, i) => (i < args.length ? args[i] : kw?.get(n)));
  for (let i = 0; i < required; i++) if (out[i] === undefined) throw pyErr(E.TypeError, `function missing required argument '${names[i]}' (pos ${i + 1})`);
  if (args.length > names.length) throw pyErr(E.TypeError, `${fn}() takes at most ${names.length} arguments (${args.length} given)`);
  return out.map((v, i) => (v === undefined ? (names[i] === 'tzinfo' ? None : 0) : names[i] === 'tzinfo' ? v : Number(toIndex(v))));
}

export let dateClass: PyClass, datetimeClass: PyClass, timeClass: PyClass;
export function mkDate(y: number, m: number, d: number, C: PyClass = dateClass): PyDate {
  checkDate(y, m, d);
  const o: PyDate = Reflect.construct(PyDate, [], C); o.$y = y; o.$m = m; o.$d = d; return o;
}
export function mkDT(y: number, m: number, d: number, H = 0, M = 0, S = 0, us = 0, tz: any = None, C: PyClass = datetimeClass): PyDT {
  checkDate(y, m, d); checkTime(H, M, S, us);
  const o: PyDT = Reflect.construct(PyDT, [], C);
  Object.assign(o, { $y: y, $m: m, $d: d, $H: H, $M: M, $S: S, $us: us, $tz: tz });
  return o;
}
function mkTime(H = 0, M = 0, S = 0, us = 0, tz: any = None): PyTime {
  checkTime(H, M, S, us);
  const o = new PyTime(); Object.assign(o, { $H: H, $M: M, $S: S, $us: us, $tz: tz }); return o;
}
/** Microseconds since 0001-01-01 (naive wall time). */
export const dtUs = (o: PyDT) => BigInt(ymd2ord(o.$y, o.$m, o.$d) - 1) * US_PER_DAY + BigInt(((o.$H * 60 + o.$M) * 60 + o.$S)) * 1000000n + BigInt(o.$us);
export function dtFromUs(us: bigint, tz: any = None, C?: PyClass): PyDT {
  const days = floorDiv(us, US_PER_DAY);
  let rest = Number(us - days * US_PER_DAY);
  const [y, m, d] = ord2ymd(Number(days) + 1);
  const micro = rest % 1000000; rest = (rest - micro) / 1000000;
  return mkDT(y, m, d, Math.floor(rest / 3600), Math.floor(rest / 60) % 60, rest % 60, micro, tz, C);
}
const offsetUs = (o: PyDT) => (o.$tz instanceof TZ ? o.$tz.$off : 0n);
const utcUs = (o: PyDT) => dtUs(o) - offsetUs(o);
const EPOCH_US = BigInt(ymd2ord(1970, 1, 1) - 1) * US_PER_DAY;

/** POSIX timestamp (seconds, may be fractional) → datetime, rounding microseconds half-even. */
export function fromTimestamp(t: number, tz: any): PyDT {
  const frac = t - Math.trunc(t);
  let us = BigInt(Math.trunc(t)) * 1000000n + divRound(BigInt(Math.round(frac * 1e12)), 1000000n);
  us += EPOCH_US + (tz instanceof TZ ? tz.$off : 0n);
  return dtFromUs(us, tz);
}

function tmOf(o: PyDate): Tm {
  const dt = o instanceof PyDT ? o : undefined;
  const wd = (ymd2ord(o.$y, o.$m, o.$d) + 6) % 7;
  return { year: o.$y, mon: o.$m, mday: o.$d, hour: dt?.$H ?? 0, min: dt?.$M ?? 0, sec: dt?.$S ?? 0, wday: wd, yday: daysBeforeMonth(o.$y, o.$m) + o.$d,
    isdst: -1, zone: dt && dt.$tz instanceof TZ ? str((tzClass.prototype.tzname as any).call(dt.$tz)) : '', gmtoff: dt ? Number(offsetUs(dt) / 1000000n) : 0, usec: dt?.$us ?? 0 };
}
function fmt(o: PyDate, f: string): string {
  const tm = tmOf(o);
  const naive = !(o instanceof PyDT) || !(o.$tz instanceof TZ);
  return strftime(f, tm, 0, c => (c === 'f' ? String(tm.usec).padStart(6, '0') : c === 'z' ? (naive ? '' : offStr(offsetUs(o as PyDT), '')) : c === 'Z' ? (naive ? '' : tm.zone) : undefined));
}
const p2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (o: PyDate) => `${String(o.$y).padStart(4, '0')}-${p2(o.$m)}-${p2(o.$d)}`;
function isoTime(o: { $H: number; $M: number; $S: number; $us: number }, spec = 'auto'): string {
  const base = `${p2(o.$H)}:${p2(o.$M)}`;
  if (spec === 'hours') return p2(o.$H);
  if (spec === 'minutes') return base;
  const s = `${base}:${p2(o.$S)}`;
  if (spec === 'seconds' || (spec === 'auto' && !o.$us)) return s;
  if (spec === 'milliseconds') return `${s}.${String(Math.floor(o.$us / 1000)).padStart(3, '0')}`;
  return `${s}.${String(o.$us).padStart(6, '0')}`;
}
const tzSuffix = (o: PyDT | PyTime) => (o.$tz instanceof TZ ? offStr(o.$tz.$off, ':') : '');

export function dtIso(o: PyDT, sep = 'T', spec = 'auto') { return `${isoDate(o)}${sep}${isoTime(o, spec)}${tzSuffix(o)}`; }

function cmpDT(a: PyDT, b: any, op: (x: bigint, y: bigint) => boolean, eq: boolean): any {
  if (!(b instanceof PyDT)) return NotImplemented;
  const an = a.$tz === None, bn = b.$tz === None;
  if (an !== bn) { if (eq) return false; throw pyErr(E.TypeError, "can't compare offset-naive and offset-aware datetimes"); }
  return op(utcUs(a), utcUs(b));
}
function cmpDate(a: PyDate, b: any, op: (x: number, y: number) => boolean): any {
  if (!(b instanceof PyDate) || b instanceof PyDT) return NotImplemented;
  return op(ymd2ord(a.$y, a.$m, a.$d), ymd2ord(b.$y, b.$m, b.$d));
}
({ dateClass, datetimeClass, timeClass } = dateDicts({
  PyDate, PyDT, PyTime, TZ, mkDate, mkDT, mkTime, dtUs, dtFromUs, utcUs, offsetUs, fromTimestamp, fmt, isoDate, isoTime, dtIso, tzSuffix,
  cmpDT, cmpDate, argv, ymd2ord, ord2ymd, EPOCH_US, tzClass, utc,
}));


registerModule('datetime', () => ({
  date: dateClass, datetime: datetimeClass, time: timeClass, timedelta: timedeltaClass, timezone: tzClass, tzinfo: tzClass,
  MINYEAR: 1, MAXYEAR: 9999, UTC: utc,
}));
