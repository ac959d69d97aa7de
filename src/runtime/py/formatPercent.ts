// printf-style formatting: str % args (CPython's PyUnicode_Format).
import { PyFloat, isTuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial } from './attrs';
import { str, repr, getitem } from './protocols';
import { Int, intOf, intToStr, index } from './int';
import { toInt, asDouble, isNumberLike } from './opsConvert';
import { doubleToString, DTSF_ALT } from './formatDecimal';

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiEscape(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, ch => {
    const c = ch.codePointAt(0)!;
    const h = c.toString(16);
    return c < 0x100 ? '\\x' + h.padStart(2, '0') : c < 0x10000 ? '\\u' + h.padStart(4, '0') : '\\U' + h.padStart(8, '0');
  });
}

function isMapping(v: any): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  return typeof lookupSpecial(v, '__getitem__') === 'function';
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0xd800 && c < 0xdc00) n--; }
  return n;
}
function cpSlice(s: string, n: number): string {
  return cpLen(s) === s.length ? s.slice(0, n) : Array.from(s).slice(0, n).join('');
}

/** _PyUnicode_FormatLong */
function formatLong(v: Int, alt: boolean, prec: number, type: string): string {
  const neg = v < 0;
  const a = neg ? (typeof v === 'number' ? -v : -v) : v;
  let digits = type === 'o' ? a.toString(8) : type === 'x' || type === 'X' ? a.toString(16) : intToStr(a);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && type !== 'd' && type !== 'i' && type !== 'u' ? (type === 'o' ? '0o' : '0x') : '';
  const s = (neg ? '-' : '') + prefix + digits;
  return type === 'X' ? s.toUpperCase() : s;
}

function formatChar(v: any): string {
  if (typeof v === 'string') {
    if (cpLen(v) === 1) return v;
  } else {
    let x: Int | undefined = intOf(v);
    if (x === undefined && typeof v === 'object' && !(v instanceof PyFloat) && typeof lookupSpecial(v, '__index__') === 'function') x = index(v);
    if (x !== undefined) {
      if (x < 0 || x > 0x10ffff) throw pyErr(E.OverflowError, '%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(x));
    }
  }
  throw pyErr(E.TypeError, '%c requires int or char');
}

/** fmt % args */
export function percentFormat(fmt: string, args: any): string {
  let cur = args;
  let arglen: number, argidx: number;
  if (isTuple(args)) { arglen = args.length; argidx = 0; } else { arglen = -1; argidx = -2; }
  const dict = !isTuple(args) && typeof args !== 'string' && isMapping(args) ? args : undefined;
  const nextArg = (): any => {
    if (argidx < arglen) { argidx++; return arglen < 0 ? cur : cur[argidx - 1]; }
    throw pyErr(E.TypeError, 'not enough arguments for format string');
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw pyErr(E.ValueError, 'incomplete format');
    let ch = fmt[i];
    if (ch === '%') { out += '%'; i++; continue; }
    if (ch === '(') {
      if (dict === undefined) throw pyErr(E.TypeError, 'format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) { if (fmt[j] === ')') depth--; else if (fmt[j] === '(') depth++; j++; }
      if (depth > 0) throw pyErr(E.ValueError, 'incomplete format key');
      cur = getitem(dict, fmt.slice(i + 1, j - 1));
      arglen = -1; argidx = -2;
      i = j;
    }
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') flags |= F_LJUST; else if (c === '+') flags |= F_SIGN; else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT; else if (c === '0') flags |= F_ZERO; else break;
    }
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      const w = nextArg();
      if (typeof w !== 'number' && typeof w !== 'bigint' && typeof w !== 'boolean') throw pyErr(E.TypeError, '* wants int');
      width = Number(w);
      if (width < 0) { flags |= F_LJUST; width = -width; }
      i++;
    } else {
      const m = /^\d+/.exec(fmt.slice(i, i + 20));
      if (m) { width = parseInt(m[0], 10); i += m[0].length; }
    }
    if (fmt[i] === '.') {
      i++;
      prec = 0;
      if (fmt[i] === '*') {
        const p = nextArg();
        if (typeof p !== 'number' && typeof p !== 'bigint' && typeof p !== 'boolean') throw pyErr(E.TypeError, '* wants int');
        prec = Math.max(0, Number(p));
        i++;
      } else {
        const m = /^\d+/.exec(fmt.slice(i, i + 20));
        if (m) { prec = parseInt(m[0], 10); i += m[0].length; }
      }
    }
    if (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw pyErr(E.ValueError, 'incomplete format');
    const cp = fmt.codePointAt(i)!;
    ch = String.fromCodePoint(cp);
    const at = i;
    i += ch.length;
    const v = nextArg();
    let body: string, numeric = false;
    switch (ch) {
      case 's': body = typeof v === 'string' ? v : str(v); break;
      case 'r': body = repr(v); break;
      case 'a': body = asciiEscape(repr(v)); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        let iv = intOf(v);
        if (iv === undefined) {
          const wrong = () => pyErr(E.TypeError, `%${ch} format: ${'oxX'.includes(ch) ? 'an integer' : 'a real number'} is required, not ${typeName(v)}`);
          if (typeof v === 'string' || !isNumberLike(v)) throw wrong();
          try { iv = 'oxX'.includes(ch) ? index(v) : toInt(v); } catch (e: any) {
            if (e?.$cls === E.TypeError) throw wrong();
            throw e;
          }
        }
        body = formatLong(iv, (flags & F_ALT) !== 0, prec, ch);
        numeric = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        body = doubleToString(asDouble(v), ch, prec < 0 ? 6 : prec, (flags & F_ALT) ? DTSF_ALT : 0);
        numeric = true;
        break;
      case 'c': body = formatChar(v); break;
      default:
        throw pyErr(E.ValueError, `unsupported format character '${cp >= 31 && cp <= 126 ? ch : '?'}' (0x${cp.toString(16)}) at index ${cpLen(fmt.slice(0, at))}`);
    }
    out += pad(body, ch, numeric, flags, width, prec);
  }
  if (argidx < arglen && dict === undefined) throw pyErr(E.TypeError, 'not all arguments converted during string formatting');
  return out;
}

/** unicode_format_arg_output: sign, alternate prefix, zero/space padding. */
function pad(s: string, ch: string, numeric: boolean, flags: number, width: number, prec: number): string {
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && cpLen(s) > prec) s = cpSlice(s, prec);
  let len = cpLen(s);
  if ((width === -1 || width <= len) && !(flags & (F_SIGN | F_BLANK))) return s;
  let p = 0, sign = '';
  if (numeric) {
    if (s[0] === '-' || s[0] === '+') { sign = s[0]; p = 1; len--; }
    else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  const fill = numeric && (flags & F_ZERO) ? '0' : ' ';
  let w = width < len ? len : width;
  let out = '';
  if (sign) { if (fill !== ' ') out += sign; if (w > len) w--; }
  let prefix = '';
  if ((flags & F_ALT) && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = s.slice(p, p + 2);
    if (fill !== ' ') out += prefix;
    w -= 2; if (w < 0) w = 0;
    len -= 2; p += 2;
  }
  if (w > len && !(flags & F_LJUST)) { out += fill.repeat(w - len); w = len; }
  if (fill === ' ') out += sign + prefix;
  out += s.slice(p);
  if (w > len) out += ' '.repeat(w - len);
  return out;
}
