// str methods, part 2: predicates, padding, tabs, encode, translate, format.
'use strict';
import { None, typeName, isInstance } from './object';
import { E, pyErr } from './exceptions';
import { intArg, kwMethod } from './slice';
import { getitem } from './protocols';
import { strFormat, strFormatMap } from './formatStrMethod';
import { cps, strLen, isPrintableCp, WS_RE } from './strUtil';
import { isUpperCh, isLowerCh, isTitleCh } from './strMethods';
import { PyBytes } from './bytes';
import { PyDict, dictFromPairs } from './dict';

// ---------------------------------------------------------------- predicates

const DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{1f100}-\u{1f10a}]/u;
const NUMERIC_EXTRA = /[\u3007\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u767e\u5104\u5146\u96f6\u842c\u58f9\u8cb3\u53c3\u8086\u4f0d\u9678\u67d2\u634c\u7396\u62fe\u4f70\u4edf]/;
const ALPHA = /\p{L}/u, DECIMAL = /\p{Nd}/u, NUMERIC = /\p{N}/u;
const XID_START = /[\p{XID_Start}_]/u, XID_CONT = /\p{XID_Continue}/u;

const isDecimalCh = (c: string) => DECIMAL.test(c);
const isDigitCh = (c: string) => DECIMAL.test(c) || DIGIT_EXTRA.test(c);
const isNumericCh = (c: string) => NUMERIC.test(c) || NUMERIC_EXTRA.test(c);
const isAlphaCh = (c: string) => ALPHA.test(c);

function all(s: string, f: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!f(c)) return false;
  return true;
}

export const predicateMethods = {
  isdigit(this: string) { return /^[0-9]+$/.test(this) || all(this, isDigitCh); },
  isdecimal(this: string) { return /^[0-9]+$/.test(this) || all(this, isDecimalCh); },
  isnumeric(this: string) { return /^[0-9]+$/.test(this) || all(this, isNumericCh); },
  isalpha(this: string) { return /^[a-zA-Z]+$/.test(this) || all(this, isAlphaCh); },
  isalnum(this: string) {
    return /^[a-zA-Z0-9]+$/.test(this) || all(this, c => isAlphaCh(c) || isNumericCh(c) || isDigitCh(c));
  },
  isspace(this: string) { return all(this, c => WS_RE.test(c)); },
  isascii(this: string) { return /^[\x00-\x7f]*$/.test(this); },
  isprintable(this: string) { for (const c of this) if (!isPrintableCp(c)) return false; return true; },
  isidentifier(this: string) {
    const a = cps(this);
    if (!a.length || !XID_START.test(a[0])) return false;
    for (let i = 1; i < a.length; i++) if (!XID_CONT.test(a[i])) return false;
    return true;
  },
  isupper(this: string) {
    let cased = false;
    for (const c of this) {
      if (isLowerCh(c) || isTitleCh(c)) return false;
      if (!cased && isUpperCh(c)) cased = true;
    }
    return cased;
  },
  islower(this: string) {
    let cased = false;
    for (const c of this) {
      if (isUpperCh(c) || isTitleCh(c)) return false;
      if (!cased && isLowerCh(c)) cased = true;
    }
    return cased;
  },
  istitle(this: string) {
    let cased = false, prev = false;
    for (const c of this) {
      if (isUpperCh(c) || isTitleCh(c)) {
        if (prev) return false;
        prev = true; cased = true;
      } else if (isLowerCh(c)) {
        if (!prev) return false;
        prev = true; cased = true;
      } else prev = false;
    }
    return cased;
  },
};

// ---------------------------------------------------------------- padding

function fillArg(f: any): string {
  if (f === undefined) return ' ';
  if (typeof f !== 'string') throw pyErr(E.TypeError, `The fill character must be a unicode character, not ${typeName(f)}`);
  if (strLen(f) !== 1) throw pyErr(E.TypeError, 'The fill character must be exactly one character long');
  return f;
}

export const padMethods = {
  center(this: string, w: any, f?: any) {
    const width = intArg(w), fill = fillArg(f), len = strLen(this);
    if (len >= width) return this;
    const marg = width - len;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return fill.repeat(left) + this + fill.repeat(marg - left);
  },
  ljust(this: string, w: any, f?: any) {
    const width = intArg(w), fill = fillArg(f), len = strLen(this);
    return len >= width ? this : this + fill.repeat(width - len);
  },
  rjust(this: string, w: any, f?: any) {
    const width = intArg(w), fill = fillArg(f), len = strLen(this);
    return len >= width ? this : fill.repeat(width - len) + this;
  },
  zfill(this: string, w: any) {
    const width = intArg(w), len = strLen(this);
    if (len >= width) return this;
    const pad = '0'.repeat(width - len);
    if (this[0] === '+' || this[0] === '-') return this[0] + pad + this.slice(1);
    return pad + this;
  },
  expandtabs: kwMethod('expandtabs', ['tabsize'], function (this: string, t?: any) {
    const tab = t === undefined ? 8 : intArg(t);
    if (!this.includes('\t')) return this;
    let out = '', col = 0;
    for (const c of this) {
      if (c === '\t') {
        if (tab > 0) { const n = tab - (col % tab); out += ' '.repeat(n); col += n; }
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  }),
};

// ---------------------------------------------------------------- encode / translate / format

function normEncoding(e: string): string {
  const n = e.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'iso88591' || n === 'l1' || n === '8859' || n === 'cp819') return 'latin-1';
  return e;
}

/** The UTF-8 bytes of one code point (not Node's Buffer: the sandbox worker has none). */
function utf8Push(out: number[], c: number): void {
  if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** str.encode for utf-8 / ascii / latin-1 with strict, ignore, replace, backslashreplace. */
export function encodeStr(s: string, encoding = 'utf-8', errors = 'strict'): PyBytes {
  const enc = normEncoding(encoding);
  const out: number[] = [];
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : -1;
  if (limit < 0 && enc !== 'utf-8') throw pyErr(E.LookupError, `unknown encoding: ${encoding}`);
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const bad = limit > 0 ? c >= limit : c >= 0xd800 && c < 0xe000;
    if (!bad) {
      if (limit > 0 || c < 0x80) out.push(c);
      else utf8Push(out, c);
    } else if (errors === 'ignore') {
      // skip
    } else if (errors === 'replace') out.push(0x3f);
    else if (errors === 'backslashreplace') {
      const h = c.toString(16);
      const esc = c <= 0xff ? '\\x' + h.padStart(2, '0') : c <= 0xffff ? '\\u' + h.padStart(4, '0') : '\\U' + h.padStart(8, '0');
      for (const x of esc) out.push(x.charCodeAt(0));
    } else {
      const name = enc === 'latin-1' ? 'latin-1' : enc;
      const why = limit > 0 ? `ordinal not in range(${limit})` : 'surrogates not allowed';
      const e = pyErr(E.UnicodeEncodeError, `'${name}' codec can't encode character '\\${c <= 0xff ? 'x' + c.toString(16).padStart(2, '0') : 'u' + c.toString(16).padStart(4, '0')}' in position ${pos}: ${why}`);
      throw e;
    }
    pos++;
  }
  return new PyBytes(Uint8Array.from(out));
}

function translate(s: string, table: any): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let r: any;
    try { r = getitem(table, c); } catch (e: any) {
      if (e && e.$cls && isInstance(e, E.LookupError)) { out += ch; continue; }
      throw e;
    }
    if (r === None) continue;
    if (typeof r === 'string') out += r;
    else if (typeof r === 'number') {
      if (r < 0 || r > 0x10ffff) throw pyErr(E.ValueError, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
    } else throw pyErr(E.TypeError, 'character mapping must return integer, None or str');
  }
  return out;
}

function maketrans(x: any, y?: any, z?: any): PyDict {
  const pairs: any[][] = [];
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw pyErr(E.TypeError, 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.$entries()) {
      if (typeof k === 'string') {
        if (strLen(k) !== 1) throw pyErr(E.ValueError, 'string keys in translate table must be of length 1');
        pairs.push([k.codePointAt(0), v]);
      } else if (typeof k === 'number') pairs.push([k, v]);
      else throw pyErr(E.TypeError, 'keys in translate table must be strings or integers');
    }
    return dictFromPairs(pairs);
  }
  if (typeof x !== 'string' || typeof y !== 'string') throw pyErr(E.TypeError, 'maketrans() argument must be str');
  const a = cps(x).slice(), b = cps(y).slice();
  if (a.length !== b.length) throw pyErr(E.ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) pairs.push([a[i].codePointAt(0), b[i].codePointAt(0)]);
  if (z !== undefined) {
    if (typeof z !== 'string') throw pyErr(E.TypeError, 'maketrans() argument 3 must be str');
    for (const c of z) pairs.push([c.codePointAt(0), None]);
  }
  return dictFromPairs(pairs);
}

export const miscMethods = {
  encode: kwMethod('encode', ['encoding', 'errors'], function (this: string, enc?: any, err?: any) {
    return encodeStr(this, enc === undefined ? 'utf-8' : enc, err === undefined ? 'strict' : err);
  }),
  translate(this: string, table: any) { return translate(this, table); },
  format: kwMethod('format', [], function (this: string, ...args: any[]) { return strFormat(this, args, undefined); }),
  format_map(this: string, mapping: any) { return strFormatMap(this, mapping); },
};
// format(*args, **kwargs): the keywords go to the engine as a Kw map.
(miscMethods.format as any).$callKw = function (this: string, pos: any[], kw: Map<string, any>) {
  return strFormat(this, pos, kw);
};
export { maketrans };
