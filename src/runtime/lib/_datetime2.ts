// The date, datetime and time classes of `datetime` (helpers come from datetime.ts).
import { PyClass, nativeClass, None, NotImplemented, PyFloat, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { Kw } from '../py/call';
import { repr, str, hash } from '../py/protocols';
import { classMethod, kwMethod } from '../py/slice';
import { clock } from './clock';
import { TD, td, US_PER_DAY, floorDiv } from './_timedelta';
import { structSeq, mkTuple } from './_tuplecls';
import { parseIso, strptime } from './_dtparse';
import { prop } from './_rt';

const isoCal = structSeq({ name: 'IsoCalendarDate', module: 'datetime', fields: ['year', 'week', 'weekday'] });

export function dateDicts(h: any): { dateClass: PyClass; datetimeClass: PyClass; timeClass: PyClass } {
  const { PyDate, PyDT, PyTime, TZ, mkDate, mkDT, mkTime, dtUs, dtFromUs, utcUs, fromTimestamp, fmt, isoDate, isoTime, dtIso, tzSuffix, cmpDT, cmpDate, argv, ymd2ord, ord2ymd, EPOCH_US } = h;
  const kwFn = (f: (self: any, args: any[], kw?: Kw) => any) => Object.assign(function (this: any, ...a: any[]) { return f(this, a); }, { $callKw(this: any, pos: any[], kw: Kw) { return f(this, pos, kw); } });
  const ord = (o: any) => ymd2ord(o.$y, o.$m, o.$d);
  const wday = (o: any) => (ord(o) + 6) % 7;
  function isocalendar(o: any) {
    const y = o.$y;
    const jan4wd = (ymd2ord(y, 1, 4) + 6) % 7;
    let week1 = ymd2ord(y, 1, 4) - jan4wd;
    let year = y;
    const n = ord(o);
    if (n < week1) { year--; const w = (ymd2ord(year, 1, 4) + 6) % 7; week1 = ymd2ord(year, 1, 4) - w; }
    else { const w = (ymd2ord(y + 1, 1, 4) + 6) % 7; const next = ymd2ord(y + 1, 1, 4) - w; if (n >= next) { year++; week1 = next; } }
    return mkTuple(isoCal, [year, Math.floor((n - week1) / 7) + 1, (n - week1) % 7 + 1]);
  }
  const today = () => fromTimestamp(clock.wall(), None);
  const common = {
    year: prop('year', (o: any) => o.$y), month: prop('month', (o: any) => o.$m), day: prop('day', (o: any) => o.$d),
    weekday(this: any) { return wday(this); },
    isoweekday(this: any) { return wday(this) + 1; },
    isocalendar(this: any) { return isocalendar(this); },
    toordinal(this: any) { return ord(this); },
    strftime(this: any, f: any) { return fmt(this, str(f)); },
    __format__(this: any, spec: any) { return spec ? fmt(this, str(spec)) : str(this); },
    ctime(this: any) { return fmt(this, '%a %b %e %H:%M:%S %Y'); },
    timetuple(this: any) { return tuple([this.$y, this.$m, this.$d, this.$H ?? 0, this.$M ?? 0, this.$S ?? 0, wday(this), ord(this) - ymd2ord(this.$y, 1, 1) + 1, -1]); },
  };

  const dateClass: PyClass = nativeClass({ name: 'date', module: 'datetime', es: PyDate, new: (C, args, kw) => {
    const [y, m, d] = argv(['year', 'month', 'day'], args, kw, 'date', 3);
    return mkDate(y, m, d, C);
  }, dict: {
    ...common,
    today: classMethod(function () { const t = today(); return mkDate(t.$y, t.$m, t.$d); }),
    fromordinal: classMethod(function (n: any) { const [y, m, d] = ord2ymd(Number(n)); return mkDate(y, m, d); }),
    fromtimestamp: classMethod(function (t: any) { const x = fromTimestamp(t instanceof PyFloat ? t.v : Number(t), None); return mkDate(x.$y, x.$m, x.$d); }),
    fromisoformat: classMethod(function (s: any) { const p = parseIso(str(s), false); return mkDate(p.y, p.m, p.d); }),
    isoformat(this: any) { return isoDate(this); },
    __str__(this: any) { return isoDate(this); },
    __repr__(this: any) { return `datetime.date(${this.$y}, ${this.$m}, ${this.$d})`; },
    replace: kwFn((o, a, kw) => { const [y, m, d] = ['year', 'month', 'day'].map((n, i) => a[i] ?? kw?.get(n) ?? o['$' + n[0]]); return mkDate(Number(y), Number(m), Number(d)); }),
    __add__(this: any, o: any) {
      if (!(o instanceof TD)) return NotImplemented;
      const [y, m, d] = ord2ymd(ord(this) + Number(floorDiv(o.$us, US_PER_DAY)));
      return mkDate(y, m, d);
    },
    __radd__(this: any, o: any) { return (dateClass.prototype.__add__ as any).call(this, o); },
    __sub__(this: any, o: any) {
      if (o instanceof TD) return (dateClass.prototype.__add__ as any).call(this, td(-o.$us));
      if (o instanceof PyDate && !(o instanceof PyDT)) return td(BigInt(ord(this) - ord(o)) * US_PER_DAY);
      return NotImplemented;
    },
    __eq__(this: any, o: any) { return cmpDate(this, o, (a: number, b: number) => a === b); },
    __ne__(this: any, o: any) { const r = cmpDate(this, o, (a: number, b: number) => a === b); return r === NotImplemented ? r : !r; },
    __lt__(this: any, o: any) { return cmpDate(this, o, (a: number, b: number) => a < b); },
    __le__(this: any, o: any) { return cmpDate(this, o, (a: number, b: number) => a <= b); },
    __gt__(this: any, o: any) { return cmpDate(this, o, (a: number, b: number) => a > b); },
    __ge__(this: any, o: any) { return cmpDate(this, o, (a: number, b: number) => a >= b); },
    __hash__(this: any) { return ord(this); },
  } });

  const tzArg = (tz: any) => { if (tz !== None && !(tz instanceof TZ)) throw pyErr(E.TypeError, `tzinfo argument must be None or of a tzinfo subclass, not type '${tz?.$cls?.$name}'`); return tz; };
  const dtCmp = (op: (a: bigint, b: bigint) => boolean, eq = false) => function (this: any, o: any) { return cmpDT(this, o, op, eq); };
  const datetimeClass: PyClass = nativeClass({ name: 'datetime', module: 'datetime', bases: [dateClass], es: PyDT, new: (C, args, kw) => {
    const v = argv(['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'], args, kw, 'datetime', 3);
    return mkDT(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tzArg(v[7]), C);
  }, dict: {
    ...common,
    hour: prop('hour', (o: any) => o.$H), minute: prop('minute', (o: any) => o.$M), second: prop('second', (o: any) => o.$S),
    microsecond: prop('microsecond', (o: any) => o.$us), tzinfo: prop('tzinfo', (o: any) => o.$tz), fold: 0,
    now: classMethod(kwMethod('now', ['tz'], function (this: any, tz: any = None) { return fromTimestamp(clock.wall(), tzArg(tz)); })),
    utcnow: classMethod(function () { return fromTimestamp(clock.wall(), None); }),
    today: classMethod(function () { return today(); }),
    fromtimestamp: classMethod(kwMethod('fromtimestamp', ['timestamp', 'tz'], function (t: any, tz: any = None) { return fromTimestamp(t instanceof PyFloat ? t.v : Number(t), tzArg(tz)); })),
    utcfromtimestamp: classMethod(function (t: any) { return fromTimestamp(t instanceof PyFloat ? t.v : Number(t), None); }),
    fromisoformat: classMethod(function (s: any) { const p = parseIso(str(s), true); return mkDT(p.y, p.m, p.d, p.H, p.M, p.S, p.us, p.off === undefined ? None : mkTz(p.off)); }),
    strptime: classMethod(function (s: any, f: any) { const p = strptime(str(s), str(f)); return mkDT(p.y, p.m, p.d, p.H, p.M, p.S, p.us, p.off === undefined ? None : mkTz(p.off)); }),
    combine: classMethod(function (d: any, t: any, tz: any = undefined) { return mkDT(d.$y, d.$m, d.$d, t.$H, t.$M, t.$S, t.$us, tz === undefined ? t.$tz : tz); }),
    fromordinal: classMethod(function (n: any) { const [y, m, d] = ord2ymd(Number(n)); return mkDT(y, m, d); }),
    timestamp(this: any) {
      const us = BigInt((this.$tz === None ? dtUs(this) : utcUs(this)) - EPOCH_US);
      return new PyFloat(Number(us / 1000000n) + Number(us % 1000000n) / 1e6);
    },
    date(this: any) { return mkDate(this.$y, this.$m, this.$d); },
    time(this: any) { return mkTime(this.$H, this.$M, this.$S, this.$us); },
    timetz(this: any) { return mkTime(this.$H, this.$M, this.$S, this.$us, this.$tz); },
    utcoffset(this: any) { return this.$tz === None ? None : td(this.$tz.$off); },
    tzname(this: any) { return this.$tz === None ? None : (this.$tz as any).$cls.prototype.tzname.call(this.$tz); },
    astimezone(this: any, tz: any = None) { const z = tz === None ? h.utc : tz; return dtFromUs(utcUs(this) + z.$off, z); },
    replace: kwFn((o, a, kw) => {
      const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'];
      const cur = [o.$y, o.$m, o.$d, o.$H, o.$M, o.$S, o.$us, o.$tz];
      const v = names.map((n, i) => (i < a.length ? a[i] : kw?.has(n) ? kw.get(n) : cur[i]));
      return mkDT(...(v.slice(0, 7).map(Number) as [number, number, number, number, number, number, number]), tzArg(v[7]));
    }),
    isoformat: kwFn((o, a, kw) => dtIso(o, str(a[0] ?? kw?.get('sep') ?? 'T'), str(a[1] ?? kw?.get('timespec') ?? 'auto'))),
    __str__(this: any) { return dtIso(this, ' '); },
    __repr__(this: any) {
      let s = `datetime.datetime(${this.$y}, ${this.$m}, ${this.$d}, ${this.$H}, ${this.$M}`;
      if (this.$us) s += `, ${this.$S}, ${this.$us}`; else if (this.$S) s += `, ${this.$S}`;
      if (this.$tz !== None) s += `, tzinfo=${repr(this.$tz)}`;
      return s + ')';
    },
    __add__(this: any, o: any) { return o instanceof TD ? dtFromUs(dtUs(this) + o.$us, this.$tz) : NotImplemented; },
    __radd__(this: any, o: any) { return o instanceof TD ? dtFromUs(dtUs(this) + o.$us, this.$tz) : NotImplemented; },
    __sub__(this: any, o: any) {
      if (o instanceof TD) return dtFromUs(dtUs(this) - o.$us, this.$tz);
      if (o instanceof PyDT) {
        if ((this.$tz === None) !== (o.$tz === None)) throw pyErr(E.TypeError, "can't subtract offset-naive and offset-aware datetimes");
        return td((utcUs(this) as bigint) - (utcUs(o) as bigint));
      }
      return NotImplemented;
    },
    __eq__: dtCmp((a, b) => a === b, true), __ne__: function (this: any, o: any) { const r = cmpDT(this, o, (a: bigint, b: bigint) => a === b, true); return r === NotImplemented ? r : !r; },
    __lt__: dtCmp((a, b) => a < b), __le__: dtCmp((a, b) => a <= b), __gt__: dtCmp((a, b) => a > b), __ge__: dtCmp((a, b) => a >= b),
    __hash__(this: any) { return hash(str(utcUs(this))); },
  } });

  const timeClass: PyClass = nativeClass({ name: 'time', module: 'datetime', es: PyTime, new: (_C, args, kw) => {
    const v = argv(['hour', 'minute', 'second', 'microsecond', 'tzinfo'], args, kw, 'time', 0);
    return mkTime(v[0], v[1], v[2], v[3], tzArg(v[4]));
  }, dict: {
    hour: prop('hour', (o: any) => o.$H), minute: prop('minute', (o: any) => o.$M), second: prop('second', (o: any) => o.$S),
    microsecond: prop('microsecond', (o: any) => o.$us), tzinfo: prop('tzinfo', (o: any) => o.$tz),
    isoformat(this: any, spec: any = 'auto') { return isoTime(this, str(spec)) + tzSuffix(this); },
    __str__(this: any) { return isoTime(this) + tzSuffix(this); },
    __format__(this: any, spec: any) { return spec ? fmt(mkDT(1900, 1, 1, this.$H, this.$M, this.$S, this.$us, this.$tz), str(spec)) : str(this); },
    strftime(this: any, f: any) { return fmt(mkDT(1900, 1, 1, this.$H, this.$M, this.$S, this.$us, this.$tz), str(f)); },
    __repr__(this: any) {
      let s = `datetime.time(${this.$H}, ${this.$M}`;
      if (this.$us) s += `, ${this.$S}, ${this.$us}`; else if (this.$S) s += `, ${this.$S}`;
      if (this.$tz !== None) s += `, tzinfo=${repr(this.$tz)}`;
      return s + ')';
    },
    __eq__(this: any, o: any) { return o instanceof PyTime ? isoTime(this, 'microseconds') === isoTime(o, 'microseconds') : NotImplemented; },
    __lt__(this: any, o: any) { return o instanceof PyTime ? isoTime(this, 'microseconds') < isoTime(o, 'microseconds') : NotImplemented; },
    __le__(this: any, o: any) { return o instanceof PyTime ? isoTime(this, 'microseconds') <= isoTime(o, 'microseconds') : NotImplemented; },
    __gt__(this: any, o: any) { return o instanceof PyTime ? isoTime(this, 'microseconds') > isoTime(o, 'microseconds') : NotImplemented; },
    __ge__(this: any, o: any) { return o instanceof PyTime ? isoTime(this, 'microseconds') >= isoTime(o, 'microseconds') : NotImplemented; },
    __hash__(this: any) { return hash(isoTime(this, 'microseconds')); },
  } });
  function mkTz(off: bigint) { return off === 0n ? h.utc : h.tzClass(td(off)); }
  return { dateClass, datetimeClass, timeClass };
}
