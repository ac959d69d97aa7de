// datetime.fromisoformat and datetime.strptime parsing (the common directives).
import { E, pyErr } from '../py/exceptions';
import { repr } from '../py/protocols';
import { DAYS, MONTHS } from './_strftime';

export interface Parsed { y: number; m: number; d: number; H: number; M: number; S: number; us: number; off?: bigint }

function offsetOf(s: string): bigint {
  if (s === 'Z' || s === 'z') return 0n;
  const m = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?$/.exec(s);
  if (!m) throw undefined;
  const us = ((BigInt(m[2]) * 60n + BigInt(m[3])) * 60n + BigInt(m[4] ?? 0)) * 1000000n + BigInt((m[5] ?? '').padEnd(6, '0') || 0);
  return m[1] === '-' ? -us : us;
}

export function parseIso(s: string, withTime: boolean): Parsed {
  const bad = () => pyErr(E.ValueError, `Invalid isoformat string: ${repr(s)}`);
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?)?$/.exec(s);
  if (!m || (!withTime && m[4] !== undefined)) throw bad();
  let off: bigint | undefined;
  if (m[8] !== undefined) { try { off = offsetOf(m[8].length === 3 ? m[8] + '00' : m[8]); } catch { throw bad(); } }
  return { y: +m[1], m: +m[2], d: +m[3], H: +(m[4] ?? 0), M: +(m[5] ?? 0), S: +(m[6] ?? 0), us: +((m[7] ?? '').padEnd(6, '0') || 0), off };
}

const NAMES = (xs: string[], short: boolean) => xs.map(x => (short ? x.slice(0, 3) : x)).join('|');

/** datetime.strptime(s, fmt) for %Y %y %m %d %H %I %M %S %f %p %b %B %a %A %j %z %Z %% (C locale). */
export function strptime(s: string, f: string): Parsed {
  let re = '';
  const groups: string[] = [];
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c !== '%') { re += /\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); continue; }
    const d = f[++i];
    const g = (name: string, pat: string) => { groups.push(name); re += `(${pat})`; };
    switch (d) {
      case 'Y': g('Y', '\\d{4}'); break;
      case 'y': g('y', '\\d{2}'); break;
      case 'm': g('m', '1[0-2]|0[1-9]|[1-9]'); break;
      case 'd': g('d', '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]'); break;
      case 'H': g('H', '2[0-3]|[0-1]\\d|\\d'); break;
      case 'I': g('I', '1[0-2]|0[1-9]|[1-9]'); break;
      case 'M': g('M', '[0-5]\\d|\\d'); break;
      case 'S': g('S', '6[0-1]|[0-5]\\d|\\d'); break;
      case 'f': g('f', '\\d{1,6}'); break;
      case 'p': g('p', 'am|pm'); break;
      case 'b': case 'h': g('b', NAMES(MONTHS, true)); break;
      case 'B': g('B', NAMES(MONTHS, false)); break;
      case 'a': g('a', NAMES(DAYS, true)); break;
      case 'A': g('A', NAMES(DAYS, false)); break;
      case 'j': g('j', '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]'); break;
      case 'z': g('z', '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)'); break;
      case 'Z': g('Z', 'utc|gmt'); break;
      case '%': re += '%'; break;
      default: throw pyErr(E.ValueError, `'${d}' is a bad directive in format '${f}'`);
    }
  }
  const m = new RegExp('^(?:' + re + ')', 'i').exec(s);
  if (!m) throw pyErr(E.ValueError, `time data ${repr(s)} does not match format ${repr(f)}`);
  if (m[0].length !== s.length) throw pyErr(E.ValueError, `unconverted data remains: ${s.slice(m[0].length)}`);
  const p: Parsed = { y: 1900, m: 1, d: 1, H: 0, M: 0, S: 0, us: 0 };
  let pm: boolean | undefined, hour12: number | undefined;
  groups.forEach((name, i) => {
    const v = m[i + 1];
    switch (name) {
      case 'Y': p.y = +v; break;
      case 'y': p.y = +v < 69 ? 2000 + +v : 1900 + +v; break;
      case 'm': p.m = +v; break;
      case 'd': p.d = +v; break;
      case 'H': p.H = +v; break;
      case 'I': hour12 = +v; break;
      case 'M': p.M = +v; break;
      case 'S': p.S = +v; break;
      case 'f': p.us = +v.padEnd(6, '0'); break;
      case 'p': pm = v.toLowerCase() === 'pm'; break;
      case 'b': p.m = MONTHS.findIndex(x => x.slice(0, 3).toLowerCase() === v.toLowerCase()) + 1; break;
      case 'B': p.m = MONTHS.findIndex(x => x.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'z': p.off = offsetOf(v); break;
      case 'Z': if (v.toLowerCase() === 'utc' || v.toLowerCase() === 'gmt') { /* naive */ } break;
    }
  });
  if (hour12 !== undefined) p.H = (hour12 % 12) + (pm ? 12 : 0);
  return p;
}
