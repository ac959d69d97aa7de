// str helpers shared by the str methods: code-point indexing over JS (UTF-16) strings,
// CPython's whitespace / line-break / printable character classes, and repr().
'use strict';
import { E, pyErr } from './exceptions';
import { typeName } from './object';
import { indexArg } from './slice';

// ---------------------------------------------------------------- code points

const SURR = /[\ud800-\udfff]/;
const PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;
let lastS = '', lastWide = false, lastCps: string[] | null = null;

/** True when the string holds a surrogate pair, i.e. JS length != Python len. */
export function isWide(s: string): boolean {
  if (s.length < 2) return false;
  if (s === lastS) return lastWide;
  lastS = s; lastCps = null;
  lastWide = SURR.test(s) && /[\ud800-\udbff][\udc00-\udfff]/.test(s);
  return lastWide;
}

/** The code points of s as one-character strings (cached for the last wide string). */
export function cps(s: string): string[] {
  if (s === lastS && lastCps) return lastCps;
  const a = Array.from(s);
  if (isWide(s)) lastCps = a;
  return a;
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (!isWide(s)) return s.length;
  const m = s.match(PAIR);
  return s.length - (m ? m.length : 0);
}

/** UTF-16 offset of code point index i (0 <= i <= len). */
export function cpToUnit(s: string, i: number): number {
  if (!isWide(s)) return i;
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset u. */
export function unitToCp(s: string, u: number): number {
  if (!isWide(s)) return u;
  const m = s.slice(0, u).match(PAIR);
  return u - (m ? m.length : 0);
}

/** Resolve optional start/end arguments (None allowed) against a length, as CPython's
 *  ADJUST_INDICES does. Returns [start, end] in code points. */
export function startEnd(start: any, end: any, len: number): [number, number] {
  let a = start === undefined || isNone(start) ? 0 : boundArg(start);
  let b = end === undefined || isNone(end) ? len : boundArg(end);
  if (b > len) b = len; else if (b < 0) { b += len; if (b < 0) b = 0; }
  if (a < 0) { a += len; if (a < 0) a = 0; }
  return [a, b];
}
function isNone(v: any) { return v !== null && typeof v === 'object' && v.$cls?.$name === 'NoneType'; }
function boundArg(v: any): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return indexArg(v, () => 'slice indices must be integers or None or have an __index__ method');
}

/** The argument must be a str (CPython's "must be str, not X" TypeErrors). */
export function needStr(v: any, msg: (t: string) => string): string {
  if (typeof v !== 'string') throw pyErr(E.TypeError, msg(typeName(v)));
  return v;
}

// ---------------------------------------------------------------- character classes

/** Python's str.isspace() characters (bidi WS/B/S or category Zs). */
export const WS_CLASS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
export const WS_RE = new RegExp(`[${WS_CLASS}]`);
export const WS_RUN = new RegExp(`[${WS_CLASS}]+`, 'g');
export const NON_WS = new RegExp(`[^${WS_CLASS}]`);
export function isSpaceChar(c: string): boolean { return WS_RE.test(c); }

/** str.splitlines() boundaries. */
export const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

const NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export function isPrintableCp(ch: string): boolean {
  return ch === ' ' || !NONPRINT.test(ch);
}

// ---------------------------------------------------------------- repr

const SIMPLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(n: number, w: number): string { return n.toString(16).padStart(w, '0'); }

/** repr(str) exactly as CPython: quotes chosen, escapes for non-printables. */
export function strRepr(s: string): string {
  if (SIMPLE.test(s)) return `'${s}'`;
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (isPrintableCp(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + q;
}
