// str methods, part 1: case mapping, strip, split/join, replace, searching.
'use strict';
import { None, tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { intArg, kwMethod } from './slice';
import { truthy } from './protocols';
import { isWide, cps, strLen, cpToUnit, unitToCp, startEnd, WS_CLASS } from './strUtil';
import { strSplit, strRsplit, splitlines, strJoin } from './strSplit';

// ---------------------------------------------------------------- case mapping

const UPPER = /\p{Uppercase}/u, LOWER = /\p{Lowercase}/u, TITLE = /\p{Lt}/u, CASED = /\p{Cased}/u;
export const isUpperCh = (c: string) => UPPER.test(c);
export const isLowerCh = (c: string) => LOWER.test(c);
export const isTitleCh = (c: string) => TITLE.test(c);
export const isCasedCh = (c: string) => CASED.test(c);

const TITLE_MAP: Record<string, string> = {
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ',
  'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ', 'ß': 'Ss', 'ﬀ': 'Ff', 'ﬁ': 'Fi', 'ﬂ': 'Fl', 'ﬃ': 'Ffi', 'ﬄ': 'Ffl',
  'ﬅ': 'St', 'ﬆ': 'St', 'ŉ': 'ʼN', 'և': 'Եւ',
};
export function titleCh(c: string): string {
  const t = TITLE_MAP[c];
  if (t !== undefined) return t;
  const u = c.toUpperCase();
  if (u.length <= 2 && strLen(u) === 1) return u;
  const a = Array.from(u);
  return a[0] + a.slice(1).join('').toLowerCase();
}
function lowerAt(a: string[], i: number): string {
  const c = a[i];
  if (c !== 'Σ') return c.toLowerCase();
  // Final sigma: preceded by a cased letter and not followed by one (skipping case-ignorables).
  const ign = /\p{Case_Ignorable}/u;
  let j = i - 1;
  while (j >= 0 && ign.test(a[j])) j--;
  if (j < 0 || !CASED.test(a[j])) return 'σ';
  j = i + 1;
  while (j < a.length && ign.test(a[j])) j++;
  return j < a.length && CASED.test(a[j]) ? 'σ' : 'ς';
}
function casefoldCh(c: string): string {
  const l = c.toLowerCase();
  if (l !== c) return l;
  const u = c.toUpperCase();
  return u === c ? c : u.toLowerCase();
}

export const caseMethods = {
  upper(this: string) { return this.toUpperCase(); },
  lower(this: string) { return this.toLowerCase(); },
  casefold(this: string) {
    if (/^[\x00-\x7f]*$/.test(this)) return this.toLowerCase();
    let out = '';
    for (const c of this) out += casefoldCh(c);
    return out;
  },
  capitalize(this: string) {
    if (!this.length) return '';
    const a = cps(this);
    let out = titleCh(a[0]);
    for (let i = 1; i < a.length; i++) out += lowerAt(a, i);
    return out;
  },
  title(this: string) {
    const a = cps(this);
    let out = '', prev = false;
    for (let i = 0; i < a.length; i++) {
      const c = a[i];
      out += prev ? lowerAt(a, i) : titleCh(c);
      prev = CASED.test(c);
    }
    return out;
  },
  swapcase(this: string) {
    const a = cps(this);
    let out = '';
    for (let i = 0; i < a.length; i++) {
      const c = a[i];
      out += UPPER.test(c) ? lowerAt(a, i) : LOWER.test(c) ? c.toUpperCase() : c;
    }
    return out;
  },
};

// ---------------------------------------------------------------- strip

const LSTRIP_WS = new RegExp(`^[${WS_CLASS}]+`), RSTRIP_WS = new RegExp(`[${WS_CLASS}]+$`);

function stripImpl(s: string, chars: any, left: boolean, right: boolean, name: string): string {
  if (chars === undefined || chars === None) {
    if (left) s = s.replace(LSTRIP_WS, '');
    if (right) s = s.replace(RSTRIP_WS, '');
    return s;
  }
  if (typeof chars !== 'string') throw pyErr(E.TypeError, `${name} arg must be None or str`);
  const set = new Set(Array.from(chars));
  const a = isWide(s) ? cps(s) : s;
  let i = 0, j = a.length;
  if (left) while (i < j && set.has(a[i])) i++;
  if (right) while (j > i && set.has(a[j - 1])) j--;
  return typeof a === 'string' ? a.slice(i, j) : a.slice(i, j).join('');
}

// ---------------------------------------------------------------- replace / search

function strReplace(s: string, old: any, nw: any, countv?: any): string {
  if (typeof old !== 'string') throw pyErr(E.TypeError, `replace() argument 1 must be str, not ${typeName(old)}`);
  if (typeof nw !== 'string') throw pyErr(E.TypeError, `replace() argument 2 must be str, not ${typeName(nw)}`);
  let count = countv === undefined ? -1 : intArg(countv);
  if (count < 0) count = Infinity;
  if (old === '') {
    const a = cps(s);
    let out = '';
    let k = 0;
    for (let i = 0; i <= a.length; i++) {
      if (k < count) { out += nw; k++; }
      if (i < a.length) out += a[i];
    }
    return out;
  }
  if (count === Infinity) return s.split(old).join(nw);
  let out = '', i = 0;
  for (let k = 0; k < count; k++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
  }
  return out + s.slice(i);
}

function subArg(sub: any): string {
  if (typeof sub !== 'string') throw pyErr(E.TypeError, `must be str, not ${typeName(sub)}`);
  return sub;
}

/** find/rfind in code points over s[start:end]; -1 if absent. */
export function strFind(s: string, subv: any, start: any, end: any, rev: boolean): number {
  const sub = subArg(subv);
  const len = strLen(s);
  const [a, b] = startEnd(start, end, len);
  const sublen = isWide(sub) ? strLen(sub) : sub.length;
  if (b - a < sublen) return -1;
  const ua = cpToUnit(s, a), ub = cpToUnit(s, b);
  const hay = s.slice(ua, ub);
  const j = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (j < 0) return -1;
  return isWide(s) ? unitToCp(s, ua + j) : a + j;
}
function strCount(s: string, subv: any, start: any, end: any): number {
  const sub = subArg(subv);
  const len = strLen(s);
  const [a, b] = startEnd(start, end, len);
  if (b - a < (isWide(sub) ? strLen(sub) : sub.length)) return 0;
  if (sub === '') return b - a + 1;
  const hay = s.slice(cpToUnit(s, a), cpToUnit(s, b));
  let n = 0, i = 0;
  for (;;) {
    const j = hay.indexOf(sub, i);
    if (j < 0) return n;
    n++; i = j + sub.length;
  }
}
function tailMatch(s: string, prefix: any, start: any, end: any, atEnd: boolean, name: string): boolean {
  const test = (p: string) => {
    const len = strLen(s);
    let [a, b] = startEnd(start, end, len);
    const plen = strLen(p);
    b -= plen;
    if (b < a) return false;
    if (plen === 0) return true;
    const off = atEnd ? b : a;
    const u = cpToUnit(s, off);
    return s.startsWith(p, u);
  };
  if (typeof prefix === 'string') return test(prefix);
  if (Array.isArray(prefix) && (prefix as any).$t === true) {
    for (const p of prefix) {
      if (typeof p !== 'string') throw pyErr(E.TypeError, `tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (test(p)) return true;
    }
    return false;
  }
  throw pyErr(E.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
}

export const searchMethods = {
  strip: function (this: string, chars?: any) { return stripImpl(this, chars, true, true, 'strip'); },
  lstrip: function (this: string, chars?: any) { return stripImpl(this, chars, true, false, 'lstrip'); },
  rstrip: function (this: string, chars?: any) { return stripImpl(this, chars, false, true, 'rstrip'); },
  split: kwMethod('split', ['sep', 'maxsplit'], function (this: string, sep?: any, max?: any) { return strSplit(this, sep, max); }),
  rsplit: kwMethod('rsplit', ['sep', 'maxsplit'], function (this: string, sep?: any, max?: any) { return strRsplit(this, sep, max); }),
  splitlines: kwMethod('splitlines', ['keepends'], function (this: string, keep?: any) {
    return splitlines(this, keep !== undefined && truthy(keep));
  }),
  join(this: string, items: any) { return strJoin(this, items); },
  replace: kwMethod('str.replace', [], function (this: string, old: any, nw: any, count?: any) { return strReplace(this, old, nw, count); }),
  find(this: string, sub: any, start?: any, end?: any) { return strFind(this, sub, start, end, false); },
  rfind(this: string, sub: any, start?: any, end?: any) { return strFind(this, sub, start, end, true); },
  index(this: string, sub: any, start?: any, end?: any) {
    const r = strFind(this, sub, start, end, false);
    if (r < 0) throw pyErr(E.ValueError, 'substring not found');
    return r;
  },
  rindex(this: string, sub: any, start?: any, end?: any) {
    const r = strFind(this, sub, start, end, true);
    if (r < 0) throw pyErr(E.ValueError, 'substring not found');
    return r;
  },
  count(this: string, sub: any, start?: any, end?: any) { return strCount(this, sub, start, end); },
  startswith(this: string, p: any, start?: any, end?: any) { return tailMatch(this, p, start, end, false, 'startswith'); },
  endswith(this: string, p: any, start?: any, end?: any) { return tailMatch(this, p, start, end, true, 'endswith'); },
  partition(this: string, sepv: any) {
    const sep = needSep(sepv);
    const i = this.indexOf(sep);
    if (i < 0) return tuple([this, '', '']);
    return tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
  },
  rpartition(this: string, sepv: any) {
    const sep = needSep(sepv);
    const i = this.lastIndexOf(sep);
    if (i < 0) return tuple(['', '', this]);
    return tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
  },
  removeprefix(this: string, p: any) {
    if (typeof p !== 'string') throw pyErr(E.TypeError, `removeprefix() argument must be str, not ${typeName(p)}`);
    return p && this.startsWith(p) ? this.slice(p.length) : this;
  },
  removesuffix(this: string, p: any) {
    if (typeof p !== 'string') throw pyErr(E.TypeError, `removesuffix() argument must be str, not ${typeName(p)}`);
    return p && this.endsWith(p) ? this.slice(0, this.length - p.length) : this;
  },
};
function needSep(sep: any): string {
  if (typeof sep !== 'string') throw pyErr(E.TypeError, `must be str, not ${typeName(sep)}`);
  if (sep === '') throw pyErr(E.ValueError, 'empty separator');
  return sep;
}
