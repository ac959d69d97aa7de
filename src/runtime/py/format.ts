// The format-spec mini-language (CPython Python/formatter_unicode.c) for int, bool, float and str,
// and format(v, spec) as used by f-strings and format().
import { PyFloat, floatClass, typeName } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { Int, intToStr, intToFloat } from './int';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from './formatDecimal';
import { str } from './protocols';

export interface Spec {
  fill: string; align: string; sign: string; z: boolean; alt: boolean;
  width: number; sep: string; precision: number; type: string;
}

const ALIGN = '<>=^';

function readInt(s: string, i: number): [number, number] {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j === i) return [-1, i];
  if (j - i > 18) throw pyErr(E.ValueError, 'Too many decimal digits in format string');
  return [parseInt(s.slice(i, j), 10), j];
}

/** parse_internal_render_format_spec */
export function parseSpec(spec: string, v: any, defType: string, defAlign: string): Spec {
  const sp: Spec = { fill: ' ', align: defAlign, sign: '', z: false, alt: false, width: -1, sep: '', precision: -1, type: defType };
  let i = 0;
  let fillGiven = false, alignGiven = false;
  const c0 = spec.codePointAt(0);
  const c0len = c0 !== undefined && c0 > 0xffff ? 2 : 1;
  if (spec.length > c0len && ALIGN.includes(spec[c0len])) {
    sp.fill = spec.slice(0, c0len); sp.align = spec[c0len]; fillGiven = alignGiven = true; i = c0len + 1;
  } else if (spec.length > 0 && ALIGN.includes(spec[0])) {
    sp.align = spec[0]; alignGiven = true; i = 1;
  }
  if (spec[i] === '+' || spec[i] === '-' || spec[i] === ' ') sp.sign = spec[i++];
  if (spec[i] === 'z') { sp.z = true; i++; }
  if (spec[i] === '#') { sp.alt = true; i++; }
  if (!fillGiven && spec[i] === '0') {
    sp.fill = '0';
    if (!alignGiven && defAlign === '>') sp.align = '=';
    i++;
  }
  [sp.width, i] = readInt(spec, i);
  if (spec[i] === ',') { sp.sep = ','; i++; }
  if (spec[i] === '_') {
    if (sp.sep) throw pyErr(E.ValueError, "Cannot specify both ',' and '_'.");
    sp.sep = '_'; i++;
  }
  if (spec[i] === ',' && sp.sep === '_') throw pyErr(E.ValueError, "Cannot specify both ',' and '_'.");
  if (spec[i] === '.') {
    [sp.precision, i] = readInt(spec, i + 1);
    if (sp.precision < 0) throw pyErr(E.ValueError, 'Format specifier missing precision');
  }
  if (spec.length - i > 1) {
    throw pyErr(E.ValueError, `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  }
  if (spec.length - i === 1) sp.type = spec[i];
  if (sp.sep) {
    if (sp.type === '' || 'defgEG%F'.includes(sp.type)) { /* allowed */ } else if ('boxX'.includes(sp.type) && sp.sep === '_') { /* groups of four */ } else {
      throw pyErr(E.ValueError, `Cannot specify '${sp.sep}' with ${typeDesc(sp.type)}.`);
    }
  }
  return sp;
}
function typeDesc(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${t}'` : `'\\x${c.toString(16)}'`;
}

function unknownCode(t: string, v: any) {
  const c = t.codePointAt(0)!;
  const code = c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
  return pyErr(E.ValueError, `Unknown format code '${code}' for object of type '${typeName(v)}'`);
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0xd800 && c < 0xdc00) n--; }
  return n;
}

/** _PyUnicode_InsertThousandsGrouping: group digits from the right, zero-padding to minWidth. */
export function groupDigits(d: string, minWidth: number, size: number, sep: string): string {
  if (size === 0) {
    const l = Math.max(d.length, minWidth, 1);
    return '0'.repeat(l - d.length) + d;
  }
  let remaining = d.length, pos = d.length, mw = minWidth, out = '', useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, l - remaining), nChars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nZeros) + d.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
    remaining -= nChars; pos -= nChars; mw -= l;
    if (remaining <= 0 && mw <= 0) return out;
    mw -= sep.length;
    useSep = true;
  }
}

/** calc_number_widths + fill_number: sign, prefix, padding, grouped digits, rest. */
function layout(sp: Spec, neg: boolean, prefix: string, digits: string, rest: string, group: number): string {
  const sign = sp.sign === '+' ? (neg ? '-' : '+') : sp.sign === ' ' ? (neg ? '-' : ' ') : neg ? '-' : '';
  const nonDigit = sign.length + prefix.length + cpLen(rest);
  const minWidth = sp.fill === '0' && sp.align === '=' ? sp.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, group, sp.sep);
  const pad = sp.width - (nonDigit + grouped.length);
  let l = 0, s = 0, r = 0;
  if (pad > 0) {
    switch (sp.align) {
      case '<': r = pad; break;
      case '^': l = pad >> 1; r = pad - l; break;
      case '=': s = pad; break;
      default: l = pad;
    }
  }
  const f = sp.fill;
  return (l ? f.repeat(l) : '') + sign + prefix + (s ? f.repeat(s) : '') + grouped + rest + (r ? f.repeat(r) : '');
}

// ---------------------------------------------------------------- int

/** format(int, spec) for a non-empty spec. */
export function formatInt(v: Int, spec: string, obj: any = v): string {
  const sp = parseSpec(spec, obj, 'd', '>');
  switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': return formatIntSpec(v, sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return formatFloatSpec(intToFloat(v), sp);
  }
  throw unknownCode(sp.type, obj);
}

export function formatIntSpec(v: Int, sp: Spec): string {
  if (sp.precision !== -1) throw pyErr(E.ValueError, 'Precision not allowed in integer format specifier');
  if (sp.z) throw pyErr(E.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (sp.type === 'c') {
    if (sp.sign) throw pyErr(E.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw pyErr(E.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) throw pyErr(E.OverflowError, '%c arg not in range(0x110000)');
    return layout(sp, false, '', '', String.fromCodePoint(Number(v)), 0);
  }
  const base = sp.type === 'b' ? 2 : sp.type === 'o' ? 8 : sp.type === 'x' || sp.type === 'X' ? 16 : 10;
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits = base === 10 ? intToStr(a) : a.toString(base);
  let prefix = sp.alt && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  if (sp.type === 'X') { digits = digits.toUpperCase(); prefix = prefix.toUpperCase(); }
  const group = sp.type === 'n' || !sp.sep ? 0 : base === 10 ? 3 : 4;
  return layout(sp, neg, prefix, digits, '', group);
}

// ---------------------------------------------------------------- float

/** format(float, spec) for a non-empty spec. */
export function formatFloat(x: number, spec: string, obj: any = undefined): string {
  const sp = parseSpec(spec, obj ?? new PyFloat(x), '', '>');
  switch (sp.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, sp);
  }
  throw unknownCode(sp.type, obj ?? new PyFloat(x));
}

export function formatFloatSpec(x: number, sp: Spec): string {
  let type = sp.type, precision = sp.precision, flags = 0, defPrec = 6, pct = false;
  if (sp.alt) flags |= DTSF_ALT;
  if (sp.z) flags |= DTSF_NO_NEG_0;
  if (type === '') { flags |= DTSF_ADD_DOT_0; type = 'r'; defPrec = 0; }
  if (type === 'n') type = 'g';
  if (type === '%') { type = 'f'; x *= 100; pct = true; }
  if (precision < 0) precision = defPrec;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type, precision, flags);
  if (pct) s += '%';
  let neg = false;
  if (s[0] === '-') { neg = true; s = s.slice(1); }
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  const group = sp.type === 'n' || !sp.sep ? 0 : 3;
  return layout(sp, neg, '', s.slice(0, k), s.slice(k), group);
}

// ---------------------------------------------------------------- str

/** format(str, spec) for a non-empty spec. */
export function formatStr(s: string, spec: string): string {
  const sp = parseSpec(spec, s, 's', '<');
  if (sp.type !== 's') throw unknownCode(sp.type, s);
  if (sp.sign === ' ') throw pyErr(E.ValueError, 'Space not allowed in string format specifier');
  if (sp.sign) throw pyErr(E.ValueError, 'Sign not allowed in string format specifier');
  if (sp.z) throw pyErr(E.ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) throw pyErr(E.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') throw pyErr(E.ValueError, "'=' alignment not allowed in string format specifier");
  let len = cpLen(s);
  if (sp.precision >= 0 && len > sp.precision) {
    s = len === s.length ? s.slice(0, sp.precision) : Array.from(s).slice(0, sp.precision).join('');
    len = sp.precision;
  }
  const pad = sp.width - len;
  if (pad <= 0) return s;
  const f = sp.fill;
  switch (sp.align) {
    case '>': return f.repeat(pad) + s;
    case '^': { const l = pad >> 1; return f.repeat(l) + s + f.repeat(pad - l); }
    default: return s + f.repeat(pad);
  }
}

// ---------------------------------------------------------------- format()

/** format(v, spec): builtin types directly, everything else through type(v).__format__. */
export function format(v: any, spec: string = ''): string {
  switch (typeof v) {
    case 'string': return spec === '' ? v : formatStr(v, spec);
    case 'number': return spec === '' ? String(v) : formatInt(v, spec);
    case 'bigint': return spec === '' ? intToStr(v) : formatInt(v, spec);
    case 'boolean': return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1 : 0, spec, v);
  }
  if (v instanceof PyFloat && v.$cls === floatClass) return spec === '' ? str(v) : formatFloat(v.v, spec, v);
  if (typeof spec !== 'string') throw pyErr(E.TypeError, `format() argument 2 must be str, not ${typeName(spec)}`);
  const f = lookupSpecial(v, '__format__');
  if (typeof f !== 'function') throw pyErr(E.TypeError, `Type ${typeName(v)} doesn't define __format__`);
  const r = callSpecial(f, v, spec);
  if (typeof r !== 'string') throw pyErr(E.TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}
