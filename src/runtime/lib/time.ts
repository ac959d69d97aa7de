// `time` on the virtual clock (clock.ts), with TZ=UTC as the oracle forces: localtime == gmtime
// except tm_zone ('UTC' vs 'GMT'). process_time/thread_time are real CPU-ish time, as in the oracle.
import { None, PyFloat, typeName, PyClass, isTuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { iter } from '../py/protocols';
import { registerModule } from '../py/modules';
import { clock, nowNs, wallNs, EPOCH } from './clock';
import { f, toF, toIndex, normInt } from './_num';
import { structSeq, mkTuple } from './_tuplecls';
import { strftime, Tm, DAYS, MONTHS } from './_strftime';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

export const structTimeClass: PyClass = structSeq({
  name: 'struct_time', module: 'time', fields: FIELDS, extra: ['tm_zone', 'tm_gmtoff'],
  make: (C, args) => {
    const items = Array.from(iter(args[0] ?? []));
    if (items.length < 9) throw pyErr(E.TypeError, `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) throw pyErr(E.TypeError, `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    const t: any = mkTuple(C, items.slice(0, 9));
    t.$x = { tm_zone: items[9] ?? None, tm_gmtoff: items[10] ?? None };
    return t;
  },
});

/** Python float(x) as the oracle's time.sleep applies it. */
export function pyFloatArg(x: any): number {
  if (typeof x === 'string') {
    const s = x.trim().replace(/_/g, '');
    if (/^[+-]?((\d+\.?\d*|\.\d+)(e[+-]?\d+)?|inf(inity)?|nan)$/i.test(s)) {
      const low = s.toLowerCase().replace(/^[+-]/, '');
      const neg = s.startsWith('-');
      if (low.startsWith('inf')) return neg ? -Infinity : Infinity;
      if (low === 'nan') return NaN;
      return Number(s);
    }
    throw pyErr(E.ValueError, `could not convert string to float: ${reprStr(x)}`);
  }
  if (x === None || (typeof x === 'object' && !(x instanceof PyFloat) && typeof x.__float__ !== 'function' && typeof x.__index__ !== 'function')) {
    throw pyErr(E.TypeError, `float() argument must be a string or a real number, not '${typeName(x)}'`);
  }
  return toF(x);
}
function reprStr(s: string) { return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`; }

export function sleep(seconds: any): any {
  const s = pyFloatArg(seconds);
  if (s < 0) throw pyErr(E.ValueError, 'sleep length must be non-negative');
  if (Number.isNaN(s)) throw pyErr(E.ValueError, 'Invalid value NaN (not a number)');
  clock.sleepBlocking(s);
  return None;
}

/** Broken-down UTC time for a POSIX timestamp (floored to whole seconds). */
export function tmFromSecs(secs: number, zone: 'UTC' | 'GMT'): Tm {
  const whole = Math.floor(secs);
  const d = new Date(whole * 1000);
  if (isNaN(d.getTime())) throw pyErr(E.OverflowError, 'timestamp out of range for platform time_t');
  const y = d.getUTCFullYear();
  const yday = Math.floor((Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  return { year: y, mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(), wday: (d.getUTCDay() + 6) % 7, yday, isdst: 0, zone, gmtoff: 0 };
}

function tmToStruct(tm: Tm): any {
  const t: any = mkTuple(structTimeClass, [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst]);
  t.$x = { tm_zone: tm.zone, tm_gmtoff: tm.gmtoff };
  return t;
}

function secsArg(secs: any): number {
  if (secs === None) return clock.wall();
  if (secs instanceof PyFloat) {
    if (Number.isNaN(secs.v)) throw pyErr(E.ValueError, 'Invalid value NaN (not a number)');
    return secs.v;
  }
  if (typeof secs === 'number' || typeof secs === 'bigint' || typeof secs === 'boolean') return Number(secs);
  throw pyErr(E.TypeError, `'${typeName(secs)}' object cannot be interpreted as an integer`);
}

/** A struct_time or 9-tuple argument as a Tm (with CPython's checks, simplified). */
export function tmFromTuple(t: any, fn: string): Tm {
  if (!isTuple(t) && !(Array.isArray(t))) throw pyErr(E.TypeError, 'Tuple or struct_time argument required');
  if (t.length !== 9) throw pyErr(E.TypeError, `${fn}(): illegal time tuple argument`);
  const v = t.map((x: any) => Number(toIndex(x)));
  const zone = t.$x?.tm_zone;
  if (v[1] === 0) v[1] = 1; else if (v[1] < 1 || v[1] > 12) throw pyErr(E.ValueError, 'month out of range');
  if (v[2] === 0) v[2] = 1; else if (v[2] < 0 || v[2] > 31) throw pyErr(E.ValueError, 'day of month out of range');
  if (v[3] < 0 || v[3] > 23) throw pyErr(E.ValueError, 'hour out of range');
  if (v[4] < 0 || v[4] > 59) throw pyErr(E.ValueError, 'minute out of range');
  if (v[5] < 0 || v[5] > 61) throw pyErr(E.ValueError, 'seconds out of range');
  if (v[6] < 0) throw pyErr(E.ValueError, 'day of week out of range');
  if (v[7] === 0) v[7] = 1; else if (v[7] < 0 || v[7] > 366) throw pyErr(E.ValueError, 'day of year out of range');
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6] % 7, yday: v[7], isdst: v[8],
    zone: typeof zone === 'string' ? zone : 'UTC', gmtoff: 0 };
}

export function asctime(tm: Tm): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)}${String(tm.mday).padStart(3, ' ')} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}

function timegm(tm: Tm): number {
  return Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000;
}

const start = typeof performance !== 'undefined' ? performance.now() : Date.now();
const cpu = () => ((typeof performance !== 'undefined' ? performance.now() : Date.now()) - start) / 1000;

export function timeAttrs(): Record<string, any> {
  return {
    time: pyfunc('time', [], () => f(clock.wall())),
    time_ns: pyfunc('time_ns', [], () => normInt(wallNs())),
    monotonic: pyfunc('monotonic', [], () => f(clock.now())),
    monotonic_ns: pyfunc('monotonic_ns', [], () => normInt(nowNs())),
    perf_counter: pyfunc('perf_counter', [], () => f(clock.now())),
    perf_counter_ns: pyfunc('perf_counter_ns', [], () => normInt(nowNs())),
    process_time: pyfunc('process_time', [], () => f(cpu())),
    process_time_ns: pyfunc('process_time_ns', [], () => normInt(BigInt(Math.round(cpu() * 1e9)))),
    thread_time: pyfunc('thread_time', [], () => f(cpu())),
    thread_time_ns: pyfunc('thread_time_ns', [], () => normInt(BigInt(Math.round(cpu() * 1e9)))),
    sleep: pyfunc('sleep', ['secs', '/'], sleep),
    gmtime: pyfunc('gmtime', ['secs=', '/'], (s: any) => tmToStruct(tmFromSecs(secsArg(s), 'GMT')), [None]),
    localtime: pyfunc('localtime', ['secs=', '/'], (s: any) => tmToStruct(tmFromSecs(secsArg(s), 'UTC')), [None]),
    mktime: pyfunc('mktime', ['t', '/'], (t: any) => f(timegm(tmFromTuple(t, 'mktime')))),
    asctime: pyfunc('asctime', ['t=', '/'], (t: any) => asctime(t === None ? tmFromSecs(clock.wall(), 'UTC') : tmFromTuple(t, 'asctime')), [None]),
    ctime: pyfunc('ctime', ['secs=', '/'], (s: any) => asctime(tmFromSecs(secsArg(s), 'UTC')), [None]),
    strftime: pyfunc('strftime', ['format', 't=', '/'], (fmt: any, t: any) => {
      if (typeof fmt !== 'string') throw pyErr(E.TypeError, `strftime() argument 1 must be str, not ${typeName(fmt)}`);
      const tm = t === None ? tmFromSecs(clock.wall(), 'UTC') : tmFromTuple(t, 'strftime');
      return strftime(fmt, tm, timegm(tm));
    }, [None]),
    struct_time: structTimeClass,
    timezone: 0, altzone: 0, daylight: 0,
    tzname: mkTupleOf(['UTC', 'UTC']),
    get_clock_info: pyfunc('get_clock_info', ['name'], () => { throw pyErr(E.NotImplementedError, 'time.get_clock_info() is not supported'); }),
    CLOCK_MONOTONIC: 1, CLOCK_REALTIME: 0,
  };
}
function mkTupleOf(a: any[]) { (a as any).$t = true; return a; }

registerModule('time', timeAttrs);
export { EPOCH };
