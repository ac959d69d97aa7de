// glibc's strftime in the C locale, for time.strftime and datetime.strftime.

export interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  /** Monday = 0, as Python's tm_wday. */
  wday: number;
  yday: number; isdst: number; zone: string; gmtoff: number;
  /** Microseconds (datetime only; time.strftime leaves %f alone). */
  usec?: number;
}

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wd = tm.wday + 1; // Monday = 1 .. Sunday = 7
  const jan1 = ((wd - (tm.yday - 1)) % 7 + 7 + 6) % 7 + 1; // ISO weekday of Jan 1
  const weeksIn = (y: number, j1: number) => (j1 === 4 || (isLeap(y) && j1 === 3) ? 53 : 52);
  const week = Math.floor((tm.yday - wd + 10) / 7);
  if (week < 1) {
    const plen = isLeap(tm.year - 1) ? 366 : 365;
    const pj1 = ((jan1 - 1 - plen) % 7 + 7 * 60) % 7 + 1;
    return [tm.year - 1, weeksIn(tm.year - 1, pj1)];
  }
  if (week > weeksIn(tm.year, jan1)) return [tm.year + 1, 1];
  return [tm.year, week];
}
export function isLeap(y: number) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }

/** Format `tm`; `epoch` is the POSIX timestamp for %s. `extra` handles directives like %f. */
export function strftime(fmt: string, tm: Tm, epoch: number, extra?: (c: string) => string | undefined): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) { out += ch; continue; }
    let j = i + 1;
    let flag = '';
    if ('-_0^#'.includes(fmt[j]) && j + 1 < fmt.length) { flag = fmt[j]; j++; }
    const c = fmt[j];
    const num = (n: number, w: number, pad = '0') => {
      const p = flag === '-' ? '' : flag === '_' ? ' ' : flag === '0' ? '0' : pad;
      const s = String(Math.abs(n));
      return (n < 0 ? '-' : '') + (p ? s.padStart(w, p) : s);
    };
    const txt = (s: string) => (flag === '^' ? s.toUpperCase() : flag === '#' ? swapCase(s) : s);
    let r: string | undefined;
    const x = extra?.(c);
    if (x !== undefined) r = x;
    else switch (c) {
      case 'a': r = txt(DAYS[tm.wday].slice(0, 3)); break;
      case 'A': r = txt(DAYS[tm.wday]); break;
      case 'b': case 'h': r = txt(MONTHS[tm.mon - 1].slice(0, 3)); break;
      case 'B': r = txt(MONTHS[tm.mon - 1]); break;
      case 'c': r = strftime('%a %b %e %H:%M:%S %Y', tm, epoch); break;
      case 'C': r = num(Math.floor(tm.year / 100), 2); break;
      case 'd': r = num(tm.mday, 2); break;
      case 'D': r = strftime('%m/%d/%y', tm, epoch); break;
      case 'e': r = num(tm.mday, 2, ' '); break;
      case 'F': r = `${num(tm.year, 1)}-${String(tm.mon).padStart(2, '0')}-${String(tm.mday).padStart(2, '0')}`; break;
      case 'g': r = num(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'G': r = num(isoWeek(tm)[0], 1); break;
      case 'H': r = num(tm.hour, 2); break;
      case 'I': r = num(tm.hour % 12 || 12, 2); break;
      case 'j': r = num(tm.yday, 3); break;
      case 'k': r = num(tm.hour, 2, ' '); break;
      case 'l': r = num(tm.hour % 12 || 12, 2, ' '); break;
      case 'm': r = num(tm.mon, 2); break;
      case 'M': r = num(tm.min, 2); break;
      case 'n': r = '\n'; break;
      case 'p': r = flag === '#' ? (tm.hour < 12 ? 'am' : 'pm') : (tm.hour < 12 ? 'AM' : 'PM'); break;
      case 'P': r = tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': r = strftime('%I:%M:%S %p', tm, epoch); break;
      case 'R': r = strftime('%H:%M', tm, epoch); break;
      case 's': r = String(Math.floor(epoch)); break;
      case 'S': r = num(tm.sec, 2); break;
      case 't': r = '\t'; break;
      case 'T': r = strftime('%H:%M:%S', tm, epoch); break;
      case 'u': r = String(tm.wday + 1); break;
      case 'U': r = num(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7), 2); break;
      case 'V': r = num(isoWeek(tm)[1], 2); break;
      case 'w': r = String((tm.wday + 1) % 7); break;
      case 'W': r = num(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'x': r = strftime('%m/%d/%y', tm, epoch); break;
      case 'X': r = strftime('%H:%M:%S', tm, epoch); break;
      case 'y': r = num(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': r = num(tm.year, 1); break;
      case 'z': {
        const o = tm.gmtoff, a = Math.abs(o);
        r = `${o < 0 ? '-' : '+'}${String(Math.floor(a / 3600)).padStart(2, '0')}${String(Math.floor(a % 3600 / 60)).padStart(2, '0')}`;
        break;
      }
      case 'Z': r = txt(tm.zone); break;
      case '%': r = '%'; break;
      default: r = undefined;
    }
    if (r === undefined) { out += fmt.slice(i, j + 1); i = j; continue; }
    out += r;
    i = j;
  }
  return out;
}

function swapCase(s: string) {
  return [...s].map(ch => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
}
